#include "labels/ProductFacts.h"
#include "labels/registry/RegisteredProduct.h"
#include "labels/registry/RevisionPolicy.h"

#include <gtest/gtest.h>

using namespace starmark;

namespace {

using Change = RevisionOverride::Change;

RegisteredProduct registered()
{
    RegisteredProduct p;
    p.registration = QStringLiteral("JCS-26-000001");
    p.level = 1;
    p.category = QStringLiteral("common");
    p.manufacturer = {QStringLiteral("架空電機株式会社"), QStringLiteral("Fictional Electric Co.")};
    p.model = QStringLiteral("SC-100");
    p.vulnerabilityContact = QStringLiteral("https://example.com/security");
    p.supportUntil = QDate(2031, 3, 31);
    p.revisions.append({QStringLiteral("1.2.3"), QDate(2026, 11, 1), QDate(2028, 11, 21), {}, {}, {}, {}, {}, {}, {}});
    return p;
}

ProductFacts update()
{
    return {1, QStringLiteral("common"), {QStringLiteral("架空電機株式会社"), QStringLiteral("Fictional Electric Co.")},
        {QStringLiteral("ネットワークカメラ"), QStringLiteral("Network camera")}, QStringLiteral("SC-100"), QStringLiteral("1.3.0"),
        QStringLiteral("https://example.com/security"), QDate(2026, 11, 20), QDate(2031, 3, 31)};
}

RevisionOverride parsed(const char* names, const char* reason)
{
    const Result<RevisionOverride> o = RevisionOverride::parse(QString::fromUtf8(names), QString::fromUtf8(reason));
    EXPECT_TRUE(o);
    return o ? *o : RevisionOverride();
}

// What a refusal says, in English, every problem of it.
QString said(const Result<void>& judged)
{
    QStringList texts;
    for (const Problem& p : judged.problems())
        texts << p.message.text(Language::English);
    return texts.join(QLatin1Char('\n'));
}

// The code of the (first) problem, or "" when allowed.
QString code(const Result<void>& judged)
{
    return judged.problems().isEmpty() ? QString() : judged.problems().constFirst().code;
}

} // namespace

TEST(RevisionPolicy, AnHonestUpdateNeedsNoOverride)
{
    ProductFacts later = update();
    later.supportUntil = QDate(2032, 3, 31); // a longer promise is always welcome
    EXPECT_TRUE(RevisionPolicy::needed(registered(), later).isEmpty());
    EXPECT_TRUE(RevisionPolicy::check(registered(), later, {}));
    later.firmware = QStringLiteral("1.2.3"); // the same firmware evaluated again
    EXPECT_TRUE(RevisionPolicy::check(registered(), later, {}));
}

TEST(RevisionPolicy, AnotherManufacturersReportIsNeverARevision)
{
    ProductFacts intruder = update();
    intruder.manufacturer = {QStringLiteral("悪意商事"), QStringLiteral("Malice Trading")};
    const Result<void> judged = RevisionPolicy::check(registered(), intruder, parsed("downgrade,support-end,contact", "trust me"));
    EXPECT_EQ(code(judged), QStringLiteral("registry.manufacturer-changed"));
    const QString problem = said(judged);
    EXPECT_TRUE(problem.contains(QStringLiteral("is registered to 架空電機株式会社 (Fictional Electric Co.), but the report names 悪意商事 "
                                                "(Malice Trading) as its manufacturer")))
        << problem.toStdString();
    EXPECT_TRUE(problem.contains(QStringLiteral("no override changes this")));
    intruder.manufacturer = {QStringLiteral("架空電機株式会社"), QStringLiteral("Fictional Electric Ltd.")};
    EXPECT_EQ(code(RevisionPolicy::check(registered(), intruder, {})), QStringLiteral("registry.manufacturer-changed"))
        << "either language differing is another manufacturer";
}

TEST(RevisionPolicy, ModelLevelCategoryAndRevocationAreKept)
{
    ProductFacts other = update();
    other.model = QStringLiteral("SC-200");
    EXPECT_EQ(code(RevisionPolicy::check(registered(), other, {})), QStringLiteral("registry.product-changed"));
    RegisteredProduct revoked = registered();
    revoked.revokedAt = QDateTime(QDate(2026, 11, 21), QTime(9, 0), Qt::UTC);
    EXPECT_EQ(code(RevisionPolicy::check(revoked, update(), {})), QStringLiteral("registry.revoked"));
}

TEST(RevisionPolicy, DowngradeEarlierSupportEndAndNewContactEachNeedTheirOverride)
{
    ProductFacts sly = update();
    sly.firmware = QStringLiteral("1.1.9");
    sly.supportUntil = QDate(2027, 3, 31);
    sly.vulnerabilityContact = QStringLiteral("mailto:nobody@example.net");
    EXPECT_EQ(RevisionPolicy::needed(registered(), sly), (QList<Change>{Change::Downgrade, Change::SupportEnd, Change::Contact}));
    const Result<void> judged = RevisionPolicy::check(registered(), sly, {});
    ASSERT_EQ(judged.problems().size(), 3);
    for (const Problem& p : judged.problems())
        EXPECT_EQ(p.code, QStringLiteral("registry.override-needed"));
    EXPECT_EQ(judged.problems()[2].key, QStringLiteral("contact")) << "each names the override it needs";
    const QString refused = said(judged);
    for (const char* says : {"firmware 1.1.9 is lower than the registered 1.2.3",
             "security updates would end on 2027-03-31, earlier than the registered 2031-03-31",
             "the vulnerability contact would change from https://example.com/security to mailto:nobody@example.net",
             "(override downgrade,support-end,contact)"})
        EXPECT_TRUE(refused.contains(QString::fromUtf8(says))) << says << " in: " << refused.toStdString();

    const Result<void> partly = RevisionPolicy::check(registered(), sly, parsed("downgrade", "rollback after a bricking update"));
    EXPECT_FALSE(said(partly).contains(QStringLiteral("1.1.9 is lower"))) << "what was accepted is not asked again";
    EXPECT_TRUE(said(partly).contains(QStringLiteral("earlier than the registered"))) << said(partly).toStdString();
    EXPECT_TRUE(RevisionPolicy::check(registered(), sly, parsed("contact,downgrade,support-end", "agreed with the manufacturer")));

    ProductFacts unordered = update();
    unordered.firmware = QStringLiteral("latest");
    EXPECT_TRUE(said(RevisionPolicy::check(registered(), unordered, {})).contains(QStringLiteral("cannot be ordered")))
        << "a version that cannot be ordered may hide a downgrade";
    EXPECT_TRUE(RevisionPolicy::check(registered(), unordered, parsed("downgrade", "vendor names builds by date")));
}

TEST(RevisionPolicy, ABlanketOverrideIsRefused)
{
    const Result<void> judged = RevisionPolicy::check(registered(), update(), parsed("downgrade,contact", "just in case"));
    EXPECT_EQ(code(judged), QStringLiteral("registry.override-unneeded"));
    EXPECT_EQ(judged.problems().constFirst().key, QStringLiteral("downgrade"));
    EXPECT_TRUE(said(judged).contains(QStringLiteral("the override names downgrade, which this revision does not change")))
        << said(judged).toStdString();
}

TEST(RevisionOverride, ParsesNamesAndInsistsOnAReason)
{
    const RevisionOverride o = parsed(" contact , downgrade,contact", "  契約変更のため  ");
    EXPECT_EQ(o.changes, (QList<Change>{Change::Downgrade, Change::Contact}));
    EXPECT_EQ(o.reason, QStringLiteral("契約変更のため"));
    EXPECT_EQ(o.names(), (QStringList{QStringLiteral("downgrade"), QStringLiteral("contact")}));
    EXPECT_TRUE(parsed("", "").changes.isEmpty());

    const auto refused = [](const char* names, const QString& reason) {
        const Result<RevisionOverride> o = RevisionOverride::parse(QString::fromUtf8(names), reason);
        return o ? QString() : o.problems().constFirst().code;
    };
    EXPECT_EQ(refused("downgrade", QStringLiteral("  ")), QStringLiteral("registry.override-without-reason"));
    EXPECT_EQ(refused("everything", QStringLiteral("x")), QStringLiteral("registry.override-unknown"));
    const Message unknown = RevisionOverride::parse(QStringLiteral("everything"), QStringLiteral("x")).problems().constFirst().message;
    EXPECT_EQ(unknown.text(Language::English), QStringLiteral("override \"everything\" is not one of downgrade, support-end, contact"));
    EXPECT_EQ(
        unknown.text(Language::Japanese), QStringLiteral("例外承認「everything」は downgrade、support-end、contact のいずれでもありません"));
    EXPECT_EQ(refused("", QStringLiteral("why not")), QStringLiteral("registry.reason-without-override"));
    EXPECT_EQ(refused("contact", QString(2001, QLatin1Char('x'))), QStringLiteral("registry.override-reason-too-long"));
}

TEST(RevisionPolicy, AFamilyMayGrowButNotShrinkAndKeepsItsRepresentative)
{
    RegisteredProduct family = registered();
    family.otherModels = {QStringLiteral("SC-100W"), QStringLiteral("SC-100B")};
    ProductFacts next = update();
    next.otherModels = {QStringLiteral("SC-100B"), QStringLiteral("SC-100R"), QStringLiteral("SC-100W")};
    EXPECT_EQ(code(RevisionPolicy::check(family, next, {})), QString());
    EXPECT_EQ(RevisionPolicy::addedModels(family, next), QStringList{QStringLiteral("SC-100R")});

    next.otherModels = {QStringLiteral("SC-100W")};
    const Result<void> shrunk = RevisionPolicy::check(family, next, {});
    EXPECT_EQ(code(shrunk), QStringLiteral("registry.family-shrunk"));
    EXPECT_TRUE(said(shrunk).contains(QStringLiteral("SC-100B")));
    // No override lets a revision drop a model: the labels already sold for it point here.
    EXPECT_EQ(code(RevisionPolicy::check(family, next, parsed("contact", "x"))), QStringLiteral("registry.family-shrunk"));

    // The representative moved into the family and another took its place: not the same registration.
    next = update();
    next.model = QStringLiteral("SC-100W");
    next.otherModels = {QStringLiteral("SC-100"), QStringLiteral("SC-100B")};
    EXPECT_EQ(code(RevisionPolicy::check(family, next, {})), QStringLiteral("registry.product-changed"));
}
