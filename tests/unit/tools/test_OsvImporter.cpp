#include "ToolFixtures.h"

#include "evaluators/tools/OsvImporter.h"
#include "evaluators/tools/StrictJson.h"

#include <gtest/gtest.h>

using namespace starmark;
using namespace starmark::test;

TEST(OsvImporter, ReadsEachVulnerabilityWithItsComponentScoreAndExploitedMark)
{
    const ToolFindings findings = readFixture("osv-router.json");
    EXPECT_EQ(findings.format, ToolFormat::OsvJson);
    ASSERT_EQ(findings.vulnerabilities.size(), 2);
    const ToolFindings::Vulnerability& terrapin = findings.vulnerabilities[0];
    EXPECT_EQ(terrapin.id, QStringLiteral("OSV-2026-0101"));
    EXPECT_EQ(terrapin.aliases, QStringList{QStringLiteral("CVE-2023-48795")});
    EXPECT_EQ(terrapin.component, QStringLiteral("dropbear"));
    EXPECT_EQ(terrapin.version, QStringLiteral("2022.83"));
    EXPECT_DOUBLE_EQ(terrapin.severity, 5.9);
    EXPECT_FALSE(terrapin.knownExploited);
    EXPECT_DOUBLE_EQ(findings.vulnerabilities[1].severity, 9.8);
    EXPECT_TRUE(findings.vulnerabilities[1].knownExploited);
}

TEST(OsvImporter, AnExploitedMarkThatIsNotTrueOrFalseIsRefused)
{
    StrictJson json(QStringLiteral("osv.json"));
    const Result<QJsonDocument> document = json.parse(R"({"results": [{"packages": [{"package": {"name": "a"},
        "vulnerabilities": [{"id": "X", "database_specific": {"known_exploited": "yes"}}]}]}]})");
    ASSERT_TRUE(document.ok());
    const Problem problem = refusal(OsvImporter::read(*document, json));
    EXPECT_EQ(problem.code, QStringLiteral("tool.json-wrong-type"));
    EXPECT_EQ(problem.key, QStringLiteral("$.results[0].packages[0].vulnerabilities[0].database_specific.known_exploited"));
}
