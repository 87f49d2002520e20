#pragma once

#include "criteria/Result.h"
#include "reports/ValidationData.h"

namespace starmark {

// Keeps a signed report verifiable for years (PAdES B-LT): the validation data of
// its last signature gathered (ValidationData) and added in a DSS (PdfSigner::addDss).
class PdfDss {
public:
    // Problems: ltv.*; nothing is returned unless every certificate is covered.
    static Result<QByteArray> extend(const QByteArray& signedPdf, const ValidationData::Sources& sources);
};

} // namespace starmark
