#include "evaluators/tools/ToolRules.h"
#include "evaluators/tools/ToolRulesReader.h"

#include <gtest/gtest.h>

using namespace starmark;

namespace {

const QString shipped = QStringLiteral(STARMARK_SOURCE_SHARE_DIR "/tool-rules/jc-star.yaml");

const QByteArray oneRule = R"(id: test-rules
version: "1"
rules:
  - id: tls-minimum
    requirement: S1.1-12
    formats: [sslscan, testssl]
    check: tls-minimum-protocol
    minimum: TLSv1.2
)";

} // namespace

TEST(ToolRules, TheShippedRulesLoadAndTieEachFormatToItsRequirement)
{
    const Result<ToolRules> rules = ToolRules::load(shipped);
    ASSERT_TRUE(rules.ok()) << rules.problems().constFirst().toString().toStdString();
    EXPECT_EQ(rules->id, QStringLiteral("jc-star"));
    EXPECT_EQ(rules->digest.size(), 64);
    const auto requirementsOf = [&](ToolFormat format) {
        QStringList ids;
        for (const ToolRules::Rule* rule : rules->rulesFor(format))
            ids.append(rule->requirement);
        return ids;
    };
    EXPECT_EQ(requirementsOf(ToolFormat::NmapXml), QStringList{QStringLiteral("S1.1-13")});
    EXPECT_EQ(requirementsOf(ToolFormat::SslscanXml), (QStringList{QStringLiteral("S1.1-12"), QStringLiteral("S1.1-12")}));
    EXPECT_EQ(requirementsOf(ToolFormat::CycloneDxJson), QStringList{QStringLiteral("S3.RT-03")});
    EXPECT_EQ(requirementsOf(ToolFormat::OsvJson), QStringList{QStringLiteral("S1.1-13")});
}

TEST(ToolRules, TheDigestFollowsEveryRuleAndNotTheLayout)
{
    const Result<ToolRules> one = ToolRulesReader::read(oneRule, QStringLiteral("r.yaml"));
    ASSERT_TRUE(one.ok());
    QByteArray relaid = oneRule;
    relaid.replace("formats: [sslscan, testssl]", "formats:\n      - sslscan\n      - testssl  # comment");
    const Result<ToolRules> same = ToolRulesReader::read(relaid, QStringLiteral("r.yaml"));
    ASSERT_TRUE(same.ok());
    EXPECT_EQ(same->digest, one->digest);
    QByteArray weakened = oneRule;
    weakened.replace("TLSv1.2", "TLSv1.0");
    const Result<ToolRules> other = ToolRulesReader::read(weakened, QStringLiteral("r.yaml"));
    ASSERT_TRUE(other.ok());
    EXPECT_NE(other->digest, one->digest);
}

TEST(ToolRules, AnUnknownCheckOrFormatIsRefusedAtItsPlace)
{
    QByteArray unknownCheck = oneRule;
    unknownCheck.replace("check: tls-minimum-protocol", "check: always-pass");
    const Result<ToolRules> check = ToolRulesReader::read(unknownCheck, QStringLiteral("r.yaml"));
    ASSERT_FALSE(check.ok());
    EXPECT_EQ(check.problems().constFirst().code, QStringLiteral("yaml.unknown-term"));
    EXPECT_EQ(check.problems().constFirst().where.line, 7);
    QByteArray unknownFormat = oneRule;
    unknownFormat.replace("testssl]", "nessus]");
    const Result<ToolRules> format = ToolRulesReader::read(unknownFormat, QStringLiteral("r.yaml"));
    ASSERT_FALSE(format.ok());
    EXPECT_EQ(format.problems().constFirst().where.line, 6);
}

TEST(ToolRules, ACheckWithoutItsLimitIsRefused)
{
    QByteArray noMinimum = oneRule;
    noMinimum.replace("    minimum: TLSv1.2\n", "");
    const Result<ToolRules> read = ToolRulesReader::read(noMinimum, QStringLiteral("r.yaml"));
    ASSERT_FALSE(read.ok());
    EXPECT_TRUE(read.problems().constFirst().key.contains(QStringLiteral("rules"))) << read.problems().constFirst().key.toStdString();
}

TEST(ToolRules, ARuleIdTwiceIsRefused)
{
    const QByteArray twice = oneRule + QByteArray(oneRule).mid(oneRule.indexOf("  - id:"));
    EXPECT_FALSE(ToolRulesReader::read(twice, QStringLiteral("r.yaml")).ok());
}
