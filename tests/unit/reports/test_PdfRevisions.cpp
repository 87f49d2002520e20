#include "ReportFixture.h"
#include "ReportForgery.h"

#include "reports/PdfRevisions.h"

#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace starmark;
using namespace starmark::test;

namespace {

// The author's /ByteRange: the first in the file.
std::array<qint64, 4> authorRange(const QByteArray& pdf)
{
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("/ByteRange\\s*\\[\\s*(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)"))
                                          .match(QString::fromLatin1(pdf.mid(pdf.indexOf("/ByteRange"), 80)));
    return {m.captured(1).toLongLong(), m.captured(2).toLongLong(), m.captured(3).toLongLong(), m.captured(4).toLongLong()};
}

// Where the last signature's byte range ends.
qint64 lastSigned(const QByteArray& pdf)
{
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("/ByteRange\\s*\\[\\s*\\d+\\s+\\d+\\s+(\\d+)\\s+(\\d+)"))
                                          .match(QString::fromLatin1(pdf.mid(pdf.lastIndexOf("/ByteRange"), 80)));
    return m.captured(1).toLongLong() + m.captured(2).toLongLong();
}

PdfRevisions read(const QByteArray& pdf)
{
    return PdfRevisions::read(pdf, authorRange(ReportFixture::instance().signedCameraReport()), lastSigned(pdf));
}

QString changes(const PdfRevisions& r)
{
    QStringList out;
    for (const PdfRevisions::Change& c : r.changes)
        out << QString::number(c.object) + QStringLiteral(": ") + c.what;
    return out.join(QLatin1Char('\n'));
}

bool names(const PdfRevisions& r, int object, const QString& says)
{
    for (const PdfRevisions::Change& c : r.changes)
        if (c.object == object && c.what.contains(says))
            return true;
    return false;
}

} // namespace

TEST(PdfRevisions, AnHonestReportCertifiesThatNoChangeIsPermittedAndHasNothingAfter)
{
    const PdfRevisions r = read(ReportFixture::instance().signedCameraReport());
    EXPECT_TRUE(r.problem.isEmpty()) << r.problem.toStdString();
    EXPECT_EQ(r.permission, 1);
    EXPECT_EQ(r.laterRevisions, 0);
    EXPECT_TRUE(r.changes.isEmpty()) << changes(r).toStdString();
}

TEST(PdfRevisions, AFurtherSignatureChangesNothing)
{
    ReportForgery twice(ReportFixture::instance().signedCameraReport());
    twice.signAgain(ReportFixture::instance().identity(QStringLiteral("lab")));
    ReportForgery thrice(twice.pdf);
    thrice.signAgain(ReportFixture::instance().identity(QStringLiteral("certification-body")));
    const PdfRevisions r = read(thrice.pdf);
    EXPECT_EQ(r.laterRevisions, 2);
    EXPECT_TRUE(r.changes.isEmpty()) << changes(r).toStdString();
}

TEST(PdfRevisions, ASwappedAssessmentIsNamed)
{
    ReportForgery forgery(ReportFixture::instance().signedCameraReport());
    const int file = forgery.embeddedFile("assessment.json");
    const int catalog = forgery.root();
    forgery.swapAssessment("MS-CAM999");
    const PdfRevisions r = read(forgery.pdf);
    EXPECT_TRUE(names(r, file, QStringLiteral("object %1 (the embedded file assessment.json) was replaced").arg(file)))
        << changes(r).toStdString();
    EXPECT_TRUE(names(r, catalog, QStringLiteral("(the catalog): /StarMark changed"))) << changes(r).toStdString();
}

TEST(PdfRevisions, APagePaintedOverIsNamed)
{
    ReportForgery forgery(ReportFixture::instance().signedCameraReport());
    const int page = forgery.firstPage();
    const int paint = forgery.nextNumber();
    const int resources = forgery.reference(page, "Resources");
    forgery.paintOverFirstPage("MS-CAM999");
    const PdfRevisions r = read(forgery.pdf);
    EXPECT_TRUE(names(r, page, QStringLiteral("object %1 (page 1): /Contents changed").arg(page))) << changes(r).toStdString();
    EXPECT_TRUE(names(r, resources, QStringLiteral("object %1 (the resources of page 1) was changed: /Font").arg(resources)))
        << changes(r).toStdString();
    EXPECT_TRUE(names(r, paint, QStringLiteral("(a stream, new) was added, and is not a signature, its field or validation data")))
        << changes(r).toStdString();
}

TEST(PdfRevisions, AnyOtherNewObjectIsNamed)
{
    ReportForgery forgery(ReportFixture::instance().signedCameraReport());
    const int added = forgery.nextNumber();
    forgery.addInnocuousObject();
    const PdfRevisions r = read(forgery.pdf);
    EXPECT_TRUE(names(r, added, QStringLiteral("object %1 (a dictionary, new) was added").arg(added))) << changes(r).toStdString();

    // A signature field that shows on the page could paint over it like any stream.
    ReportForgery widget(ReportFixture::instance().signedCameraReport());
    const int field = widget.nextNumber();
    widget.append({{field, "<< /Type /Annot /Subtype /Widget /FT /Sig /Rect [0 0 595 842] /T (x) /F 4 >>"}});
    EXPECT_TRUE(names(read(widget.pdf), field, QStringLiteral("not an invisible signature field")))
        << changes(read(widget.pdf)).toStdString();
}

TEST(PdfRevisions, AnAnnotationOrAVisibleAuthorsFieldOverThePageIsNamed)
{
    ReportForgery forgery(ReportFixture::instance().signedCameraReport());
    const int page = forgery.firstPage();
    const int annots = forgery.reference(page, "Annots");
    const int authors = forgery.reference(forgery.reference(forgery.root(), "AcroForm"), "Fields\\s*\\[\\s*");
    const int note = forgery.nextNumber();
    QByteArray list = forgery.body(annots);
    list.insert(list.lastIndexOf(']'), " " + QByteArray::number(note) + " 0 R");
    ReportForgery annotated(forgery.pdf);
    annotated.append({{annots, list},
        {note, "<< /Type /Annot /Subtype /FreeText /Rect [40 700 560 800] /Contents (MS-CAM999) /DA (/Helv 28 Tf 0 g) /F 4 >>"}});
    const PdfRevisions r = read(annotated.pdf);
    EXPECT_TRUE(names(r, note, QStringLiteral("was added to the form or a page's annotations and is not a new signature field")))
        << changes(r).toStdString();
    EXPECT_TRUE(names(r, note, QStringLiteral("(a /Annot dictionary, new) was added"))) << changes(r).toStdString();

    // The author's own (invisible) signature field made visible.
    QByteArray field = forgery.body(authors);
    field.replace("/Rect[ 0 0 0 0]", "/Rect[ 40 700 560 800]");
    ReportForgery shown(forgery.pdf);
    shown.append({{authors, field}});
    EXPECT_TRUE(names(read(shown.pdf), authors, QStringLiteral("(the signature field StarMarkSignature1) was changed: /Rect")))
        << changes(read(shown.pdf)).toStdString();
}

TEST(PdfRevisions, DeletedHiddenAndMisplacedObjectsAreNamed)
{
    const QByteArray report = ReportFixture::instance().signedCameraReport();
    ReportForgery forgery(report);
    const int content = forgery.reference(forgery.firstPage(), "Contents");

    ReportForgery deleted(report);
    deleted.append({});
    deleted.pdf.replace(deleted.pdf.lastIndexOf("xref\n0 1\n"), 28,
        "xref\n0 1\n0000000000 65535 f \n" + QByteArray::number(content) + " 1\n0000000000 00001 f \n");
    EXPECT_TRUE(names(read(deleted.pdf), content, QStringLiteral("(the content stream of page 1) was deleted")))
        << changes(read(deleted.pdf)).toStdString();

    // Listed at another offset than where it stands: a reader that follows the table and one that scans would see different files.
    ReportForgery hidden(report);
    const int note = hidden.nextNumber();
    hidden.addInnocuousObject();
    const qsizetype entry = hidden.pdf.lastIndexOf(" 00000 n \n") - 10;
    hidden.pdf.replace(entry, 10, "0000000100");
    EXPECT_TRUE(
        names(read(hidden.pdf), note, QStringLiteral("is in update 1 after the author's signature but not in its cross-reference table")))
        << changes(read(hidden.pdf)).toStdString();

    ReportForgery rechained(report);
    rechained.append({{rechained.nextNumber(), "<< >>"}});
    rechained.pdf.replace(rechained.pdf.lastIndexOf("/Prev "), 7, "/Prev 9");
    EXPECT_TRUE(names(read(rechained.pdf), 0, QStringLiteral("its /Prev does not chain"))) << changes(read(rechained.pdf)).toStdString();

    EXPECT_TRUE(names(read(report + "1 0 obj\n<< /Title (x) >>\nendobj\n"), 0, QStringLiteral("incomplete")));
    EXPECT_TRUE(names(read(report + "%% a comment, then garbage\n]]\n"), 0, QStringLiteral("cannot be read")));
}

TEST(PdfRevisions, CompressedUpdatesAreNotReadButRefused)
{
    ReportForgery forgery(ReportFixture::instance().signedCameraReport());
    const int stream = forgery.nextNumber();
    forgery.append({{stream, "<< /Type /ObjStm /N 1 /First 4 /Length 12 >>\nstream\n2 0 << >>   \nendstream"}});
    EXPECT_TRUE(names(read(forgery.pdf), stream, QStringLiteral("compressed object stream"))) << changes(read(forgery.pdf)).toStdString();

    // An update indexed by a cross-reference stream instead of a table.
    const QByteArray report = ReportFixture::instance().signedCameraReport();
    const QByteArray xrefStream = "\n" + QByteArray::number(stream) + " 0 obj\n<< /Type /XRef /Size " + QByteArray::number(stream + 1)
        + " /W [1 4 1] /Root 2 0 R /Length 0 >>\nstream\n\nendstream\nendobj\nstartxref\n" + QByteArray::number(report.size() + 1)
        + "\n%%EOF\n";
    EXPECT_TRUE(names(read(report + xrefStream), 0, QStringLiteral("not cross-reference streams")))
        << changes(read(report + xrefStream)).toStdString();
}

TEST(PdfRevisions, TheAuthorsRevisionMustBeReadable)
{
    const QByteArray report = ReportFixture::instance().signedCameraReport();
    std::array<qint64, 4> range = authorRange(report);
    range[3] -= 3; // ends inside %%EOF
    EXPECT_FALSE(PdfRevisions::read(report, range).problem.isEmpty());
    range[3] += 1000000;
    EXPECT_TRUE(PdfRevisions::read(report, range).problem.contains(QStringLiteral("does not lie within the file")));
    EXPECT_FALSE(PdfRevisions::read("%PDF-1.4\ngarbage", {0, 2, 4, 3}).problem.isEmpty());
}

TEST(PdfRevisions, TheDocumentInformationMayChangeOnlyItsModificationDate)
{
    ReportForgery forgery(ReportFixture::instance().signedCameraReport());
    const int info = forgery.info();
    ASSERT_TRUE(forgery.body(info).contains("/Title"));
    ReportForgery touched(forgery.pdf);
    touched.append({{info, "<< /Title (MS-CAM100) /Producer (x) /ModDate (D:20270101000000Z) >>"}});
    EXPECT_TRUE(names(read(touched.pdf), info,
        QStringLiteral("(the document information dictionary) was changed: /CreationDate, /Creator, /Producer, /Title")))
        << changes(read(touched.pdf)).toStdString();
    QByteArray dated = forgery.body(info);
    dated.replace(dated.indexOf("/ModDate(") + 9, 16, "D:20270101000000");
    ReportForgery redated(forgery.pdf);
    redated.append({{info, dated}});
    EXPECT_TRUE(read(redated.pdf).changes.isEmpty()) << changes(read(redated.pdf)).toStdString();

    // Nor may an update point the trailer at information of its own.
    ReportForgery retitled(forgery.pdf);
    retitled.append({{forgery.nextNumber(), "<< /Title (MS-CAM999) >>"}});
    retitled.pdf.replace(retitled.pdf.lastIndexOf("/Root "), 6, "/Info " + QByteArray::number(forgery.nextNumber()) + " 0 R /Root ");
    EXPECT_TRUE(names(read(retitled.pdf), 0, QStringLiteral("names another document information dictionary (/Info)")))
        << changes(read(retitled.pdf)).toStdString();
}

// ISO 32000-2:2020 12.8.5.3 (and ETSI EN 319 142-1's B-LT): validation data added in a DSS is not a change.
TEST(PdfRevisions, ValidationDataInADssIsNotAChangeButWhatItReachesMustBeJustThat)
{
    ReportForgery forgery(ReportFixture::instance().signedCameraReport());
    const int dss = forgery.nextNumber(), certificate = dss + 1;
    QByteArray catalog = forgery.body(forgery.root());
    catalog.insert(catalog.lastIndexOf(">>"), "/DSS " + QByteArray::number(dss) + " 0 R");
    const QByteArray der(300, '\x30');
    ReportForgery withDss(forgery.pdf);
    withDss.append({{forgery.root(), catalog}, {dss, "<< /Type /DSS /Certs [" + QByteArray::number(certificate) + " 0 R] >>"},
        {certificate, "<< /Length 300 >>\nstream\n" + der + "\nendstream"}});
    EXPECT_TRUE(read(withDss.pdf).changes.isEmpty()) << changes(read(withDss.pdf)).toStdString();

    // A "certificate" that is an image or a page is not validation data.
    ReportForgery smuggled(forgery.pdf);
    smuggled.append({{forgery.root(), catalog}, {dss, "<< /Type /DSS /Certs [" + QByteArray::number(certificate) + " 0 R] >>"},
        {certificate, "<< /Type /XObject /Subtype /Image /Width 1 /Height 1 /Length 300 >>\nstream\n" + der + "\nendstream"}});
    EXPECT_TRUE(names(read(smuggled.pdf), certificate, QStringLiteral("(a /XObject stream, new) was added")))
        << changes(read(smuggled.pdf)).toStdString();

    // Nor may the catalog change anything else on the way.
    QByteArray opened = catalog;
    opened.insert(opened.lastIndexOf(">>"), "/OpenAction << /S /URI /URI (https://example.org) >>");
    ReportForgery action(forgery.pdf);
    action.append({{forgery.root(), opened}, {dss, "<< /Type /DSS >>"}});
    EXPECT_TRUE(names(read(action.pdf), forgery.root(), QStringLiteral("(the catalog): /OpenAction changed")))
        << changes(read(action.pdf)).toStdString();
}

// PAdES: a DSS may follow the last signature; StarMark lets nothing else stand where no signature covers it.
TEST(PdfRevisions, AfterTheLastSignatureOnlyValidationDataMayFollow)
{
    ReportForgery twice(ReportFixture::instance().signedCameraReport());
    twice.signAgain(ReportFixture::instance().identity(QStringLiteral("lab")));
    const int dss = twice.nextNumber(), certificate = dss + 1;
    QByteArray catalog = twice.body(twice.root());
    catalog.insert(catalog.lastIndexOf(">>"), "/DSS " + QByteArray::number(dss) + " 0 R");
    ReportForgery kept(twice.pdf);
    kept.append({{twice.root(), catalog}, {dss, "<< /Type /DSS /Certs [" + QByteArray::number(certificate) + " 0 R] >>"},
        {certificate, "<< /Length 3 >>\nstream\n0\x03\x01\nendstream"}});
    const PdfRevisions r = read(kept.pdf);
    EXPECT_TRUE(r.changes.isEmpty()) << changes(r).toStdString();
    EXPECT_TRUE(r.onlyValidationAfterLast);
    EXPECT_EQ(r.validation.certificates, QList<QByteArray>{QByteArray("0\x03\x01")});
    EXPECT_FALSE(read(twice.pdf).onlyValidationAfterLast) << "nothing follows the last signature";

    // A signature field with nothing signed in it is no validation data.
    ReportForgery field(kept.pdf);
    const int widget = field.nextNumber();
    field.append({{widget, "<< /Type /Annot /Subtype /Widget /FT /Sig /Rect [0 0 0 0] /F 132 /T (Later) >>"}});
    const PdfRevisions after = read(field.pdf);
    EXPECT_FALSE(after.onlyValidationAfterLast);
    EXPECT_TRUE(names(after, widget, QStringLiteral("follows the last signature, after which only validation data (a DSS) may be added")))
        << changes(after).toStdString();
}

// Other writers compress their DSS streams: FlateDecode is read, any other filter is left out.
TEST(PdfRevisions, TheDssStreamsAreReadPlainOrFlateDecoded)
{
    ReportForgery forgery(ReportFixture::instance().signedCameraReport());
    const int dss = forgery.nextNumber(), plain = dss + 1, flate = dss + 2, other = dss + 3;
    QByteArray catalog = forgery.body(forgery.root());
    catalog.insert(catalog.lastIndexOf(">>"), "/DSS " + QByteArray::number(dss) + " 0 R");
    const QByteArray crl(200, 'c');
    const QByteArray deflated = qCompress(crl).mid(4); // zlib, without Qt's size prefix
    ReportForgery kept(forgery.pdf);
    kept.append({{forgery.root(), catalog},
        {dss, "<< /Type /DSS /CRLs [" + QByteArray::number(plain) + " 0 R " + QByteArray::number(flate) + " 0 R " + QByteArray::number(other)
                + " 0 R] >>"},
        {plain, "<< /Length 200 >>\nstream\n" + crl + "\nendstream"},
        {flate, "<< /Filter /FlateDecode /Length " + QByteArray::number(deflated.size()) + " >>\nstream\n" + deflated + "\nendstream"},
        {other, "<< /Filter /ASCIIHexDecode /Length 4 >>\nstream\n6363\nendstream"}});
    const PdfRevisions r = read(kept.pdf);
    EXPECT_TRUE(r.changes.isEmpty()) << changes(r).toStdString();
    EXPECT_EQ(r.validation.crls, (QList<QByteArray>{crl, crl}));
}
