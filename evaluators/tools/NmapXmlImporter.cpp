#include "evaluators/tools/NmapXmlImporter.h"

#include "evaluators/tools/StrictXmlReader.h"

#include <QHash>

namespace starmark {

namespace {

// A host's port until the host ends: its address may follow its ports.
struct Seen {
    QString protocol;
    int port = 0;
    bool open = false;
    bool wanted = false; // its number has fewer than OpenPort::hostsKept hosts kept yet: read its details
    ToolFindings::Port details;
};

QString cut(QString output)
{
    if (output.size() > ToolFindings::Port::scriptOutputKept)
        output = output.left(ToolFindings::Port::scriptOutputKept - 1) + u'…';
    return output;
}

} // namespace

Result<ToolFindings> NmapXmlImporter::read(QIODevice& device, const QString& file)
{
    StrictXmlReader xml(device, file);
    ToolFindings findings;
    findings.format = ToolFormat::NmapXml;
    findings.run.tool = QStringLiteral("nmap");
    QString host;
    QList<Seen> hostPorts;
    std::optional<Seen> port;
    QHash<std::pair<QString, int>, qsizetype> numbers; // protocol and port → its place in findings.openPorts
    qint64 opened = 0;
    const auto full = [&](const QString& protocol, int number) {
        const auto it = numbers.constFind({protocol, number});
        return it != numbers.cend() && findings.openPorts[*it].first.size() >= ToolFindings::OpenPort::hostsKept;
    };
    while (xml.next()) {
        const QStringView name = xml.name();
        if (!xml.isStart()) {
            if (name == u"port" && port) {
                hostPorts.append(std::move(*port));
                port.reset();
            } else if (name == u"host") {
                for (Seen& p : hostPorts) {
                    if (!p.open)
                        continue;
                    auto it = numbers.constFind({p.protocol, p.port});
                    if (it == numbers.cend()) {
                        it = numbers.insert({p.protocol, p.port}, findings.openPorts.size());
                        findings.openPorts.append({p.protocol, p.port, 0, {}});
                    }
                    ToolFindings::OpenPort& number = findings.openPorts[*it];
                    ++number.hosts;
                    p.details.order = opened++;
                    if (p.wanted && number.first.size() < ToolFindings::OpenPort::hostsKept) {
                        p.details.host = host;
                        number.first.append(std::move(p.details));
                    }
                }
                hostPorts.clear();
                host.clear();
            }
            continue;
        }
        if (xml.depth() == 1) {
            if (!xml.isRoot(u"nmaprun", Message("NmapXmlImporter", "the root element is <%1>, not nmap's <nmaprun>")))
                break;
            findings.run.version = xml.attribute("version");
            findings.run.arguments = xml.attribute("args");
            bool ok = false;
            const qint64 start = xml.attribute("start").toLongLong(&ok);
            if (ok)
                findings.run.ranAt = QDateTime::fromSecsSinceEpoch(start, Qt::UTC);
        } else if (name == u"address") {
            // A MAC address names the same host as its IP address: keep the IP one.
            if (host.isEmpty() || xml.attribute("addrtype") != u"mac")
                host = xml.attribute("addr");
        } else if (name == u"port") {
            if (!xml.countFinding())
                break;
            port.emplace();
            port->protocol = xml.attribute("protocol");
            port->port = xml.attributeNumber("portid");
            if (port->port < 1 || port->port > 65535) {
                xml.fail(QStringLiteral("tool.bad-value"),
                    Message("NmapXmlImporter", "portid \"%1\" is not a port number").arg(Message::plain(xml.attribute("portid"))));
                break;
            }
            port->wanted = !full(port->protocol, port->port);
        } else if (port && name == u"state") {
            port->open = xml.attribute("state") == u"open";
        } else if (port && port->wanted && name == u"service") {
            port->details.service = xml.attribute("name");
            port->details.product = xml.attribute("product");
            port->details.version = xml.attribute("version");
            port->details.tls = xml.attribute("tunnel") == u"ssl";
        } else if (port && port->wanted && name == u"script" && xml.depth() == 5) {
            port->details.scripts.insert(xml.attribute("id"), cut(xml.attribute("output")));
        }
    }
    if (!xml.problems().isEmpty())
        return xml.problems();
    return findings;
}

} // namespace starmark
