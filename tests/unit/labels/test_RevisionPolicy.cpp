#include "labels/RegistryStore.h"
#include "labels/RevisionPolicy.h"

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
    QString problem;
    const std::optional<RevisionOverride> o = RevisionOverride::parse(QString::fromUtf8(names), QString::fromUtf8(reason), &problem);
    EXPECT_TRUE(o) << problem.toStdString();
    return o.value_or(RevisionOverride());
}

} // namespace

TEST(RevisionPolicy, AnHonestUpdateNeedsNoOverride)
{
    ProductFacts later = update();
    later.supportUntil = QDate(2032, 3, 31); // a longer promise is always welcome
    EXPECT_TRUE(RevisionPolicy::needed(registered(), later).isEmpty());
    EXPECT_EQ(RevisionPolicy::problem(registered(), later, {}), QString());
    later.firmware = QStringLiteral("1.2.3"); // the same firmware evaluated again
    EXPECT_EQ(RevisionPolicy::problem(registered(), later, {}), QString());
}

TEST(RevisionPolicy, AnotherManufacturersReportIsNeverARevision)
{
    ProductFacts intruder = update();
    intruder.manufacturer = {QStringLiteral("悪意商事"), QStringLiteral("Malice Trading")};
    const QString problem = RevisionPolicy::problem(registered(), intruder, parsed("downgrade,support-end,contact", "trust me"));
    EXPECT_TRUE(problem.contains(QStringLiteral("is registered to 架空電機株式会社 (Fictional Electric Co.), but the report names 悪意商事 "
                                                "(Malice Trading) as its manufacturer")))
        << problem.toStdString();
    EXPECT_TRUE(problem.contains(QStringLiteral("no override changes this")));
    intruder.manufacturer = {QStringLiteral("架空電機株式会社"), QStringLiteral("Fictional Electric Ltd.")};
    EXPECT_FALSE(RevisionPolicy::problem(registered(), intruder, {}).isEmpty()) << "either language differing is another manufacturer";
}

TEST(RevisionPolicy, ModelLevelCategoryAndRevocationAreKept)
{
    ProductFacts other = update();
    other.model = QStringLiteral("SC-200");
    EXPECT_TRUE(RevisionPolicy::problem(registered(), other, {}).contains(QStringLiteral("keeps the model, the level and the category")));
    RegisteredProduct revoked = registered();
    revoked.revokedAt = QDateTime(QDate(2026, 11, 21), QTime(9, 0), Qt::UTC);
    EXPECT_TRUE(RevisionPolicy::problem(revoked, update(), {}).contains(QStringLiteral("is revoked")));
}

TEST(RevisionPolicy, DowngradeEarlierSupportEndAndNewContactEachNeedTheirOverride)
{
    ProductFacts sly = update();
    sly.firmware = QStringLiteral("1.1.9");
    sly.supportUntil = QDate(2027, 3, 31);
    sly.vulnerabilityContact = QStringLiteral("mailto:nobody@example.net");
    EXPECT_EQ(RevisionPolicy::needed(registered(), sly), (QList<Change>{Change::Downgrade, Change::SupportEnd, Change::Contact}));
    const QString refused = RevisionPolicy::problem(registered(), sly, {});
    for (const char* says : {"firmware 1.1.9 is lower than the registered 1.2.3",
             "security updates would end on 2027-03-31, earlier than the registered 2031-03-31",
             "the vulnerability contact would change from https://example.com/security to mailto:nobody@example.net",
             "override=downgrade,support-end,contact&reason=…"})
        EXPECT_TRUE(refused.contains(QString::fromUtf8(says))) << says << " in: " << refused.toStdString();

    const QString partly = RevisionPolicy::problem(registered(), sly, parsed("downgrade", "rollback after a bricking update"));
    EXPECT_FALSE(partly.contains(QStringLiteral("1.1.9 is lower"))) << "what was accepted is not asked again";
    EXPECT_TRUE(partly.contains(QStringLiteral("earlier than the registered"))) << partly.toStdString();
    EXPECT_EQ(
        RevisionPolicy::problem(registered(), sly, parsed("contact,downgrade,support-end", "agreed with the manufacturer")), QString());

    ProductFacts unordered = update();
    unordered.firmware = QStringLiteral("latest");
    EXPECT_TRUE(RevisionPolicy::problem(registered(), unordered, {}).contains(QStringLiteral("cannot be ordered")))
        << "a version that cannot be ordered may hide a downgrade";
    EXPECT_EQ(RevisionPolicy::problem(registered(), unordered, parsed("downgrade", "vendor names builds by date")), QString());
}

TEST(RevisionPolicy, ABlanketOverrideIsRefused)
{
    const QString problem = RevisionPolicy::problem(registered(), update(), parsed("downgrade,contact", "just in case"));
    EXPECT_TRUE(problem.contains(QStringLiteral("override=downgrade was given, but this revision needs no such override")))
        << problem.toStdString();
    EXPECT_TRUE(problem.contains(QStringLiteral("(nothing)")));
}

TEST(RevisionOverride, ParsesNamesAndInsistsOnAReason)
{
    const RevisionOverride o = parsed(" contact , downgrade,contact", "  契約変更のため  ");
    EXPECT_EQ(o.changes, (QList<Change>{Change::Downgrade, Change::Contact}));
    EXPECT_EQ(o.reason, QStringLiteral("契約変更のため"));
    EXPECT_EQ(o.names(), (QStringList{QStringLiteral("downgrade"), QStringLiteral("contact")}));
    EXPECT_TRUE(parsed("", "").changes.isEmpty());

    QString problem;
    EXPECT_FALSE(RevisionOverride::parse(QStringLiteral("downgrade"), QStringLiteral("  "), &problem));
    EXPECT_TRUE(problem.contains(QStringLiteral("needs a reason"))) << problem.toStdString();
    EXPECT_FALSE(RevisionOverride::parse(QStringLiteral("everything"), QStringLiteral("x"), &problem));
    EXPECT_EQ(problem, QStringLiteral("override 'everything' is not one of downgrade, support-end, contact"));
    EXPECT_FALSE(RevisionOverride::parse({}, QStringLiteral("why not"), &problem));
    EXPECT_TRUE(problem.contains(QStringLiteral("no override")));
    EXPECT_FALSE(RevisionOverride::parse(QStringLiteral("contact"), QString(2001, QLatin1Char('x')), &problem));
    EXPECT_TRUE(problem.contains(QStringLiteral("longer than 2000")));
}
