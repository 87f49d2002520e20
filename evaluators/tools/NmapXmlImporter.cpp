#include "evaluators/tools/NmapXmlImporter.h"

#include "evaluators/tools/StrictXmlReader.h"

#include <QSet>

namespace starmark {

Result<ToolFindings> NmapXmlImporter::read(QIODevice& device, const QString& file)
{
    StrictXmlReader xml(device, file);
    ToolFindings findings;
    findings.format = ToolFormat::NmapXml;
    findings.run.tool = QStringLiteral("nmap");
    QString host;
    QList<ToolFindings::Port> hostPorts; // a host's address may follow its ports
    std::optional<ToolFindings::Port> port;
    // A scan repeats the same protocol, state, service and script texts on every port: kept
    // once and shared (QString is implicitly shared), memory follows what differs, not the port count.
    QSet<QString> pool;
    const auto shared = [&pool](QString text) {
        const auto it = pool.constFind(text);
        if (it != pool.cend())
            return *it;
        pool.insert(text);
        return text;
    };
    while (xml.next()) {
        const QStringView name = xml.name();
        if (!xml.isStart()) {
            if (name == u"port" && port) {
                hostPorts.append(std::move(*port));
                port.reset();
            } else if (name == u"host") {
                for (ToolFindings::Port& p : hostPorts) {
                    p.host = host;
                    findings.ports.append(std::move(p));
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
            port->protocol = shared(xml.attribute("protocol"));
            port->port = xml.attributeNumber("portid");
            if (port->port < 1 || port->port > 65535) {
                xml.fail(QStringLiteral("tool.bad-value"),
                    Message("NmapXmlImporter", "portid \"%1\" is not a port number").arg(Message::plain(xml.attribute("portid"))));
                break;
            }
        } else if (port && name == u"state") {
            port->state = shared(xml.attribute("state"));
        } else if (port && name == u"service") {
            port->service = shared(xml.attribute("name"));
            port->product = shared(xml.attribute("product"));
            port->version = shared(xml.attribute("version"));
            port->tls = xml.attribute("tunnel") == u"ssl";
        } else if (port && name == u"script" && xml.depth() == 5) {
            port->scripts.insert(shared(xml.attribute("id")), shared(xml.attribute("output")));
        }
    }
    if (!xml.problems().isEmpty())
        return xml.problems();
    return findings;
}

} // namespace starmark
