#include "evaluators/AssessmentJson.h"

#include "criteria/CatalogJson.h"

#include <QJsonArray>

namespace starmark {
namespace {

QJsonObject text(const LocalizedText& t)
{
    return CatalogJson::toJson(t);
}

LocalizedText text(const QJsonValue& v)
{
    return CatalogJson::textFromJson(v);
}

template <typename Enum, size_t N> std::optional<Enum> termOf(const QJsonValue& v, const Term<Enum> (&terms)[N])
{
    return termFromName<Enum>(terms, v.toString().toStdString());
}

// Files written before families have no "models": their family is the one model. A list that is
// there is held to the declaration's rules, so that no file smuggles in what a declaration may not.
bool readFamily(const QJsonValue& models, Product& p)
{
    p.otherModels.clear();
    if (models.isUndefined())
        return true;
    const QJsonArray list = models.toArray();
    if (!models.isArray() || list.isEmpty() || list.first().toString() != p.model)
        return false;
    for (qsizetype i = 1; i < list.size(); ++i) {
        if (!list.at(i).isString())
            return false;
        p.otherModels << list.at(i).toString();
    }
    // The representative is held to what it was when it was stored; the rest of the family to the rules.
    return !p.otherModels.contains(p.model) && p.otherModels.size() < Product::maxModels && !Product::familyProblem(p.otherModels);
}

// Files written before needed interfaces have none; a list that is there is held to the declaration's rules.
bool readInterfaces(const QJsonValue& interfaces, Product& p)
{
    p.neededInterfaces.clear();
    if (interfaces.isUndefined())
        return true;
    const QJsonArray list = interfaces.toArray();
    if (!interfaces.isArray() || list.isEmpty())
        return false;
    for (const QJsonValue& entry : list) {
        if (!entry.isString())
            return false;
        p.neededInterfaces << entry.toString();
    }
    return !Product::interfacesProblem(p.neededInterfaces);
}

} // namespace

QJsonObject AssessmentJson::header(const Assessment& a)
{
    QJsonArray chain;
    for (const Assessment::PinnedCatalog& c : a.chain)
        chain.append(QJsonObject{{QStringLiteral("id"), c.qualifiedId}, {QStringLiteral("digest"), QString::fromLatin1(c.digest)}});
    const Product& p = a.product;
    QJsonObject product{{QStringLiteral("manufacturer"), text(p.manufacturer)}, {QStringLiteral("name"), text(p.name)},
        {QStringLiteral("model"), p.model}, {QStringLiteral("models"), QJsonArray::fromStringList(p.models())},
        {QStringLiteral("firmware"), p.firmware}, {QStringLiteral("hardware"), p.hardware},
        {QStringLiteral("released"), p.released.toString(Qt::ISODate)}, {QStringLiteral("support_until"), p.supportUntil.toString(Qt::ISODate)},
        {QStringLiteral("vulnerability_contact"), p.vulnerabilityContact}};
    // Only when there are any, so that the state (and its hash) of an assessment that lists none stays as it was.
    if (!p.neededInterfaces.isEmpty())
        product.insert(QStringLiteral("needed_interfaces"), QJsonArray::fromStringList(p.neededInterfaces));
    QJsonObject json{
        {QStringLiteral("catalog"), a.catalog},
        {QStringLiteral("chain"), chain},
        {QStringLiteral("level"), a.level},
        {QStringLiteral("mode"), termName<Assessment::Mode>(Assessment::modes, a.mode)},
        {QStringLiteral("revision"), a.revision},
        {QStringLiteral("product"), product},
        {QStringLiteral("evaluator"),
            QJsonObject{{QStringLiteral("name"), a.evaluator.name}, {QStringLiteral("organisation"), a.evaluator.organisation}}},
    };
    if (a.signOff) {
        json.insert(QStringLiteral("sign_off"),
            QJsonObject{
                {QStringLiteral("reviewer"), a.signOff->reviewer}, {QStringLiteral("at"), a.signOff->at.toString(Qt::ISODateWithMs)}});
    }
    // Only when there are any, so that the state (and its hash) of an assessment without tool runs stays as it was.
    if (!a.toolRuns.isEmpty()) {
        QJsonArray runs;
        for (const Assessment::ToolRun& run : a.toolRuns) {
            QJsonObject json{{QStringLiteral("tool"), run.tool}, {QStringLiteral("version"), run.version},
                {QStringLiteral("arguments"), run.arguments}, {QStringLiteral("ran_at"), run.ranAt.toString(Qt::ISODate)},
                {QStringLiteral("format"), run.format}, {QStringLiteral("evidence"), run.evidence},
                {QStringLiteral("sha256"), QString::fromLatin1(run.sha256)},
                {QStringLiteral("requirements"), QJsonArray::fromStringList(run.requirements)},
                {QStringLiteral("accepted"), QJsonArray::fromStringList(run.accepted)}};
            // Only when there are any, so that the hash of a state written before overrides existed stays as it was.
            if (!run.overridden.isEmpty())
                json.insert(QStringLiteral("overridden"), QJsonArray::fromStringList(run.overridden));
            runs.append(json);
        }
        json.insert(QStringLiteral("tool_runs"), runs);
    }
    return json;
}

bool AssessmentJson::readHeader(const QJsonObject& json, Assessment& a)
{
    a.catalog = json.value(QStringLiteral("catalog")).toString();
    a.chain.clear();
    for (const QJsonValue& c : json.value(QStringLiteral("chain")).toArray()) {
        a.chain.append(
            {c.toObject().value(QStringLiteral("id")).toString(), c.toObject().value(QStringLiteral("digest")).toString().toLatin1()});
    }
    a.level = json.value(QStringLiteral("level")).toInt();
    const std::optional<Assessment::Mode> mode = termOf(json.value(QStringLiteral("mode")), Assessment::modes);
    a.revision = json.value(QStringLiteral("revision")).toInt(1);
    const QJsonObject p = json.value(QStringLiteral("product")).toObject();
    a.product.manufacturer = text(p.value(QStringLiteral("manufacturer")));
    a.product.name = text(p.value(QStringLiteral("name")));
    a.product.model = p.value(QStringLiteral("model")).toString();
    const bool familyRead = readFamily(p.value(QStringLiteral("models")), a.product);
    a.product.firmware = p.value(QStringLiteral("firmware")).toString();
    a.product.hardware = p.value(QStringLiteral("hardware")).toString();
    a.product.released = QDate::fromString(p.value(QStringLiteral("released")).toString(), Qt::ISODate);
    a.product.supportUntil = QDate::fromString(p.value(QStringLiteral("support_until")).toString(), Qt::ISODate);
    a.product.vulnerabilityContact = p.value(QStringLiteral("vulnerability_contact")).toString();
    const bool interfacesRead = readInterfaces(p.value(QStringLiteral("needed_interfaces")), a.product);
    const QJsonObject e = json.value(QStringLiteral("evaluator")).toObject();
    a.evaluator = {e.value(QStringLiteral("name")).toString(), e.value(QStringLiteral("organisation")).toString()};
    a.signOff.reset();
    if (json.contains(QStringLiteral("sign_off"))) {
        const QJsonObject s = json.value(QStringLiteral("sign_off")).toObject();
        a.signOff = Assessment::SignOff{s.value(QStringLiteral("reviewer")).toString(),
            QDateTime::fromString(s.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs)};
    }
    a.toolRuns.clear();
    for (const QJsonValue& value : json.value(QStringLiteral("tool_runs")).toArray()) {
        const QJsonObject r = value.toObject();
        const auto texts = [&r](const char* key) {
            QStringList list;
            for (const QJsonValue& value : r.value(QLatin1String(key)).toArray())
                list.append(value.toString());
            return list;
        };
        a.toolRuns.append({r.value(QStringLiteral("tool")).toString(), r.value(QStringLiteral("version")).toString(),
            r.value(QStringLiteral("arguments")).toString(), QDateTime::fromString(r.value(QStringLiteral("ran_at")).toString(), Qt::ISODate),
            r.value(QStringLiteral("format")).toString(), r.value(QStringLiteral("evidence")).toString(),
            r.value(QStringLiteral("sha256")).toString().toLatin1(), texts("requirements"), texts("accepted"), texts("overridden")});
    }
    if (!mode || !familyRead || !interfacesRead || a.catalog.isEmpty() || a.level < 1 || a.level > 4)
        return false;
    a.mode = *mode;
    return true;
}

QJsonObject AssessmentJson::toJson(const Assessment::Result& r)
{
    QJsonArray evidence;
    for (const Assessment::Evidence& e : r.evidence) {
        evidence.append(QJsonObject{
            {QStringLiteral("name"), e.name}, {QStringLiteral("sha256"), QString::fromLatin1(e.sha256)}, {QStringLiteral("size"), e.size}});
    }
    QJsonObject tests;
    for (auto it = r.tests.cbegin(); it != r.tests.cend(); ++it) {
        tests.insert(it.key(),
            QJsonObject{
                {QStringLiteral("verdict"), termName<TestVerdict>(testVerdicts, it->verdict)}, {QStringLiteral("observed"), it->observed}});
    }
    return {{QStringLiteral("verdict"), termName<Verdict>(verdicts, r.verdict)},
        {QStringLiteral("items"), QJsonArray::fromStringList(r.items)}, {QStringLiteral("rationale"), r.rationale},
        {QStringLiteral("justification"), r.justification}, {QStringLiteral("evidence"), evidence}, {QStringLiteral("tests"), tests},
        {QStringLiteral("recheck"), r.recheck}};
}

std::optional<Assessment::Result> AssessmentJson::resultFromJson(const QJsonObject& json)
{
    Assessment::Result r;
    const std::optional<Verdict> verdict = termOf(json.value(QStringLiteral("verdict")), verdicts);
    if (!verdict)
        return std::nullopt;
    r.verdict = *verdict;
    for (const QJsonValue& item : json.value(QStringLiteral("items")).toArray())
        r.items << item.toString();
    r.rationale = json.value(QStringLiteral("rationale")).toString();
    r.justification = json.value(QStringLiteral("justification")).toString();
    for (const QJsonValue& v : json.value(QStringLiteral("evidence")).toArray()) {
        const QJsonObject e = v.toObject();
        r.evidence.append({e.value(QStringLiteral("name")).toString(), e.value(QStringLiteral("sha256")).toString().toLatin1(),
            qint64(e.value(QStringLiteral("size")).toDouble()), {}});
    }
    const QJsonObject tests = json.value(QStringLiteral("tests")).toObject();
    for (auto it = tests.begin(); it != tests.end(); ++it) {
        const std::optional<TestVerdict> tv = termOf(it.value().toObject().value(QStringLiteral("verdict")), testVerdicts);
        if (!tv)
            return std::nullopt;
        r.tests.insert(it.key(), {*tv, it.value().toObject().value(QStringLiteral("observed")).toString()});
    }
    r.recheck = json.value(QStringLiteral("recheck")).toBool();
    return r;
}

QJsonObject AssessmentJson::toJson(const Assessment& a)
{
    QJsonObject json = header(a);
    QJsonObject profile;
    for (auto it = a.profile.cbegin(); it != a.profile.cend(); ++it)
        profile.insert(it.key(), *it);
    QJsonObject results;
    for (auto it = a.results.cbegin(); it != a.results.cend(); ++it)
        results.insert(it.key(), toJson(*it));
    json.insert(QStringLiteral("profile"), profile);
    json.insert(QStringLiteral("results"), results);
    return json;
}

std::optional<Assessment> AssessmentJson::fromJson(const QJsonObject& json)
{
    Assessment a;
    if (!readHeader(json, a))
        return std::nullopt;
    const QJsonObject profile = json.value(QStringLiteral("profile")).toObject();
    for (auto it = profile.begin(); it != profile.end(); ++it)
        a.profile.insert(it.key(), it.value().toString());
    const QJsonObject results = json.value(QStringLiteral("results")).toObject();
    for (auto it = results.begin(); it != results.end(); ++it) {
        std::optional<Assessment::Result> r = resultFromJson(it.value().toObject());
        if (!r)
            return std::nullopt;
        a.results.insert(it.key(), *r);
    }
    return a;
}

QJsonObject AssessmentJson::toJson(const Outcome& outcome)
{
    QJsonObject counts;
    for (const Term<Verdict>& t : verdicts)
        counts.insert(QLatin1String(t.name.data(), qsizetype(t.name.size())), outcome.counts.value(t.value));
    QJsonArray gaps;
    for (const Outcome::Gap& g : outcome.gaps) {
        gaps.append(QJsonObject{{QStringLiteral("requirement"), g.requirement}, {QStringLiteral("level"), g.level},
            {QStringLiteral("verdict"), termName<Verdict>(verdicts, g.verdict)}, {QStringLiteral("recheck"), g.recheck}});
    }
    return {{QStringLiteral("target"), outcome.target}, {QStringLiteral("achieved"), outcome.achieved}, {QStringLiteral("counts"), counts},
        {QStringLiteral("recheck"), outcome.recheck}, {QStringLiteral("gaps"), gaps},
        {QStringLiteral("unanswered"), QJsonArray::fromStringList(outcome.unanswered)}};
}

} // namespace starmark
