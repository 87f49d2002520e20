#include "ToolFixtures.h"

#include "evaluators/tools/SpdxImporter.h"
#include "evaluators/tools/StrictJson.h"

#include <gtest/gtest.h>

using namespace starmark;
using namespace starmark::test;

TEST(SpdxImporter, ReadsPackagesWithSupplierChecksumAndPurlAndTheCreatingTool)
{
    const ToolFindings findings = readFixture("spdx-router.json");
    EXPECT_EQ(findings.format, ToolFormat::SpdxJson);
    EXPECT_EQ(findings.run.tool, QStringLiteral("spdx-fw-scan"));
    EXPECT_EQ(findings.run.version, QStringLiteral("1.4.2"));
    EXPECT_EQ(findings.run.ranAt, QDateTime(QDate(2026, 11, 20), QTime(8, 16), Qt::UTC));
    ASSERT_EQ(findings.components.size(), 2);
    EXPECT_EQ(findings.components[0].supplier, QStringLiteral("OpenSSL Project"));
    EXPECT_EQ(findings.components[0].purl, QStringLiteral("pkg:generic/openssl@3.0.15"));
    EXPECT_TRUE(findings.components[0].hashes.contains(QStringLiteral("SHA256")));
    EXPECT_EQ(findings.components[1].name, QStringLiteral("zlib"));
    EXPECT_TRUE(findings.components[1].supplier.isEmpty()); // NOASSERTION is no supplier
}

TEST(SpdxImporter, AnotherSpdxVersionIsRefused)
{
    StrictJson json(QStringLiteral("sbom.json"));
    const Result<QJsonDocument> document = json.parse(R"({"spdxVersion": "SPDX-2.2", "packages": []})");
    ASSERT_TRUE(document.ok());
    EXPECT_EQ(refusal(SpdxImporter::read(*document, json)).code, QStringLiteral("tool.unsupported-version"));
}
