#include "ReportForgery.h"

#include "reports/PdfSigner.h"
#include "reports/ReportAttachments.h"

#include <QCryptographicHash>
#include <QRegularExpression>

#include <stdexcept>

namespace starmark::test {
namespace {

int firstNumber(const QByteArray& text, const QString& pattern)
{
    const QRegularExpressionMatch m = QRegularExpression(pattern).match(QString::fromLatin1(text));
    if (!m.hasMatch())
        throw std::runtime_error("ReportForgery: no " + pattern.toStdString() + " in the report");
    return m.captured(1).toInt();
}

QByteArray lastTrailer(const QByteArray& pdf)
{
    return pdf.mid(pdf.lastIndexOf("trailer"));
}

} // namespace

QByteArray ReportForgery::body(int number) const
{
    const QByteArray header = "\n" + QByteArray::number(number) + " 0 obj";
    const qsizetype at = pdf.lastIndexOf(header);
    if (at < 0)
        throw std::runtime_error("ReportForgery: no object " + std::to_string(number));
    const qsizetype start = at + header.size();
    return pdf.mid(start, pdf.indexOf("endobj", start) - start);
}

int ReportForgery::reference(int number, const QByteArray& key) const
{
    return firstNumber(body(number), QStringLiteral("/%1\\s*(\\d+) 0 R").arg(QString::fromLatin1(key)));
}

int ReportForgery::nextNumber() const
{
    return firstNumber(lastTrailer(pdf), QStringLiteral("/Size\\s*(\\d+)"));
}

int ReportForgery::root() const
{
    return firstNumber(lastTrailer(pdf), QStringLiteral("/Root\\s*(\\d+) 0 R"));
}

int ReportForgery::info() const
{
    return firstNumber(lastTrailer(pdf), QStringLiteral("/Info\\s*(\\d+) 0 R"));
}

int ReportForgery::embeddedFile(const QByteArray& name) const
{
    const int names = reference(root(), "Names");
    const int tree = reference(names, "EmbeddedFiles");
    QByteArray node = body(tree);
    if (node.contains("/Kids"))
        node = body(firstNumber(node, QStringLiteral("/Kids\\s*\\[\\s*(\\d+) 0 R")));
    const int spec = firstNumber(node, QStringLiteral("\\(%1\\)\\s*(\\d+) 0 R").arg(QRegularExpression::escape(QString::fromLatin1(name))));
    return firstNumber(body(spec), QStringLiteral("/EF\\s*<<\\s*/F\\s*(\\d+) 0 R"));
}

int ReportForgery::firstPage() const
{
    return firstNumber(body(reference(root(), "Pages")), QStringLiteral("/Kids\\s*\\[\\s*(\\d+) 0 R"));
}

ReportForgery& ReportForgery::append(const QMap<int, QByteArray>& objects)
{
    const qsizetype previous = firstNumber(pdf.mid(pdf.lastIndexOf("startxref")), QStringLiteral("startxref\\s*(\\d+)"));
    QByteArray update = pdf.endsWith('\n') ? QByteArray() : QByteArray("\n");
    QMap<int, qsizetype> offsets;
    for (auto it = objects.cbegin(); it != objects.cend(); ++it) {
        offsets.insert(it.key(), pdf.size() + update.size());
        update += QByteArray::number(it.key()) + " 0 obj\n" + it.value() + "\nendobj\n";
    }
    const qsizetype xref = pdf.size() + update.size();
    update += "xref\n0 1\n0000000000 65535 f \n";
    for (auto it = offsets.cbegin(); it != offsets.cend(); ++it)
        update += QByteArray::number(it.key()) + " 1\n" + QByteArray::number(it.value()).rightJustified(10, '0') + " 00000 n \n";
    const int size = std::max(nextNumber(), offsets.isEmpty() ? 0 : offsets.lastKey() + 1);
    update += "trailer\n<< /Size " + QByteArray::number(size) + " /Root " + QByteArray::number(root()) + " 0 R /Prev "
        + QByteArray::number(previous) + " >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    pdf += update;
    return *this;
}

ReportForgery& ReportForgery::swapAssessment(const QByteArray& model)
{
    const ReportAttachments contents = ReportAttachments::read(pdf).take();
    const QByteArray genuine = contents.attachments.value(QStringLiteral("assessment.json"));
    const QByteArray modelKey = "\"model\": \"";
    const qsizetype at = genuine.indexOf(modelKey) + modelKey.size();
    QByteArray forged = genuine;
    forged.replace(at, genuine.indexOf('"', at) - at, model);
    QByteArray catalog = body(root());
    catalog.replace(
        contents.recorded.value(QStringLiteral("assessment.json")), QCryptographicHash::hash(forged, QCryptographicHash::Sha256).toHex());
    return append({{embeddedFile("assessment.json"),
                       "<< /Type /EmbeddedFile /Length " + QByteArray::number(forged.size()) + " >>\nstream\n" + forged + "\nendstream"},
        {root(), catalog}});
}

ReportForgery& ReportForgery::paintOverFirstPage(const QByteArray& text)
{
    const int page = firstPage();
    const int paint = nextNumber(), font = paint + 1;
    const QByteArray content = "q 1 1 1 rg 0 600 595 242 re f Q BT /Helv 28 Tf 60 760 Td (" + text + ") Tj ET";
    QByteArray dictionary = body(page);
    const int contents = reference(page, "Contents");
    dictionary.replace(QByteArray("/Contents ") + QByteArray::number(contents) + " 0 R",
        "/Contents [" + QByteArray::number(contents) + " 0 R " + QByteArray::number(paint) + " 0 R]");
    // The page's fonts gain Helvetica, so that every viewer shows the new text.
    const int resources = reference(page, "Resources");
    QByteArray fonts = body(resources);
    fonts.insert(fonts.indexOf("<<", fonts.indexOf("/Font")) + 2, " /Helv " + QByteArray::number(font) + " 0 R ");
    return append({{page, dictionary}, {resources, fonts},
        {paint, "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content + "\nendstream"},
        {font, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"}});
}

ReportForgery& ReportForgery::addInnocuousObject()
{
    return append({{nextNumber(), "<< /Note (nothing to see here) >>"}});
}

ReportForgery& ReportForgery::signAgain(const SigningIdentity& identity)
{
    PdfSigner::Request request;
    request.reason = QStringLiteral("countersigned");
    request.signingTime = QDateTime(QDate(2026, 11, 22), QTime(9, 0), Qt::UTC);
    request.kind = PdfSigner::Kind::Approval;
    QString error;
    const std::optional<QByteArray> signedPdf = PdfSigner::sign(pdf, request, identity, &error);
    if (!signedPdf)
        throw std::runtime_error("ReportForgery: " + error.toStdString());
    pdf = *signedPdf;
    return *this;
}

} // namespace starmark::test
