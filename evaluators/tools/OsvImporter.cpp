#include "evaluators/tools/OsvImporter.h"

#include "evaluators/tools/StrictJson.h"

namespace starmark {
namespace {

// max_severity is a text ("9.8") per group of aliases: the highest score of the group holding `id`.
double severityOf(StrictJson& json, const QJsonArray& groups, const QString& id, const QString& path)
{
    double severity = -1;
    for (qsizetype g = 0; g < groups.size() && !json.failed(); ++g) {
        const QString groupPath = path + QStringLiteral(".groups[%1]").arg(g);
        const QJsonObject group = json.entry(groups[g], groupPath);
        const QJsonArray ids = json.list(group, u"ids", groupPath);
        if (!ids.contains(QJsonValue(id)))
            continue;
        bool ok = false;
        const double score = json.text(group, u"max_severity", groupPath).toDouble(&ok);
        if (ok)
            severity = qMax(severity, score);
    }
    return severity;
}

} // namespace

Result<ToolFindings> OsvImporter::read(const QJsonDocument& document, StrictJson& json)
{
    ToolFindings findings;
    findings.format = ToolFormat::OsvJson;
    findings.run.tool = QStringLiteral("osv-scanner");
    const QJsonArray results = json.list(document.object(), u"results", QStringLiteral("$"));
    for (qsizetype r = 0; r < results.size() && !json.failed(); ++r) {
        const QString resultPath = QStringLiteral("$.results[%1]").arg(r);
        const QJsonArray packages = json.list(json.entry(results[r], resultPath), u"packages", resultPath);
        for (qsizetype p = 0; p < packages.size() && !json.failed(); ++p) {
            const QString packagePath = resultPath + QStringLiteral(".packages[%1]").arg(p);
            const QJsonObject entry = json.entry(packages[p], packagePath);
            const QJsonObject package = json.object(entry, u"package", packagePath);
            const QString name = json.text(package, u"name", packagePath + QStringLiteral(".package"));
            const QString version = json.text(package, u"version", packagePath + QStringLiteral(".package"));
            const QJsonArray groups = json.list(entry, u"groups", packagePath);
            const QJsonArray vulnerabilities = json.list(entry, u"vulnerabilities", packagePath);
            for (qsizetype v = 0; v < vulnerabilities.size() && !json.failed(); ++v) {
                const QString path = packagePath + QStringLiteral(".vulnerabilities[%1]").arg(v);
                const QJsonObject osv = json.entry(vulnerabilities[v], path);
                if (!json.countFinding(path))
                    break;
                ToolFindings::Vulnerability vulnerability;
                vulnerability.id = json.text(osv, u"id", path);
                const QJsonArray aliases = json.list(osv, u"aliases", path);
                for (qsizetype a = 0; a < aliases.size() && !json.failed(); ++a)
                    vulnerability.aliases.append(json.entryText(aliases[a], path + QStringLiteral(".aliases[%1]").arg(a)));
                vulnerability.component = name;
                vulnerability.version = version;
                vulnerability.summary = json.text(osv, u"summary", path);
                vulnerability.severity = severityOf(json, groups, vulnerability.id, packagePath);
                const QJsonValue exploited = json.object(osv, u"database_specific", path).value(u"known_exploited");
                if (!exploited.isUndefined() && !exploited.isBool())
                    json.fail(QStringLiteral("tool.json-wrong-type"), Message("OsvImporter", "this must be true or false"),
                        path + QStringLiteral(".database_specific.known_exploited"));
                vulnerability.knownExploited = exploited.toBool();
                findings.vulnerabilities.append(std::move(vulnerability));
            }
        }
    }
    if (json.failed())
        return json.problems();
    return findings;
}

} // namespace starmark
