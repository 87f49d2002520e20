#include "ReportFixture.h"

#include "reports/DemoPki.h"
#include "reports/SignerRole.h"

#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace starmark;
using namespace starmark::test;

TEST(SignerRole, TheRoleOidsAreDistinctArcsUnderStarMarksUuidArc)
{
    // 2.25.<UUID as one decimal integer> (X.667): the integer is below 2^128.
    const QString arc = QString::fromLatin1(SignerRole::arc);
    ASSERT_TRUE(QRegularExpression(QStringLiteral("^2\\.25\\.[1-9][0-9]{0,38}$")).match(arc).hasMatch());
    const QString uuid = arc.mid(5);
    EXPECT_TRUE(uuid.size() < 39 || (uuid.size() == 39 && uuid < QStringLiteral("340282366920938463463374607431768211456")));
    QSet<QByteArray> seen;
    for (const SignerRole::Role role : SignerRole::all) {
        EXPECT_TRUE(SignerRole::oid(role).startsWith(QByteArray(SignerRole::arc) + ".1."));
        seen.insert(SignerRole::oid(role));
        EXPECT_EQ(SignerRole::fromKey(SignerRole::key(role)), role);
    }
    EXPECT_EQ(seen.size(), 3);
    EXPECT_FALSE(SignerRole::fromKey(QStringLiteral("admin")).has_value());
    EXPECT_FALSE(SignerRole::fromKey(QStringLiteral("Lab")).has_value());
}

TEST(SignerRole, EachDemoSignerCarriesItsOwnRoleAndTheOrganisationItsDemoNames)
{
    ReportFixture& f = ReportFixture::instance();
    for (int i = 0; i < 3; ++i) {
        const SignerRole::Role role = SignerRole::all[i];
        const SigningIdentity id = f.identity(DemoPki::roles()[i]);
        EXPECT_EQ(SignerRole::ofCertificate(id.certificate()), QList<SignerRole::Role>{role}) << i;
        EXPECT_EQ(SignerRole::organisationOf(id.certificate()), DemoPki::organisation(role));
        EXPECT_TRUE(SignerRole::ofCertificate(id.chain().first().get()).isEmpty()); // the CA signs in no role
    }
    EXPECT_EQ(DemoPki::organisation(SignerRole::Role::Manufacturer), QStringLiteral("Miraisense Co., Ltd.")); // share/demo/camera-star1
    EXPECT_EQ(DemoPki::organisation(SignerRole::Role::Lab), QStringLiteral("株式会社セキュア評価研究所")); // share/demo/router-star3
}
