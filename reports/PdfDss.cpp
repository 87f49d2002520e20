#include "reports/PdfDss.h"

#include "reports/PdfSigner.h"

namespace starmark {

Result<QByteArray> PdfDss::extend(const QByteArray& signedPdf, const ValidationData::Sources& sources)
{
    const std::optional<QByteArray> contents = PdfSigner::lastSignatureContents(signedPdf);
    if (!contents || contents->isEmpty())
        return Problem::invalid(QStringLiteral("ltv.not-signed"), Message("PdfSigner", "the PDF carries no signature to keep verifiable"));
    Result<ValidationData> data = ValidationData::gather(*contents, sources);
    if (!data)
        return data.problems();
    return PdfSigner::addDss(signedPdf, *data);
}

} // namespace starmark
