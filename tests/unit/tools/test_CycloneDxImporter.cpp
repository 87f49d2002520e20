#include "ToolFixtures.h"

#include "evaluators/tools/CycloneDxImporter.h"
#include "evaluators/tools/StrictJson.h"

#include <gtest/gtest.h>

using namespace starmark;
using namespace starmark::test;

namespace {

Result<ToolFindings> readBom(const QByteArray& text)
{
    StrictJson json(QStringLiteral("bom.json"));
    const Result<QJsonDocument> document = json.parse(text);
    if (!document)
        return document.problems();
    return CycloneDxImporter::read(*document, json);
}

} // namespace

TEST(CycloneDxImporter, ReadsEveryComponentNestedOnesTooWithSupplierAndHashes)
{
    const ToolFindings findings = readFixture("cyclonedx-router.json");
    EXPECT_EQ(findings.format, ToolFormat::CycloneDxJson);
    EXPECT_EQ(findings.run.tool, QStringLiteral("cyclonedx-fw-scan"));
    EXPECT_EQ(findings.run.version, QStringLiteral("2.1.0"));
    EXPECT_EQ(findings.run.ranAt, QDateTime(QDate(2026, 11, 20), QTime(8, 15), Qt::UTC));
    ASSERT_EQ(findings.components.size(), 4);
    EXPECT_EQ(findings.components[0].name, QStringLiteral("openssl"));
    EXPECT_EQ(findings.components[0].version, QStringLiteral("3.0.15"));
    EXPECT_EQ(findings.components[0].supplier, QStringLiteral("OpenSSL Project"));
    EXPECT_EQ(findings.components[0].purl, QStringLiteral("pkg:generic/openssl@3.0.15"));
    EXPECT_EQ(findings.components[0].hashes.value(QStringLiteral("SHA-256")).size(), 64);
    EXPECT_EQ(findings.components[2].name, QStringLiteral("libbb")); // nested in busybox
}

TEST(CycloneDxImporter, Version14ListsItsToolsAsAList)
{
    const Result<ToolFindings> read = readBom(R"({"bomFormat": "CycloneDX", "specVersion": "1.4",
        "metadata": {"tools": [{"vendor": "x", "name": "old-scan", "version": "0.9"}]}, "components": []})");
    ASSERT_TRUE(read.ok());
    EXPECT_EQ(read->run.tool, QStringLiteral("old-scan"));
    EXPECT_EQ(read->run.version, QStringLiteral("0.9"));
}

TEST(CycloneDxImporter, ASpecVersionItDoesNotKnowIsRefusedNotGuessedAt)
{
    for (const char* version : {"1.3", "2.0", ""}) {
        const Problem problem
            = refusal(readBom(QByteArray(R"({"bomFormat": "CycloneDX", "specVersion": ")") + version + R"(", "components": []})"));
        EXPECT_EQ(problem.code, QStringLiteral("tool.unsupported-version")) << version;
        EXPECT_EQ(problem.key, QStringLiteral("$.specVersion"));
    }
}

TEST(CycloneDxImporter, AComponentThatIsNotAnObjectIsNamedByItsPath)
{
    const Problem problem = refusal(readBom(R"({"bomFormat": "CycloneDX", "specVersion": "1.6", "components": [{"name": "a"}, 5]})"));
    EXPECT_EQ(problem.code, QStringLiteral("tool.json-wrong-type"));
    EXPECT_EQ(problem.key, QStringLiteral("$.components[1]"));
    EXPECT_EQ(problem.where.file, QStringLiteral("bom.json"));
}
