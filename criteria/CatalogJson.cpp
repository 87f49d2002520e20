#include "criteria/CatalogJson.h"

#include <QJsonArray>

namespace starmark {
namespace {

QJsonObject text(const LocalizedText& t)
{
    return CatalogJson::toJson(t);
}

template <typename T, typename Convert> QJsonArray array(const QList<T>& list, Convert convert)
{
    QJsonArray out;
    for (const T& element : list)
        out.append(convert(element));
    return out;
}

QJsonObject question(const Question& q)
{
    QJsonObject out{{QStringLiteral("id"), q.id}, {QStringLiteral("type"), termName<Question::Type>(Question::types, q.type)},
        {QStringLiteral("text"), text(q.text)}};
    if (q.type == Question::Type::Choice) {
        out.insert(QStringLiteral("options"), array(q.options, [](const Question::Option& o) {
            return QJsonObject{{QStringLiteral("id"), o.id}, {QStringLiteral("text"), text(o.text)}};
        }));
    }
    return out;
}

} // namespace

QJsonObject CatalogJson::toJson(const LocalizedText& t)
{
    return {{QStringLiteral("ja"), t.ja}, {QStringLiteral("en"), t.en}};
}

LocalizedText CatalogJson::textFromJson(const QJsonValue& json)
{
    const QJsonObject o = json.toObject();
    return {o.value(QStringLiteral("ja")).toString(), o.value(QStringLiteral("en")).toString()};
}

QJsonObject CatalogJson::toJson(const Requirement& r)
{
    QJsonObject out{
        {QStringLiteral("id"), r.id},
        {QStringLiteral("title"), text(r.title)},
        {QStringLiteral("text"), text(r.text)},
        {QStringLiteral("method"), termName<Requirement::Method>(Requirement::methods, r.method)},
        {QStringLiteral("items"),
            QJsonObject{{QStringLiteral("rule"), termName<Requirement::ItemRule>(Requirement::itemRules, r.itemRule)},
                {QStringLiteral("list"),
                    array(r.items,
                        [](const Requirement::Item& i) {
                            return QJsonObject{{QStringLiteral("id"), i.id}, {QStringLiteral("text"), text(i.text)}};
                        })}}},
        {QStringLiteral("evidence"),
            array(r.evidence,
                [](const Requirement::Evidence& e) {
                    return QJsonObject{{QStringLiteral("kind"), termName<Requirement::EvidenceKind>(Requirement::evidenceKinds, e.kind)},
                        {QStringLiteral("text"), text(e.text)}};
                })},
        {QStringLiteral("tests"),
            array(r.tests,
                [](const Requirement::TestCase& t) {
                    return QJsonObject{{QStringLiteral("id"), t.id},
                        {QStringLiteral("kind"), termName<Requirement::TestKind>(Requirement::testKinds, t.kind)},
                        {QStringLiteral("text"), text(t.text)}, {QStringLiteral("expected"), text(t.expected)}};
                })},
        {QStringLiteral("references"),
            array(r.references,
                [](const Requirement::Reference& ref) {
                    return QJsonObject{{QStringLiteral("standard"), ref.standard}, {QStringLiteral("clause"), ref.clause}};
                })},
        {QStringLiteral("provenance"), termName<Requirement::Provenance>(Requirement::provenances, r.provenance)},
    };
    if (!r.appliesIf.isEmpty())
        out.insert(QStringLiteral("applies_if"), r.appliesIf.source().simplified());
    if (!r.quotedFrom.isEmpty())
        out.insert(QStringLiteral("quoted_from"), r.quotedFrom);
    if (r.note)
        out.insert(QStringLiteral("note"), text(*r.note));
    return out;
}

// The keys added after the first catalogs shipped appear only when set, so that an
// unchanged catalog keeps the digest assessments pinned.
QJsonObject CatalogJson::toJson(const Catalog& c)
{
    QJsonObject source{{QStringLiteral("document"), c.source.document}, {QStringLiteral("note"), c.source.note}};
    if (!c.source.secondary.isEmpty()) {
        source.insert(QStringLiteral("secondary"), array(c.source.secondary, [](const Catalog::SecondarySource& s) {
            return QJsonObject{{QStringLiteral("id"), s.id}, {QStringLiteral("title"), s.title}, {QStringLiteral("url"), s.url}};
        }));
    }
    QJsonObject out{
        {QStringLiteral("scheme"), c.scheme},
        {QStringLiteral("id"), c.id},
        {QStringLiteral("version"), c.version},
        {QStringLiteral("level"), c.level},
        {QStringLiteral("category"), c.category},
        {QStringLiteral("extends"), QJsonArray::fromStringList(c.extends)},
        {QStringLiteral("title"), text(c.title)},
        {QStringLiteral("source"), source},
        {QStringLiteral("questions"), array(c.questions, question)},
        {QStringLiteral("requirements"), array(c.requirements, [](const Requirement& r) { return toJson(r); })},
    };
    if (!c.protectedAssets.isEmpty())
        out.insert(QStringLiteral("protected_assets"), array(c.protectedAssets, text));
    if (c.reconstruction)
        out.insert(QStringLiteral("reconstruction"), text(*c.reconstruction));
    if (c.pstiRoute) {
        out.insert(QStringLiteral("psti_route"),
            QJsonObject{{QStringLiteral("question"), c.pstiRoute->question}, {QStringLiteral("covers"), QJsonArray::fromStringList(c.pstiRoute->covers)},
                {QStringLiteral("evidence"), text(c.pstiRoute->evidence)}});
    }
    return out;
}

} // namespace starmark
