#include "evaluators/tools/ToolRules.h"

#include "criteria/InputFile.h"
#include "criteria/InputLimits.h"
#include "evaluators/Sha256.h"
#include "evaluators/tools/ToolRulesReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace starmark {

QList<const ToolRules::Rule*> ToolRules::rulesFor(ToolFormat format) const
{
    QList<const Rule*> found;
    for (const Rule& rule : rules) {
        if (rule.formats.contains(format))
            found.append(&rule);
    }
    return found;
}

Result<ToolRules> ToolRules::load(const QString& path)
{
    const Result<QByteArray> bytes = InputFile::read(path, InputLimits::fileBytes);
    if (!bytes)
        return bytes.problems();
    return ToolRulesReader::read(*bytes, path);
}

QByteArray ToolRules::digestOf(const ToolRules& rules)
{
    // Canonical: QJsonObject sorts its keys, lists keep the order they are written in.
    QJsonArray list;
    for (const Rule& rule : rules.rules) {
        QJsonArray formats;
        for (ToolFormat format : rule.formats)
            formats.append(termName<ToolFormat>(toolFormats, format));
        list.append(QJsonObject{{QStringLiteral("id"), rule.id}, {QStringLiteral("requirement"), rule.requirement},
            {QStringLiteral("formats"), formats}, {QStringLiteral("check"), termName<Check>(checks, rule.check)},
            {QStringLiteral("minimum"), rule.minimum}, {QStringLiteral("allowed"), QJsonArray::fromStringList(rule.allowed)}});
    }
    const QJsonObject canonical{{QStringLiteral("id"), rules.id}, {QStringLiteral("version"), rules.version}, {QStringLiteral("rules"), list}};
    Sha256 sha;
    sha.add(QJsonDocument(canonical).toJson(QJsonDocument::Compact));
    return sha.hex();
}

} // namespace starmark
