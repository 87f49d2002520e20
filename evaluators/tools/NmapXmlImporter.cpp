#include "evaluators/tools/NmapXmlImporter.h"

#include "evaluators/tools/StrictXmlReader.h"

namespace starmark {

Result<ToolFindings> NmapXmlImporter::read(QIODevice& device, const QString& file)
{
    StrictXmlReader xml(device, file);
    ToolFindings findings;
    findings.format = ToolFormat::NmapXml;
    findings.run.tool = QStringLiteral("nmap");
    bool sawRoot = false;
    QString host;
    QList<ToolFindings::Port> hostPorts; // a host's address may follow its ports
    std::optional<ToolFindings::Port> port;
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
        if (!sawRoot) {
            if (name != u"nmaprun") {
                xml.fail(QStringLiteral("tool.wrong-format"),
                    Message("NmapXmlImporter", "the root element is <%1>, not nmap's <nmaprun>").arg(Message::plain(name.toString())));
                break;
            }
            sawRoot = true;
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
        } else if (port && name == u"state") {
            port->state = xml.attribute("state");
        } else if (port && name == u"service") {
            port->service = xml.attribute("name");
            port->product = xml.attribute("product");
            port->version = xml.attribute("version");
            port->tls = xml.attribute("tunnel") == u"ssl";
        } else if (port && name == u"script" && xml.depth() == 5) {
            port->scripts.insert(xml.attribute("id"), xml.attribute("output"));
        }
    }
    if (!xml.problems().isEmpty())
        return xml.problems();
    if (!sawRoot)
        return Problem::unusable(QStringLiteral("tool.wrong-format"), Message("NmapXmlImporter", "the file holds no nmap scan"), {file, 0, 0});
    return findings;
}

} // namespace starmark
