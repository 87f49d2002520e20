#include "Fixtures.h"

#include "criteria/CatalogJson.h"
#include "evaluators/CatalogChange.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace starmark;
using namespace starmark::test;

TEST(CatalogChange, NoChangeNoEntries)
{
    const Catalog* c = shippedCatalogs().find(QStringLiteral("star1-common"));
    EXPECT_TRUE(CatalogChange::between(CatalogJson::toJson(*c), *c).isEmpty());
}

TEST(CatalogChange, AddedRemovedRewordedAndChanged)
{
    Catalog current = *shippedCatalogs().find(QStringLiteral("star1-common"));
    const QJsonObject pinned = CatalogJson::toJson(current);
    current.requirements[2].text.en += QStringLiteral(" Also this.");
    current.requirements[3].method = Requirement::Method::Document;
    current.requirements.removeAt(5); // S1.1-06
    Requirement added = current.requirements[0];
    added.id = QStringLiteral("S1.1-17");
    current.requirements.append(added);

    using Kind = CatalogChange::Entry::Kind;
    QList<std::tuple<Kind, QString, QStringList>> changes;
    for (const CatalogChange::Entry& e : CatalogChange::between(pinned, current))
        changes.append({e.kind, e.requirement, e.fields});
    EXPECT_EQ(changes,
        (QList<std::tuple<Kind, QString, QStringList>>{{Kind::Reworded, QStringLiteral("S1.1-03"), {QStringLiteral("text")}},
            {Kind::Changed, QStringLiteral("S1.1-04"), {QStringLiteral("method")}}, {Kind::Added, QStringLiteral("S1.1-17"), {}},
            {Kind::Removed, QStringLiteral("S1.1-06"), {}}}));
}
