#pragma once

#include "criteria/Catalog.h"
#include "evaluators/AssessmentFile.h"
#include "reports/PdfSigner.h"
#include "reports/SigningIdentity.h"

namespace starmark {

// The whole making of a report: the assessment and its evidence manifest as
// JSON, the rendered pages, and the signature over all of it.
class SignedReport {
public:
    struct Options {
        Language language = Language::Japanese;
        QDateTime now;
    };

    static std::optional<QByteArray> make(const AssessmentFile& file, const QList<const Catalog*>& chain, const SigningIdentity& identity,
        const Options& options, QString* error, const PdfSigner::Timestamper& timestamp = {}); // timestamp set: PAdES B-T

    static constexpr const char* assessmentName = "assessment.json";
    static constexpr const char* manifestName = "evidence-manifest.json";
    // IPA's checklist as a workbook, in the report's language (reports/checklist).
    static constexpr const char* checklistName = "checklist.xlsx";
};

} // namespace starmark
