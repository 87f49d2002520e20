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
    for (const SurveillanceReport::Product& p : products)
        n += int(p.findings.size());
    return n;
}

int ReportContent::Surveillance::nonconformities() const
{
    int n = 0;
    for (const SurveillanceReport::Product& p : products)
        n += int(std::count_if(p.findings.begin(), p.findings.end(),
            [](const SurveillanceFinding& f) { return f.result == SurveillanceFinding::Result::Nonconformity; }));
    return n;
}

int ReportContent::Surveillance::revoked() const
{
    return int(std::count_if(products.begin(), products.end(), [](const SurveillanceReport::Product& p) { return !p.revocation.isEmpty(); }));
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
        SurveillanceReport::Product p;
        p.registration = o.value(QStringLiteral("registration")).toString();
        p.manufacturer = CatalogJson::textFromJson(o.value(QStringLiteral("manufacturer")));
        p.name = CatalogJson::textFromJson(o.value(QStringLiteral("name")));
        p.model = o.value(QStringLiteral("model")).toString();
        p.firmware = o.value(QStringLiteral("firmware")).toString();
        p.level = o.value(QStringLiteral("level")).toInt();
        p.revocation = o.value(QStringLiteral("revoked")).toString();
        for (const QJsonValue& v : o.value(QStringLiteral("findings")).toArray()) {
            const QJsonObject f = v.toObject();
            const std::optional<SurveillanceFinding::Result> result
                = termFromName<SurveillanceFinding::Result>(findingResults, f.value(QStringLiteral("result")).toString().toStdString());
            if (!result)
                return malformed("surveillance.json");
            p.findings.append({p.registration, f.value(QStringLiteral("requirement")).toString(), *result,
                f.value(QStringLiteral("note")).toString(), f.value(QStringLiteral("recorded_by")).toString(),
                QDateTime::fromString(f.value(QStringLiteral("recorded_at")).toString(), Qt::ISODate)});
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
        for (const SurveillanceReport::Product& p : surveillance.products) {
            QJsonArray findings;
            for (const SurveillanceFinding& f : p.findings) {
                findings.append(QJsonObject{{QStringLiteral("requirement"), f.requirement},
                    {QStringLiteral("result"), termName<SurveillanceFinding::Result>(findingResults, f.result)},
                    {QStringLiteral("note"), f.note}});
            }
            products.append(QJsonObject{{QStringLiteral("registration"), p.registration},
                {QStringLiteral("manufacturer"), CatalogJson::toJson(p.manufacturer)}, {QStringLiteral("name"), CatalogJson::toJson(p.name)},
                {QStringLiteral("model"), p.model}, {QStringLiteral("firmware"), p.firmware}, {QStringLiteral("level"), p.level},
                {QStringLiteral("findings"), findings},
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
