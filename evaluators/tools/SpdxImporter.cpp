#include "evaluators/tools/SpdxImporter.h"

#include "evaluators/tools/StrictJson.h"

namespace starmark {

Result<ToolFindings> SpdxImporter::read(const QJsonDocument& document, StrictJson& json)
{
    ToolFindings findings;
    findings.format = ToolFormat::SpdxJson;
    findings.run.tool = QStringLiteral("SPDX");
    const QJsonObject root = document.object();
    const QString spec = json.text(root, u"spdxVersion", QStringLiteral("$"));
    if (!json.failed() && spec != u"SPDX-2.3")
        json.fail(QStringLiteral("tool.unsupported-version"),
            Message("SpdxImporter", "%1 is not read; StarMark reads SPDX-2.3").arg(Message::plain(spec)), QStringLiteral("$.spdxVersion"));
    const QJsonObject creation = json.object(root, u"creationInfo", QStringLiteral("$"));
    findings.run.ranAt = QDateTime::fromString(json.text(creation, u"created", QStringLiteral("$.creationInfo")), Qt::ISODate).toUTC();
    const QJsonArray creators = json.list(creation, u"creators", QStringLiteral("$.creationInfo"));
    for (qsizetype i = 0; i < creators.size() && !json.failed(); ++i) {
        // "Tool: syft-0.98.0": the name and version are split at the last hyphen.
        const QString creator = json.entryText(creators[i], QStringLiteral("$.creationInfo.creators[%1]").arg(i));
        if (!creator.startsWith(u"Tool:"))
            continue;
        const QString tool = creator.sliced(5).trimmed();
        const qsizetype dash = tool.lastIndexOf(u'-');
        findings.run.tool = dash > 0 ? tool.first(dash) : tool;
        findings.run.version = dash > 0 ? tool.sliced(dash + 1) : QString();
        break;
    }
    const QJsonArray packages = json.list(root, u"packages", QStringLiteral("$"));
    for (qsizetype i = 0; i < packages.size() && !json.failed(); ++i) {
        const QString path = QStringLiteral("$.packages[%1]").arg(i);
        const QJsonObject package = json.entry(packages[i], path);
        if (!json.countFinding(path))
            break;
        ToolFindings::Component component;
        component.name = json.text(package, u"name", path);
        component.version = json.text(package, u"versionInfo", path);
        // "Organization: Example Corp", "Person: …", or NOASSERTION (no supplier).
        const QString supplier = json.text(package, u"supplier", path);
        component.supplier = supplier == u"NOASSERTION" ? QString() : supplier.section(u':', 1).trimmed();
        const QJsonArray checksums = json.list(package, u"checksums", path);
        for (qsizetype c = 0; c < checksums.size() && !json.failed(); ++c) {
            const QString checksumPath = path + QStringLiteral(".checksums[%1]").arg(c);
            const QJsonObject checksum = json.entry(checksums[c], checksumPath);
            component.hashes.insert(json.text(checksum, u"algorithm", checksumPath), json.text(checksum, u"checksumValue", checksumPath));
        }
        const QJsonArray references = json.list(package, u"externalRefs", path);
        for (qsizetype r = 0; r < references.size() && !json.failed(); ++r) {
            const QString referencePath = path + QStringLiteral(".externalRefs[%1]").arg(r);
            const QJsonObject reference = json.entry(references[r], referencePath);
            if (json.text(reference, u"referenceType", referencePath) == u"purl")
                component.purl = json.text(reference, u"referenceLocator", referencePath);
        }
        findings.components.append(std::move(component));
    }
    if (json.failed())
        return json.problems();
    return findings;
}

} // namespace starmark
