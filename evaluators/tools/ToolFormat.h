#pragma once

#include "criteria/Vocabulary.h"

#include <QByteArray>
#include <QJsonDocument>

#include <optional>

namespace starmark {

// The tool output formats StarMark reads (evaluators/tools/*Importer).
enum class ToolFormat { NmapXml, SslscanXml, TestsslJson, SshAuditJson, CycloneDxJson, SpdxJson, OsvJson };

inline constexpr Term<ToolFormat> toolFormats[] = {{ToolFormat::NmapXml, "nmap"}, {ToolFormat::SslscanXml, "sslscan"},
    {ToolFormat::TestsslJson, "testssl"}, {ToolFormat::SshAuditJson, "ssh-audit"}, {ToolFormat::CycloneDxJson, "cyclonedx"},
    {ToolFormat::SpdxJson, "spdx"}, {ToolFormat::OsvJson, "osv"}};

// Which format a file is in, from its content (the root element of XML, the
// characteristic keys of JSON), never from its name: a file named .xml may be anything.
class ToolFormatDetector {
public:
    static constexpr qsizetype headBytes = 64 * 1024;
    // Whether the text starts like XML (after a byte order mark and white space).
    static bool looksLikeXml(const QByteArray& head);
    // From the first bytes of an XML file: its root element.
    static std::optional<ToolFormat> detectXml(const QByteArray& head);
    static std::optional<ToolFormat> detectJson(const QJsonDocument& document);
};

} // namespace starmark
