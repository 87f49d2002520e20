#include "reports/ReportContent.h"

#include "criteria/CatalogJson.h"
#include "evaluators/AssessmentJson.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace starmark {
namespace {

std::optional<QJsonObject> objectOf(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

Problem malformed(const char* name)
{
    return Problem::invalid(QStringLiteral("report.content-malformed"),
        Message("ReportContent", "%1 was signed, but it is not a record StarMark writes").arg(QString::fromLatin1(name)));
}

} // namespace

int ReportContent::Surveillance::findings() const
{
    int n = 0;
    for (const SurveilledProduct& p : products)
        n += p.findings;
    return n;
}

int ReportContent::Surveillance::nonconformities() const
{
    int n = 0;
    for (const SurveilledProduct& p : products)
        n += p.nonconformities;
    return n;
}

int ReportContent::Surveillance::revoked() const
{
    return int(std::count_if(products.begin(), products.end(), [](const SurveilledProduct& p) { return !p.revocation.isEmpty(); }));
}

Result<ReportContent> ReportContent::fromAssessmentJson(const QByteArray& json)
{
    const std::optional<QJsonObject> object = objectOf(json);
    const std::optional<Assessment> assessment = object ? AssessmentJson::fromJson(*object) : std::nullopt;
    if (!assessment)
        return malformed("assessment.json");
    ReportContent c;
    c.kind = assessment->mode == Assessment::Mode::Lab ? Kind::Evaluation : Kind::Declaration;
    c.assessment = *assessment;
    c.achieved = object->value(QStringLiteral("outcome")).toObject().value(QStringLiteral("achieved")).toInt();
    c.auditHead = object->value(QStringLiteral("audit_head")).toString().toLatin1();
    c.issued = QDateTime::fromString(object->value(QStringLiteral("issued")).toString(), Qt::ISODate);
    return c;
}

Result<ReportContent> ReportContent::fromSurveillanceJson(const QByteArray& json)
{
    const std::optional<QJsonObject> object = objectOf(json);
    if (!object || object->value(QStringLiteral("format")).toString() != QLatin1String("starmark-surveillance-report"))
        return malformed("surveillance.json");
    ReportContent c;
    c.kind = Kind::Surveillance;
    c.issued = QDateTime::fromString(object->value(QStringLiteral("issued")).toString(), Qt::ISODate);
    const QJsonObject plan = object->value(QStringLiteral("plan")).toObject();
    c.surveillance.seed = plan.value(QStringLiteral("seed")).toString();
    c.surveillance.asOf = QDate::fromString(plan.value(QStringLiteral("as_of")).toString(), Qt::ISODate);
    for (const QJsonValue& v : object->value(QStringLiteral("products")).toArray()) {
        const QJsonObject o = v.toObject();
        SurveilledProduct p{o.value(QStringLiteral("registration")).toString(),
            CatalogJson::textFromJson(o.value(QStringLiteral("manufacturer"))), CatalogJson::textFromJson(o.value(QStringLiteral("name"))),
            o.value(QStringLiteral("model")).toString(), o.value(QStringLiteral("firmware")).toString(),
            o.value(QStringLiteral("level")).toInt(), 0, 0, o.value(QStringLiteral("revoked")).toString()};
        for (const QJsonValue& f : o.value(QStringLiteral("findings")).toArray()) {
            ++p.findings;
            p.nonconformities += f.toObject().value(QStringLiteral("result")).toString() == QLatin1String("nonconformity");
        }
        c.surveillance.products.append(p);
    }
    return c;
}

Message ReportContent::kindName() const
{
    switch (kind) {
    case Kind::Declaration:
        return Message("ReportContent", "a ★%1 self-declaration").arg(assessment.level);
    case Kind::Evaluation:
        return Message("ReportContent", "a ★%1 lab evaluation").arg(assessment.level);
    case Kind::Surveillance:
        break;
    }
    return Message("ReportContent", "a surveillance report");
}

QJsonObject ReportContent::toJson() const
{
    static const char* kinds[] = {"declaration", "evaluation", "surveillance"};
    QJsonObject out{{QStringLiteral("kind"), QLatin1String(kinds[int(kind)])}, {QStringLiteral("issued"), issued.toString(Qt::ISODate)}};
    if (kind == Kind::Surveillance) {
        QJsonArray products;
        for (const SurveilledProduct& p : surveillance.products) {
            products.append(QJsonObject{{QStringLiteral("registration"), p.registration},
                {QStringLiteral("manufacturer"), CatalogJson::toJson(p.manufacturer)}, {QStringLiteral("name"), CatalogJson::toJson(p.name)},
                {QStringLiteral("model"), p.model}, {QStringLiteral("firmware"), p.firmware}, {QStringLiteral("level"), p.level},
                {QStringLiteral("findings"), p.findings}, {QStringLiteral("nonconformities"), p.nonconformities},
                {QStringLiteral("revoked"), p.revocation.isEmpty() ? QJsonValue() : QJsonValue(p.revocation)}});
        }
        out.insert(QStringLiteral("surveillance"),
            QJsonObject{{QStringLiteral("seed"), surveillance.seed}, {QStringLiteral("as_of"), surveillance.asOf.toString(Qt::ISODate)},
                {QStringLiteral("products"), products}});
        return out;
    }
    QJsonObject a = AssessmentJson::toJson(assessment);
    a.insert(QStringLiteral("outcome"), QJsonObject{{QStringLiteral("target"), assessment.level}, {QStringLiteral("achieved"), achieved}});
    a.insert(QStringLiteral("audit_head"), QString::fromLatin1(auditHead));
    out.insert(QStringLiteral("assessment"), a);
    return out;
}

} // namespace starmark
