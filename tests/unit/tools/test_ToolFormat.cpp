#include "evaluators/tools/ToolFormat.h"

#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace starmark;

TEST(ToolFormat, XmlIsKnownByItsRootElementNotItsName)
{
    EXPECT_TRUE(ToolFormatDetector::looksLikeXml("\xEF\xBB\xBF  \n<?xml version=\"1.0\"?>"));
    EXPECT_FALSE(ToolFormatDetector::looksLikeXml("  {\"bomFormat\": 1}"));
    EXPECT_EQ(ToolFormatDetector::detectXml("<?xml version=\"1.0\"?>\n<!DOCTYPE nmaprun>\n<nmaprun scanner=\"nmap\"><host>"),
        ToolFormat::NmapXml);
    EXPECT_EQ(ToolFormatDetector::detectXml("<document title=\"SSLScan Results\" version=\"2.0.7\">"), ToolFormat::SslscanXml);
    EXPECT_EQ(ToolFormatDetector::detectXml("<document title=\"Something else\">"), std::nullopt);
    EXPECT_EQ(ToolFormatDetector::detectXml("<svg/>"), std::nullopt);
    EXPECT_EQ(ToolFormatDetector::detectXml("<"), std::nullopt);
}

TEST(ToolFormat, JsonIsKnownByItsCharacteristicKeys)
{
    const auto detect = [](const char* text) { return ToolFormatDetector::detectJson(QJsonDocument::fromJson(text)); };
    EXPECT_EQ(detect(R"([{"id": "TLS1", "ip": "a", "port": "443", "severity": "LOW", "finding": "offered"}])"), ToolFormat::TestsslJson);
    EXPECT_EQ(detect(R"({"bomFormat": "CycloneDX", "specVersion": "1.5"})"), ToolFormat::CycloneDxJson);
    EXPECT_EQ(detect(R"({"spdxVersion": "SPDX-2.3"})"), ToolFormat::SpdxJson);
    EXPECT_EQ(detect(R"({"banner": {"raw": "SSH-2.0"}, "kex": []})"), ToolFormat::SshAuditJson);
    EXPECT_EQ(detect(R"({"results": []})"), ToolFormat::OsvJson);
    EXPECT_EQ(detect(R"({"bomFormat": "SPDX"})"), std::nullopt);
    EXPECT_EQ(detect(R"([1, 2])"), std::nullopt);
    EXPECT_EQ(detect(R"({})"), std::nullopt);
}
