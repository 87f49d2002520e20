#include "evaluators/tools/CycloneDxImporter.h"

#include "evaluators/tools/StrictJson.h"
#include "evaluators/tools/ToolLimits.h"

namespace starmark {
namespace {

void readComponents(StrictJson& json, const QJsonArray& list, const QString& path, int depth, QList<ToolFindings::Component>& out)
{
    for (qsizetype i = 0; i < list.size() && !json.failed(); ++i) {
        const QString here = path + QStringLiteral("[%1]").arg(i);
        const QJsonObject object = json.entry(list[i], here);
        if (!json.countFinding(here))
            return;
        ToolFindings::Component component;
        component.name = json.text(object, u"name", here);
        component.version = json.text(object, u"version", here);
        component.supplier = json.text(json.object(object, u"supplier", here), u"name", here + QStringLiteral(".supplier"));
        component.purl = json.text(object, u"purl", here);
        const QJsonArray hashes = json.list(object, u"hashes", here);
        for (qsizetype h = 0; h < hashes.size() && !json.failed(); ++h) {
            const QString hashPath = here + QStringLiteral(".hashes[%1]").arg(h);
            const QJsonObject hash = json.entry(hashes[h], hashPath);
            component.hashes.insert(json.text(hash, u"alg", hashPath), json.text(hash, u"content", hashPath));
        }
        out.append(std::move(component));
        // Depth is bounded by StrictJson::parse already; the recursion follows it.
        if (depth < ToolLimits::depth)
            readComponents(json, json.list(object, u"components", here), here + QStringLiteral(".components"), depth + 1, out);
    }
}

} // namespace

Result<ToolFindings> CycloneDxImporter::read(const QJsonDocument& document, StrictJson& json)
{
    ToolFindings findings;
    findings.format = ToolFormat::CycloneDxJson;
    findings.run.tool = QStringLiteral("CycloneDX");
    const QJsonObject root = document.object();
    const QString spec = json.text(root, u"specVersion", QStringLiteral("$"));
    if (!json.failed() && spec != u"1.4" && spec != u"1.5" && spec != u"1.6")
        json.fail(QStringLiteral("tool.unsupported-version"),
            Message("CycloneDxImporter", "CycloneDX %1 is not read; StarMark reads 1.4, 1.5 and 1.6").arg(Message::plain(spec)),
            QStringLiteral("$.specVersion"));
    const QJsonObject metadata = json.object(root, u"metadata", QStringLiteral("$"));
    findings.run.ranAt = QDateTime::fromString(json.text(metadata, u"timestamp", QStringLiteral("$.metadata")), Qt::ISODate).toUTC();
    // 1.4: tools is a list of {vendor, name, version}; 1.5 and later: {components: [...]}.
    const QJsonValue tools = metadata.value(u"tools");
    const QJsonArray toolList = tools.isObject() ? json.list(tools.toObject(), u"components", QStringLiteral("$.metadata.tools"))
                                                 : json.list(metadata, u"tools", QStringLiteral("$.metadata"));
    if (!toolList.isEmpty()) {
        const QJsonObject tool = json.entry(toolList.first(), QStringLiteral("$.metadata.tools[0]"));
        findings.run.tool = json.text(tool, u"name", QStringLiteral("$.metadata.tools[0]"));
        findings.run.version = json.text(tool, u"version", QStringLiteral("$.metadata.tools[0]"));
    }
    readComponents(json, json.list(root, u"components", QStringLiteral("$")), QStringLiteral("$.components"), 1, findings.components);
    if (json.failed())
        return json.problems();
    return findings;
}

} // namespace starmark
