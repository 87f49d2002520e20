#pragma once

#include "criteria/Catalog.h"
#include "evaluators/AssessmentFile.h"
#include "reports/PdfSigner.h"
#include "reports/SigningIdentity.h"
#include "evaluators/tools/ToolRules.h"

namespace starmark {

// The whole making of a report: the assessment and its evidence manifest as
// JSON, the rendered pages, and the signature over all of it.
class SignedReport {
public:
    struct Options {
        Language language = Language::Japanese;
        QDateTime now;
        // The shipped tool rules: needed when the assessment holds tool runs, whose
        // proposals the report lists (proposals.json) with the raw outputs attached.
        const ToolRules* toolRules = nullptr;
    };

    static std::optional<QByteArray> make(const AssessmentFile& file, const QList<const Catalog*>& chain, const SigningIdentity& identity,
        const Options& options, QString* error, const PdfSigner::Timestamper& timestamp = {}); // timestamp set: PAdES B-T

    static constexpr const char* assessmentName = "assessment.json";
    static constexpr const char* manifestName = "evidence-manifest.json";
    // IPA's checklist as a workbook, in the report's language (reports/checklist).
    static constexpr const char* checklistName = "checklist.xlsx";
    // The raw tool outputs a report may carry at most, together: verify reads a report of 64 MiB at most.
    static constexpr qint64 toolOutputBytes = 32LL * 1024 * 1024;
};

} // namespace starmark
