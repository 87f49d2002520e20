#include "evaluators/tools/ToolOutput.h"

#include "criteria/InputFile.h"
#include "evaluators/tools/CycloneDxImporter.h"
#include "evaluators/tools/NmapXmlImporter.h"
#include "evaluators/tools/OsvImporter.h"
#include "evaluators/tools/SpdxImporter.h"
#include "evaluators/tools/SshAuditJsonImporter.h"
#include "evaluators/tools/SslscanXmlImporter.h"
#include "evaluators/tools/StrictJson.h"
#include "evaluators/tools/TestsslJsonImporter.h"
#include "evaluators/tools/ToolLimits.h"

namespace starmark {
namespace {

Problem unknownFormat(const QString& path)
{
    return Problem::unusable(QStringLiteral("tool.unknown-format"),
        Message("ToolOutput", "this is not the output of a tool StarMark reads (%1)").arg(Message::plain(termList<ToolFormat>(toolFormats))),
        {path, 0, 0});
}

// The content decides; a format named by the caller must agree with it.
Result<ToolFormat> settle(const QString& path, std::optional<ToolFormat> detected, std::optional<ToolFormat> given)
{
    if (!detected)
        return unknownFormat(path);
    if (given && *given != *detected)
        return Problem::unusable(QStringLiteral("tool.format-mismatch"),
            Message("ToolOutput", "the file is %1 output, not %2")
                .arg(Message::plain(termName<ToolFormat>(toolFormats, *detected)))
                .arg(Message::plain(termName<ToolFormat>(toolFormats, *given))),
            {path, 0, 0});
    return *detected;
}

} // namespace

Result<ToolFindings> ToolOutput::read(const QString& path, std::optional<ToolFormat> format)
{
    Result<std::unique_ptr<QFile>> file = InputFile::open(path, ToolLimits::xmlBytes);
    if (!file)
        return file.problems();
    const QByteArray head = (*file)->peek(ToolFormatDetector::headBytes);
    if (head.trimmed().isEmpty() && (*file)->size() <= head.size())
        return Problem::unusable(QStringLiteral("tool.empty"), Message("ToolOutput", "the file is empty: the tool wrote nothing"), {path, 0, 0});
    if (ToolFormatDetector::looksLikeXml(head)) {
        const Result<ToolFormat> settled = settle(path, ToolFormatDetector::detectXml(head), format);
        if (!settled)
            return settled.problems();
        return *settled == ToolFormat::NmapXml ? NmapXmlImporter::read(**file, path) : SslscanXmlImporter::read(**file, path);
    }
    const Result<QByteArray> bytes = InputFile::read(path, ToolLimits::jsonBytes);
    if (!bytes)
        return bytes.problems();
    StrictJson json(path);
    const Result<QJsonDocument> document = json.parse(*bytes);
    if (!document)
        return document.problems();
    const Result<ToolFormat> settled = settle(path, ToolFormatDetector::detectJson(*document), format);
    if (!settled)
        return settled.problems();
    switch (*settled) {
    case ToolFormat::TestsslJson:
        return TestsslJsonImporter::read(*document, json);
    case ToolFormat::SshAuditJson:
        return SshAuditJsonImporter::read(*document, json);
    case ToolFormat::CycloneDxJson:
        return CycloneDxImporter::read(*document, json);
    case ToolFormat::SpdxJson:
        return SpdxImporter::read(*document, json);
    case ToolFormat::OsvJson:
        return OsvImporter::read(*document, json);
    case ToolFormat::NmapXml:
    case ToolFormat::SslscanXml:
        break;
    }
    return unknownFormat(path); // XML formats never come out of detectJson
}

} // namespace starmark
