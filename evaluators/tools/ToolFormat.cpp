#include "evaluators/tools/ToolFormat.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QXmlStreamReader>

namespace starmark {

bool ToolFormatDetector::looksLikeXml(const QByteArray& head)
{
    QByteArrayView text(head);
    if (text.startsWith("\xEF\xBB\xBF"))
        text = text.sliced(3);
    return text.trimmed().startsWith('<');
}

std::optional<ToolFormat> ToolFormatDetector::detectXml(const QByteArray& head)
{
    QXmlStreamReader xml(head);
    // The head may end inside an element: only the root's start tag is needed.
    while (!xml.atEnd() && !xml.hasError()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"nmaprun")
            return ToolFormat::NmapXml;
        if (xml.name() == u"document" && xml.attributes().value(QLatin1String("title")).contains(u"SSLScan"))
            return ToolFormat::SslscanXml;
        return std::nullopt;
    }
    return std::nullopt;
}

std::optional<ToolFormat> ToolFormatDetector::detectJson(const QJsonDocument& document)
{
    if (document.isArray()) {
        // testssl.sh --jsonfile: a flat list of {id, ip, port, severity, finding}.
        const QJsonArray list = document.array();
        if (!list.isEmpty() && list.first().isObject()) {
            const QJsonObject first = list.first().toObject();
            if (first.contains(u"id") && first.contains(u"severity") && first.contains(u"finding"))
                return ToolFormat::TestsslJson;
        }
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    if (root.value(u"bomFormat").toString() == u"CycloneDX")
        return ToolFormat::CycloneDxJson;
    if (root.value(u"spdxVersion").isString())
        return ToolFormat::SpdxJson;
    if (root.value(u"banner").isObject() && root.contains(u"kex"))
        return ToolFormat::SshAuditJson;
    if (root.value(u"results").isArray())
        return ToolFormat::OsvJson;
    return std::nullopt;
}

} // namespace starmark
