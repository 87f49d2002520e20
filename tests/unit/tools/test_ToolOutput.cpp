#include "ToolFixtures.h"

#include "evaluators/tools/ToolLimits.h"
#include "evaluators/tools/ToolOutput.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace starmark;
using namespace starmark::test;

TEST(ToolOutput, EveryGoldenOutputIsReadInTheFormatItsContentShows)
{
    const std::pair<const char*, ToolFormat> fixtures[] = {{"nmap-loopback.xml", ToolFormat::NmapXml},
        {"sslscan-weak.xml", ToolFormat::SslscanXml}, {"testssl-weak.json", ToolFormat::TestsslJson},
        {"ssh-audit-loopback.json", ToolFormat::SshAuditJson}, {"cyclonedx-router.json", ToolFormat::CycloneDxJson},
        {"spdx-router.json", ToolFormat::SpdxJson}, {"osv-router.json", ToolFormat::OsvJson}};
    for (const auto& [name, format] : fixtures) {
        const Result<ToolFindings> read = ToolOutput::read(toolFixture(name));
        ASSERT_TRUE(read.ok()) << name;
        EXPECT_EQ(read->format, format) << name;
        EXPECT_TRUE(ToolOutput::read(toolFixture(name), format).ok()) << name;
    }
}

TEST(ToolOutput, AFormatGivenThatTheContentDoesNotBearOutIsRefused)
{
    const Problem problem = refusal(ToolOutput::read(toolFixture("sslscan-weak.xml"), ToolFormat::NmapXml));
    EXPECT_EQ(problem.code, QStringLiteral("tool.format-mismatch"));
    EXPECT_EQ(problem.severity, Problem::Severity::Unusable);
    EXPECT_EQ(problem.where.file, toolFixture("sslscan-weak.xml"));
    EXPECT_EQ(refusal(ToolOutput::read(toolFixture("osv-router.json"), ToolFormat::SpdxJson)).code, QStringLiteral("tool.format-mismatch"));
}

TEST(ToolOutput, AFileOfNoKnownToolIsRefusedWhateverItIsCalled)
{
    QTemporaryDir dir;
    EXPECT_EQ(refusal(ToolOutput::read(writeToolFile(dir, QStringLiteral("scan.xml"), "<html><body/></html>"))).code,
        QStringLiteral("tool.unknown-format"));
    EXPECT_EQ(refusal(ToolOutput::read(writeToolFile(dir, QStringLiteral("bom.json"), "{\"hello\": 1}"))).code,
        QStringLiteral("tool.unknown-format"));
    EXPECT_EQ(refusal(ToolOutput::read(writeToolFile(dir, QStringLiteral("empty.json"), " \n"))).code, QStringLiteral("tool.empty"));
    EXPECT_EQ(refusal(ToolOutput::read(dir.filePath(QStringLiteral("absent.xml")))).code, QStringLiteral("file.missing"));
    EXPECT_EQ(refusal(ToolOutput::read(dir.path())).code, QStringLiteral("file.is-folder"));
}

TEST(ToolOutput, AJsonFileLargerThanItsLimitIsRefusedBeforeItIsRead)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("huge.json"));
    {
        // 100 MB of a plausible testssl.sh list, made here rather than committed.
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        const QByteArray entry = R"({"id": "cipher-x", "ip": "127.0.0.1/127.0.0.1", "port": "443", "severity": "INFO", "finding": "x"},)";
        file.write("[");
        const QByteArray block = entry.repeated(1 << 14);
        while (file.size() < 100LL * 1000 * 1000)
            file.write(block);
        file.write("{}]");
    }
    ASSERT_GT(QFileInfo(path).size(), ToolLimits::jsonBytes);
    const Problem problem = refusal(ToolOutput::read(path));
    EXPECT_EQ(problem.code, QStringLiteral("file.too-large"));
    EXPECT_EQ(problem.where.file, path);
}

TEST(ToolOutput, ATruncatedScanIsRefusedWithTheLineItEndsOn)
{
    QFile golden(toolFixture("nmap-loopback.xml"));
    ASSERT_TRUE(golden.open(QIODevice::ReadOnly));
    const QByteArray whole = golden.readAll();
    QTemporaryDir dir;
    const QByteArray half = whole.first(whole.size() / 2);
    const Problem problem = refusal(ToolOutput::read(writeToolFile(dir, QStringLiteral("half.xml"), half)));
    EXPECT_EQ(problem.code, QStringLiteral("tool.xml-truncated"));
    EXPECT_EQ(problem.where.line, int(half.count('\n')) + 1);
}
