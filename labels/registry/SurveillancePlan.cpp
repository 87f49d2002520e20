#include "labels/registry/SurveillancePlan.h"

#include "criteria/InputFile.h"
#include "criteria/InputLimits.h"
#include "labels/RegistrationNumber.h"

#include "criteria/CatalogJson.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>
#include <random>

namespace starmark {
namespace {

LocalizedText because(const char* ja, const char* en)
{
    return {QString::fromUtf8(ja), QString::fromUtf8(en)};
}

QByteArray digestOf(const QList<SurveillancePlan::Candidate>& population)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const SurveillancePlan::Candidate& c : population) {
        const QString line = QStringLiteral("%1|%2|%3|%4|%5|%6|%7\n")
                                 .arg(c.registration)
                                 .arg(c.level)
                                 .arg(c.category, c.registered.toString(Qt::ISODate), c.supportUntil.toString(Qt::ISODate))
                                 .arg(c.nonconformities)
                                 .arg(c.lastSurveilled ? c.lastSurveilled->toString(Qt::ISODate) : QString());
        hash.addData(line.toUtf8());
    }
    return hash.result().toHex();
}

} // namespace

double SurveillancePlan::weigh(const Candidate& c, const QDate& asOf, QList<LocalizedText>* reasons)
{
    double weight = 1.0;
    const auto factor = [&](double f, LocalizedText why) {
        weight *= f;
        if (reasons)
            reasons->append(std::move(why));
    };
    if (c.level <= 2)
        factor(3.0, because("自己適合宣言（第三者評価なし） ×3", "self-declared, no third-party evaluation ×3"));
    if (c.nonconformities > 0)
        factor(1.0 + c.nonconformities,
            {QStringLiteral("過去の不適合 %1 件 ×%2").arg(c.nonconformities).arg(1 + c.nonconformities),
                QStringLiteral("%1 earlier nonconformity finding(s) ×%2").arg(c.nonconformities).arg(1 + c.nonconformities)});
    if (!c.lastSurveilled || c.lastSurveilled->daysTo(asOf) > 365)
        factor(1.5, because("過去1年間サーベイランス未実施 ×1.5", "not surveilled in the past year ×1.5"));
    if (c.supportUntil >= asOf && asOf.daysTo(c.supportUntil) <= 365)
        factor(1.25, because("サポート終了まで1年以内 ×1.25", "support ends within a year ×1.25"));
    if (c.category == QLatin1String("router"))
        factor(1.5, because("ルーター（インターネットとの境界） ×1.5", "router, at the edge of the internet ×1.5"));
    return weight;
}

Result<SurveillancePlan> SurveillancePlan::draw(QList<Candidate> population, Request request)
{
    if (request.size < 1)
        return Problem::unusable(QStringLiteral("surveillance.sample-too-small"),
            Message("SurveillancePlan", "the sample size must be at least 1 (got %1)").arg(request.size));
    if (!request.asOf.isValid())
        return Problem::unusable(
            QStringLiteral("surveillance.no-date"), Message("SurveillancePlan", "the plan has no date it is made for"));
    for (QString& reg : request.reported) {
        if (!RegistrationNumber::isValid(reg))
            return Problem::unusable(QStringLiteral("surveillance.not-a-registration-number"),
                Message("SurveillancePlan", "%1 is reported, but it is not a registration number (JCS-YY-NNNNNN)").arg(reg.left(80)));
        reg = reg.toUpper();
    }
    // The population in a canonical order, so that the same registry state and
    // seed draw the same sample whatever order the database returns rows in.
    std::sort(population.begin(), population.end(), [](const Candidate& a, const Candidate& b) { return a.registration < b.registration; });
    for (const QString& reg : request.reported) {
        const bool known = std::any_of(population.cbegin(), population.cend(), [&](const Candidate& c) { return c.registration == reg; });
        if (!known)
            return Problem::invalid(QStringLiteral("surveillance.reported-not-in-population"),
                Message("SurveillancePlan", "%1 was reported but is not among the %2 products with a valid label")
                    .arg(reg)
                    .arg(population.size()));
    }

    SurveillancePlan plan;
    plan.m_request = request;
    plan.m_populationSize = int(population.size());
    plan.m_populationDigest = digestOf(population);

    // Efraimidis–Spirakis weighted sampling without replacement: each candidate
    // gets the key log(u)/w and the largest keys win. mt19937_64's output is
    // fixed by the C++ standard (unlike the library's distributions), so u is
    // made from its bits directly and every platform redraws the same sample.
    std::mt19937_64 random(request.seed);
    struct Keyed {
        double key;
        Pick pick;
    };
    QList<Keyed> drawn;
    for (const Candidate& c : population) {
        const double u = double((random() >> 11) + 1) * 0x1p-53; // (0, 1]
        Pick pick;
        pick.registration = c.registration;
        pick.weight = weigh(c, request.asOf, &pick.reasons);
        pick.reported = request.reported.contains(c.registration);
        if (pick.reported)
            pick.reasons.prepend(because("一般からの通報による対象", "in because a member of the public reported it"));
        drawn.append({pick.reported ? 1.0 : std::log(u) / pick.weight, pick});
    }
    std::stable_sort(drawn.begin(), drawn.end(), [](const Keyed& a, const Keyed& b) { return a.key > b.key; });
    const qsizetype size = std::max<qsizetype>(request.size, request.reported.size());
    for (qsizetype i = 0; i < std::min(size, drawn.size()); ++i)
        plan.m_picks.append(drawn[i].pick);
    return plan;
}

QJsonObject SurveillancePlan::toJson() const
{
    QJsonArray picks;
    for (const Pick& p : m_picks) {
        QJsonArray reasons;
        for (const LocalizedText& r : p.reasons)
            reasons.append(CatalogJson::toJson(r));
        picks.append(QJsonObject{{QStringLiteral("registration"), p.registration}, {QStringLiteral("weight"), p.weight},
            {QStringLiteral("reported"), p.reported}, {QStringLiteral("reasons"), reasons}});
    }
    return {{QStringLiteral("format"), QStringLiteral("starmark-surveillance-plan")}, {QStringLiteral("version"), 1},
        // A 64-bit seed does not survive a JSON number (a double).
        {QStringLiteral("seed"), QString::number(m_request.seed)}, {QStringLiteral("size"), m_request.size},
        {QStringLiteral("as_of"), m_request.asOf.toString(Qt::ISODate)},
        {QStringLiteral("reported"), QJsonArray::fromStringList(m_request.reported)}, {QStringLiteral("population_size"), m_populationSize},
        {QStringLiteral("population_digest"), QString::fromLatin1(m_populationDigest)}, {QStringLiteral("picks"), picks}};
}

Result<SurveillancePlan> SurveillancePlan::fromJson(const QJsonObject& json, const QString& file)
{
    const auto fail = [&](const char* key, Message what) {
        return Problem::unusable(QStringLiteral("surveillance.plan-invalid"), std::move(what), SourceLocation{file}, QLatin1String(key));
    };
    if (json.value(QStringLiteral("format")).toString() != QLatin1String("starmark-surveillance-plan"))
        return fail("format", Message("SurveillancePlan", "is not starmark-surveillance-plan: this is not a surveillance plan"));
    if (json.value(QStringLiteral("version")).toInt() != 1)
        return fail("version", Message("SurveillancePlan", "is not 1, the only plan version this StarMark reads"));
    SurveillancePlan plan;
    bool ok = false;
    plan.m_request.seed = json.value(QStringLiteral("seed")).toString().toULongLong(&ok);
    if (!ok)
        return fail("seed", Message("SurveillancePlan", "must be a whole number written as a string"));
    plan.m_request.size = json.value(QStringLiteral("size")).toInt();
    plan.m_request.asOf = QDate::fromString(json.value(QStringLiteral("as_of")).toString(), Qt::ISODate);
    if (!plan.m_request.asOf.isValid())
        return fail("as_of", Message("SurveillancePlan", "must be a date (YYYY-MM-DD)"));
    for (const QJsonValue& r : json.value(QStringLiteral("reported")).toArray())
        plan.m_request.reported.append(r.toString());
    plan.m_populationSize = json.value(QStringLiteral("population_size")).toInt();
    plan.m_populationDigest = json.value(QStringLiteral("population_digest")).toString().toLatin1();
    if (!json.value(QStringLiteral("picks")).isArray())
        return fail("picks", Message("SurveillancePlan", "must be a list"));
    for (const QJsonValue& v : json.value(QStringLiteral("picks")).toArray()) {
        const QJsonObject o = v.toObject();
        Pick p;
        p.registration = o.value(QStringLiteral("registration")).toString();
        if (p.registration.isEmpty())
            return fail("picks", Message("SurveillancePlan", "holds an entry without a registration"));
        p.weight = o.value(QStringLiteral("weight")).toDouble();
        p.reported = o.value(QStringLiteral("reported")).toBool();
        for (const QJsonValue& r : o.value(QStringLiteral("reasons")).toArray())
            p.reasons.append(CatalogJson::textFromJson(r));
        plan.m_picks.append(p);
    }
    return plan;
}

Result<SurveillancePlan> SurveillancePlan::load(const QString& file)
{
    const Result<QByteArray> bytes = InputFile::read(file, InputLimits::jsonBytes);
    if (!bytes)
        return bytes.problems();
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(*bytes, &error);
    if (!json.isObject())
        return Problem::unusable(QStringLiteral("surveillance.plan-invalid"),
            Message("SurveillancePlan", "not a JSON object (%1 at byte %2)").arg(Message::plain(error.errorString())).arg(error.offset),
            SourceLocation{file});
    return fromJson(json.object(), file);
}

QString SurveillancePlan::Pick::why(Language language) const
{
    QStringList texts;
    for (const LocalizedText& r : reasons)
        texts << r.in(language);
    return texts.isEmpty() ? because("基本の重み", "base weight").in(language)
                           : texts.join(language == Language::Japanese ? QStringLiteral("、") : QStringLiteral("; "));
}

} // namespace starmark
