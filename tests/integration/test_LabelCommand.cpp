// Labels as a printer and a consumer's phone meet them: the artwork scanned by
// zbarimg (PNG directly, SVG through rsvg-convert, PDF through pdftoppm), and
// `starmark verify-label` on photos and URLs, on both sides of each date.
#include "CliRunner.h"
#include "ReportForgery.h"

#include "reports/SigningIdentity.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace starmark::test;

namespace {

class Labels : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        dir = new QTemporaryDir;
        ASSERT_EQ(runStarmark({QStringLiteral("keys"), QStringLiteral("demo-pki"), path(QStringLiteral("pki"))}).code, 0);
        ASSERT_EQ(runStarmark(
                      {QStringLiteral("assess"), QStringLiteral("import"), demoFolder("camera-star1") + QStringLiteral("/declaration.yaml"),
                          QStringLiteral("-o"), path(QStringLiteral("cam.starmark"))})
                      .code,
            0);
    }
    static void TearDownTestSuite() { delete dir; }
    static QString path(const QString& name) { return dir->filePath(name); }
    static CliResult label(const QString& output, const QStringList& more = {})
    {
        return runStarmark(QStringList{QStringLiteral("label"), path(QStringLiteral("cam.starmark")), QStringLiteral("--issuer-key"),
                               path(QStringLiteral("pki/label-issuer.key")), QStringLiteral("--registration"),
                               QStringLiteral("JCS-26-000123"), QStringLiteral("-o"), output}
            + more);
    }
    static CliResult verifyLabel(const QString& what, const QString& now = {})
    {
        return runStarmark(
            {QStringLiteral("verify-label"), what, QStringLiteral("--trust"), path(QStringLiteral("pki/label-issuer.pub.pem"))}, {}, now);
    }
    static QString scan(const QString& png)
    {
        return runTool(QStringLiteral("zbarimg"), {QStringLiteral("--raw"), QStringLiteral("-q"), QStringLiteral("--nodbus"), png})
            .out.trimmed();
    }
    // What is in the temporary folder, to show that a refused command wrote nothing.
    static QStringList everything()
    {
        QStringList all;
        QDirIterator it(dir->path(), QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext())
            all << it.next();
        all.sort();
        return all;
    }
    static inline QTemporaryDir* dir = nullptr;
};

} // namespace

TEST_F(Labels, ZbarimgReadsTheExactUrlFromEveryFormatAndSize)
{
    for (const QString& size : {QStringLiteral("standard"), QStringLiteral("small")}) {
        QString url;
        for (const QString& format : {QStringLiteral("png"), QStringLiteral("svg"), QStringLiteral("pdf")}) {
            const QString file = path(QStringLiteral("%1.%2").arg(size, format));
            const CliResult run = label(file, {QStringLiteral("--size"), size});
            ASSERT_EQ(run.code, 0) << run.err.toStdString();
            EXPECT_TRUE(run.out.contains(QStringLiteral("QR version "))) << run.out.toStdString();
            QString png = file;
            if (format == QLatin1String("svg")) {
                png = file + QStringLiteral(".png");
                ASSERT_EQ(runTool(QStringLiteral("rsvg-convert"),
                              {QStringLiteral("-d"), QStringLiteral("600"), QStringLiteral("-p"), QStringLiteral("600"), file,
                                  QStringLiteral("-o"), png})
                              .code,
                    0);
            } else if (format == QLatin1String("pdf")) {
                png = file + QStringLiteral("-page");
                ASSERT_EQ(
                    runTool(QStringLiteral("pdftoppm"),
                        {QStringLiteral("-r"), QStringLiteral("600"), QStringLiteral("-png"), QStringLiteral("-singlefile"), file, png})
                        .code,
                    0);
                png += QStringLiteral(".png");
            }
            const QString scanned
                = runTool(QStringLiteral("zbarimg"), {QStringLiteral("--raw"), QStringLiteral("-q"), QStringLiteral("--nodbus"), png})
                      .out.trimmed();
            EXPECT_TRUE(scanned.startsWith(QStringLiteral("HTTPS://LABEL.STARMARK.EXAMPLE/L/JCS-26-000123/")))
                << size.toStdString() << " " << format.toStdString() << ": " << scanned.toStdString();
            if (url.isEmpty())
                url = scanned;
            EXPECT_EQ(scanned.size(), url.size()) << format.toStdString();
            EXPECT_EQ(verifyLabel(scanned).code, 0) << format.toStdString();
        }
    }
}

TEST_F(Labels, APhotoOfTheLabelVerifies)
{
    ASSERT_EQ(label(path(QStringLiteral("photo.png"))).code, 0);
    const CliResult run = verifyLabel(path(QStringLiteral("photo.png")));
    EXPECT_EQ(run.code, 0) << run.out.toStdString() << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("label JCS-26-000123  ★1  common  model MS-CAM100  firmware 2.4.1")));
    EXPECT_TRUE(run.out.contains(QStringLiteral("security updates until 2031-03-31")));
    EXPECT_TRUE(run.out.contains(QStringLiteral("status: VALID")));
}

TEST_F(Labels, DatesAreCheckedOnBothSidesOfEachEnd)
{
    ASSERT_EQ(label(path(QStringLiteral("dated.png")), {QStringLiteral("--valid-until"), QStringLiteral("2028-06-30")}).code, 0);
    const QString url = runTool(QStringLiteral("zbarimg"),
        {QStringLiteral("--raw"), QStringLiteral("-q"), QStringLiteral("--nodbus"), path(QStringLiteral("dated.png"))})
                            .out.trimmed();
    EXPECT_EQ(verifyLabel(url, QStringLiteral("2028-06-30T23:00:00Z")).code, 0);
    CliResult after = verifyLabel(url, QStringLiteral("2028-07-01T01:00:00Z"));
    EXPECT_EQ(after.code, 1);
    EXPECT_TRUE(after.out.contains(QStringLiteral("status: LABEL EXPIRED"))) << after.out.toStdString();

    // The camera's security updates end on 2031-03-31; a label issued late in support outlives it.
    ASSERT_EQ(label(path(QStringLiteral("late.png")), {}).code, 0);
    const QString lateUrl = runTool(QStringLiteral("zbarimg"),
        {QStringLiteral("--raw"), QStringLiteral("-q"), QStringLiteral("--nodbus"), path(QStringLiteral("late.png"))})
                                .out.trimmed();
    const CliResult issuedLate
        = runStarmark({QStringLiteral("label"), path(QStringLiteral("cam.starmark")), QStringLiteral("--issuer-key"),
                          path(QStringLiteral("pki/label-issuer.key")), QStringLiteral("--registration"), QStringLiteral("JCS-30-000777"),
                          QStringLiteral("-o"), path(QStringLiteral("support.png"))},
            {}, QStringLiteral("2030-06-01T09:00:00Z"));
    ASSERT_EQ(issuedLate.code, 0) << issuedLate.err.toStdString();
    const QString supportUrl = runTool(QStringLiteral("zbarimg"),
        {QStringLiteral("--raw"), QStringLiteral("-q"), QStringLiteral("--nodbus"), path(QStringLiteral("support.png"))})
                                   .out.trimmed();
    EXPECT_EQ(verifyLabel(supportUrl, QStringLiteral("2031-03-31T12:00:00Z")).code, 0);
    after = verifyLabel(supportUrl, QStringLiteral("2031-04-01T12:00:00Z"));
    EXPECT_EQ(after.code, 1);
    EXPECT_TRUE(after.out.contains(QStringLiteral("status: SUPPORT ENDED"))) << after.out.toStdString();
    EXPECT_FALSE(lateUrl.isEmpty());
}

TEST_F(Labels, ForgedAndForeignLabelsAreRefused)
{
    ASSERT_EQ(label(path(QStringLiteral("genuine.png"))).code, 0);
    const QString url = runTool(QStringLiteral("zbarimg"),
        {QStringLiteral("--raw"), QStringLiteral("-q"), QStringLiteral("--nodbus"), path(QStringLiteral("genuine.png"))})
                            .out.trimmed();
    QString forged = url;
    const qsizetype at = url.size() - 120; // inside the signed fields
    forged[at] = forged[at] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
    const CliResult run = verifyLabel(forged);
    EXPECT_NE(run.code, 0);
    ASSERT_EQ(runStarmark({QStringLiteral("keys"), QStringLiteral("demo-pki"), path(QStringLiteral("other"))}).code, 0);
    const CliResult foreign
        = runStarmark({QStringLiteral("verify-label"), url, QStringLiteral("--trust"), path(QStringLiteral("other/label-issuer.pub.pem"))});
    EXPECT_EQ(foreign.code, 1);
    EXPECT_TRUE(foreign.out.contains(QStringLiteral("status: UNTRUSTED"))) << foreign.out.toStdString();
}

TEST_F(Labels, UnusableInputExitsTwo)
{
    QFile text(path(QStringLiteral("notes.png")));
    ASSERT_TRUE(text.open(QIODevice::WriteOnly));
    text.write("not an image");
    text.close();
    const QStringList inputs{QStringLiteral("HTTPS://LABEL.STARMARK.EXAMPLE/L/X/TOOSHORT"), QString(3000, QLatin1Char('A')),
        QStringLiteral("https://example.com/nothing"), path(QStringLiteral("notes.png")), path(QStringLiteral("missing.png")),
        demoFolder("camera-star1") + QStringLiteral("/evidence/model-label.txt")};
    for (const QString& input : inputs) {
        const CliResult run = verifyLabel(input);
        EXPECT_EQ(run.code, 2) << input.left(60).toStdString() << ": " << run.out.toStdString();
        EXPECT_TRUE(run.err.startsWith(QStringLiteral("error: "))) << input.left(60).toStdString();
    }
    QImage blank(200, 200, QImage::Format_RGB32);
    blank.fill(Qt::white);
    blank.save(path(QStringLiteral("blank.png")));
    const CliResult none = verifyLabel(path(QStringLiteral("blank.png")));
    EXPECT_EQ(none.code, 2);
    EXPECT_TRUE(none.err.contains(QStringLiteral("no QR code found")));
}

TEST_F(Labels, BatchWritesOneLabelPerRow)
{
    QFile csv(path(QStringLiteral("batch.csv")));
    ASSERT_TRUE(csv.open(QIODevice::WriteOnly));
    csv.write("registration,level,category,model,firmware,evaluated,support_until\n"
              "JCS-26-000201,1,common,MS-CAM100,2.4.1,2026-11-01,2031-03-31\n"
              "JCS-26-000202,2,router,SN-R5000,4.1.0,2026-11-02,2032-03-31\n");
    csv.close();
    const CliResult run = runStarmark({QStringLiteral("label"), QStringLiteral("--batch"), path(QStringLiteral("batch.csv")),
        QStringLiteral("--issuer-key"), path(QStringLiteral("pki/label-issuer.key")), QStringLiteral("--format"), QStringLiteral("png"),
        QStringLiteral("-o"), path(QStringLiteral("batch"))});
    EXPECT_EQ(run.code, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("2 label(s) written"))) << run.out.toStdString();
    EXPECT_EQ(verifyLabel(path(QStringLiteral("batch/JCS-26-000202.png"))).code, 0);
}

TEST_F(Labels, ABatchWithOneBadRowWritesNothingAndNamesRowAndColumn)
{
    QFile csv(path(QStringLiteral("bad-batch.csv")));
    ASSERT_TRUE(csv.open(QIODevice::WriteOnly));
    csv.write("registration,level,category,model,firmware,evaluated,support_until\n"
              "JCS-26-000301,1,common,MS-CAM100,2.4.1,2026-11-01,2031-03-31\n"
              "JCS-26-000302,1,common,MS-CAM100,2.4.1,2026-11-01,2026-10-31\n"
              "JCS-26-000303,9,router,SN-R5000,4.1.0,2026-11-02,2032-03-31\n");
    csv.close();
    const QStringList before = everything();
    const CliResult run = runStarmark(
        {QStringLiteral("label"), QStringLiteral("--batch"), path(QStringLiteral("bad-batch.csv")), QStringLiteral("--issuer-key"),
            path(QStringLiteral("pki/label-issuer.key")), QStringLiteral("-o"), path(QStringLiteral("bad-batch"))});
    EXPECT_EQ(run.code, 2) << run.out.toStdString();
    // Each bad field at its row and column, in the CLI's language: the place and the data it names.
    const QStringList lines = run.err.split(QLatin1Char('\n'));
    const auto line = [&](const QString& start) {
        return std::find_if(lines.cbegin(), lines.cend(), [&](const QString& l) { return l.startsWith(start); }) != lines.cend();
    };
    EXPECT_TRUE(line(QStringLiteral("error: %1:3:7: support_until: ").arg(path(QStringLiteral("bad-batch.csv")))) && run.err.contains(QStringLiteral("2026-10-31")))
        << run.err.toStdString();
    EXPECT_TRUE(line(QStringLiteral("error: %1:4:2: level: '9'").arg(path(QStringLiteral("bad-batch.csv"))))) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("no labels written"))) << run.err.toStdString();
    EXPECT_EQ(everything(), before) << "not even the good row's label, nor the output folder";
}

TEST_F(Labels, OnlyARegistrationNumberAsTheRegistryAssignsThemIsSigned)
{
    const QStringList before = everything();
    for (const QString& bad :
        {QStringLiteral("ABC"), QStringLiteral("JCS-26-000123/../../x"), QStringLiteral("JCS-26-0001234"), QString()}) {
        const CliResult run = runStarmark({QStringLiteral("label"), path(QStringLiteral("cam.starmark")), QStringLiteral("--issuer-key"),
            path(QStringLiteral("pki/label-issuer.key")), QStringLiteral("--registration"), bad, QStringLiteral("-o"),
            path(QStringLiteral("forged.svg"))});
        EXPECT_EQ(run.code, 2) << bad.toStdString();
        EXPECT_TRUE(run.err.contains(QStringLiteral("--registration '%1' is not a registration number; the registry assigns them as "
                                                    "JCS-YY-NNNNNN")
                                         .arg(bad)))
            << run.err.toStdString();
    }
    EXPECT_EQ(everything(), before) << "no label written";
    const CliResult lower = label(path(QStringLiteral("lower.svg")), {QStringLiteral("--registration"), QStringLiteral("jcs-26-000125")});
    EXPECT_EQ(lower.code, 0) << lower.err.toStdString();
    EXPECT_TRUE(lower.out.startsWith(QStringLiteral("label JCS-26-000125 "))) << lower.out.toStdString();
}

TEST_F(Labels, AGenuineTokenBehindAForeignHostOrUnderAnotherNumberIsNotValid)
{
    ASSERT_EQ(label(path(QStringLiteral("original.png"))).code, 0);
    const QString url = scan(path(QStringLiteral("original.png")));
    ASSERT_TRUE(url.startsWith(QStringLiteral("HTTPS://LABEL.STARMARK.EXAMPLE/L/JCS-26-000123/"))) << url.toStdString();
    const CliResult genuine = verifyLabel(url);
    ASSERT_EQ(genuine.code, 0) << genuine.out.toStdString() << genuine.err.toStdString();

    QString foreign = url;
    foreign.replace(QStringLiteral("HTTPS://LABEL.STARMARK.EXAMPLE"), QStringLiteral("https://evil.example"));
    CliResult run = verifyLabel(foreign);
    EXPECT_EQ(run.code, 1) << run.out.toStdString();
    // In the CLI's language: the registry it names, and the shell's way out.
    EXPECT_TRUE(run.out.contains(QStringLiteral("https://label.starmark.example"))
        && run.out.contains(QStringLiteral("(if the registry really is there, give --registry URL)")))
        << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("status: INVALID")));

    QString pasted = url;
    pasted.replace(QStringLiteral("/L/JCS-26-000123/"), QStringLiteral("/L/JCS-26-000999/"));
    run = verifyLabel(pasted);
    EXPECT_EQ(run.code, 1) << run.out.toStdString();
    const QString said = run.out.section(QStringLiteral("problem: "), 1).section(QLatin1Char('\n'), 0, 0);
    EXPECT_TRUE(said.contains(QStringLiteral("JCS-26-000999")) && said.contains(QStringLiteral("JCS-26-000123"))) << run.out.toStdString();

    // A registry elsewhere is named with --registry, by whoever checks, never by the label.
    ASSERT_EQ(
        label(path(QStringLiteral("elsewhere.png")), {QStringLiteral("--registry"), QStringLiteral("https://registry.example/jcstar")})
            .code,
        0);
    const QString elsewhere = scan(path(QStringLiteral("elsewhere.png")));
    EXPECT_EQ(verifyLabel(elsewhere).code, 1);
    run = runStarmark({QStringLiteral("verify-label"), elsewhere, QStringLiteral("--trust"),
        path(QStringLiteral("pki/label-issuer.pub.pem")), QStringLiteral("--registry"), QStringLiteral("https://registry.example/jcstar")});
    EXPECT_EQ(run.code, 0) << run.out.toStdString();
    run = runStarmark({QStringLiteral("verify-label"), elsewhere, QStringLiteral("--trust"),
        path(QStringLiteral("pki/label-issuer.pub.pem")), QStringLiteral("--registry"), QStringLiteral("registry.example")});
    EXPECT_EQ(run.code, 2);
    EXPECT_TRUE(run.err.contains(QStringLiteral("--registry 'registry.example'")) && run.err.contains(QStringLiteral("https://host[/path]")))
        << run.err.toStdString();
    const QStringList before = everything();
    run = label(path(QStringLiteral("nowhere.png")), {QStringLiteral("--registry"), QStringLiteral("https://user@evil.example")});
    EXPECT_EQ(run.code, 2);
    EXPECT_TRUE(run.err.contains(QStringLiteral("--registry 'https://user@evil.example'")) && run.err.contains(QStringLiteral("https://host[/path]")))
        << run.err.toStdString();
    EXPECT_EQ(everything(), before) << "no label written";
}

TEST_F(Labels, AnImageWithTwoDifferentQrCodesIsRefusedTwoIdenticalAreOneLabel)
{
    ASSERT_EQ(label(path(QStringLiteral("first.png"))).code, 0);
    ASSERT_EQ(label(path(QStringLiteral("second.png")), {QStringLiteral("--registration"), QStringLiteral("JCS-26-000124")}).code, 0);
    const auto sideBySide = [](const QString& left, const QString& right, const QString& out) {
        const QImage a(left);
        const QImage b(right);
        QImage both(a.width() + b.width(), std::max(a.height(), b.height()), QImage::Format_RGB32);
        both.fill(Qt::white);
        QPainter painter(&both);
        painter.drawImage(0, 0, a);
        painter.drawImage(a.width(), 0, b);
        painter.end();
        return both.save(out);
    };
    ASSERT_TRUE(sideBySide(path(QStringLiteral("first.png")), path(QStringLiteral("second.png")), path(QStringLiteral("two.png"))));
    ASSERT_EQ(runTool(QStringLiteral("zbarimg"),
                  {QStringLiteral("--raw"), QStringLiteral("-q"), QStringLiteral("--nodbus"), path(QStringLiteral("two.png"))})
                  .out.trimmed()
                  .count(QLatin1Char('\n')),
        1)
        << "both codes are readable";
    const CliResult two = verifyLabel(path(QStringLiteral("two.png")));
    EXPECT_EQ(two.code, 1) << two.out.toStdString();
    EXPECT_TRUE(two.err.contains(QStringLiteral("the image holds 2 different QR codes"))) << two.err.toStdString();
    EXPECT_FALSE(two.out.contains(QStringLiteral("VALID"))) << two.out.toStdString();

    ASSERT_TRUE(sideBySide(path(QStringLiteral("first.png")), path(QStringLiteral("first.png")), path(QStringLiteral("twins.png"))));
    const CliResult twins = verifyLabel(path(QStringLiteral("twins.png")));
    EXPECT_EQ(twins.code, 0) << twins.err.toStdString();
    EXPECT_TRUE(twins.out.contains(QStringLiteral("status: VALID")));
}

TEST_F(Labels, NoLabelIsValidTheDayBeforeItsEvaluation)
{
    ASSERT_EQ(label(path(QStringLiteral("evaluated.png"))).code, 0); // evaluated on the fixed day, 2026-11-22
    const QString url = scan(path(QStringLiteral("evaluated.png")));
    const CliResult before = verifyLabel(url, QStringLiteral("2026-11-21T09:00:00Z"));
    EXPECT_EQ(before.code, 1) << before.out.toStdString();
    EXPECT_TRUE(before.out.contains(QStringLiteral("2026-11-21")) && before.out.contains(QStringLiteral("(check the device's date)")))
        << before.out.toStdString();
    EXPECT_TRUE(before.out.contains(QStringLiteral("status: INVALID")));
    const CliResult on = verifyLabel(url, QStringLiteral("2026-11-22T09:00:00Z"));
    EXPECT_EQ(on.code, 0) << on.out.toStdString();
}

TEST_F(Labels, NoLabelForAnAssessmentBelowItsClaim)
{
    ASSERT_EQ(
        runStarmark({QStringLiteral("assess"), QStringLiteral("import"), demoFolder("router-star3") + QStringLiteral("/declaration.yaml"),
                        QStringLiteral("-o"), path(QStringLiteral("router.starmark"))})
            .code,
        0);
    const CliResult run = runStarmark({QStringLiteral("label"), path(QStringLiteral("router.starmark")), QStringLiteral("--issuer-key"),
        path(QStringLiteral("pki/label-issuer.key")), QStringLiteral("--registration"), QStringLiteral("JCS-26-000999"),
        QStringLiteral("-o"), path(QStringLiteral("router.png"))});
    EXPECT_EQ(run.code, 1);
    // In the CLI's language: the data it names, the file and both levels, whichever that is.
    EXPECT_TRUE(run.err.contains(path(QStringLiteral("router.starmark"))) && run.err.contains(QStringLiteral("★2"))
        && run.err.contains(QStringLiteral("★3")))
        << run.err.toStdString();
    EXPECT_FALSE(QFile::exists(path(QStringLiteral("router.png"))));
}

TEST_F(Labels, FromASignedReportOnlyWithItsCatalogInstalled)
{
    const CliResult made = runStarmark({QStringLiteral("report"), path(QStringLiteral("cam.starmark")), QStringLiteral("--key"),
        path(QStringLiteral("pki/manufacturer.key")), QStringLiteral("--cert"), path(QStringLiteral("pki/manufacturer.pem")),
        QStringLiteral("--chain"), path(QStringLiteral("pki/ca.pem")), QStringLiteral("-o"), path(QStringLiteral("cam.pdf"))});
    ASSERT_EQ(made.code, 0) << made.err.toStdString();
    const QStringList fromReport{QStringLiteral("label"), path(QStringLiteral("cam.pdf")), QStringLiteral("--trust"),
        path(QStringLiteral("pki/ca.pem")), QStringLiteral("--issuer-key"), path(QStringLiteral("pki/label-issuer.key")),
        QStringLiteral("--registration"), QStringLiteral("JCS-26-000124"), QStringLiteral("-o")};
    const CliResult issued = runStarmark(fromReport + QStringList{path(QStringLiteral("from-report.svg"))});
    EXPECT_EQ(issued.code, 0) << issued.err.toStdString();
    QDir().mkpath(path(QStringLiteral("no-catalogs")));
    const CliResult unknown = runStarmark(
        fromReport + QStringList{path(QStringLiteral("guessed.svg")), QStringLiteral("--catalogs"), path(QStringLiteral("no-catalogs"))});
    EXPECT_EQ(unknown.code, 1);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("jc-star/star1-common")) && unknown.err.contains(QStringLiteral("(pass --catalogs)")))
        << unknown.err.toStdString();
    EXPECT_FALSE(QFile::exists(path(QStringLiteral("guessed.svg"))));
}

// Issue 11, case 3: a report changed after its author signed it, then signed again by a trusted key, gets no label.
TEST_F(Labels, NoLabelForAReportChangedAfterItsAuthorSigned)
{
    const CliResult made = runStarmark({QStringLiteral("report"), path(QStringLiteral("cam.starmark")), QStringLiteral("--key"),
        path(QStringLiteral("pki/manufacturer.key")), QStringLiteral("--cert"), path(QStringLiteral("pki/manufacturer.pem")),
        QStringLiteral("--chain"), path(QStringLiteral("pki/ca.pem")), QStringLiteral("-o"), path(QStringLiteral("genuine.pdf"))});
    ASSERT_EQ(made.code, 0) << made.err.toStdString();
    QFile genuine(path(QStringLiteral("genuine.pdf")));
    ASSERT_TRUE(genuine.open(QIODevice::ReadOnly));
    QString error;
    const std::optional<starmark::SigningIdentity> lab = starmark::SigningIdentity::load(
        path(QStringLiteral("pki/lab.key")), path(QStringLiteral("pki/lab.pem")), path(QStringLiteral("pki/ca.pem")), {}, &error);
    ASSERT_TRUE(lab) << error.toStdString();
    ReportForgery forgery(genuine.readAll());
    forgery.swapAssessment("MS-CAM999").signAgain(*lab);
    QFile forged(path(QStringLiteral("forged.pdf")));
    ASSERT_TRUE(forged.open(QIODevice::WriteOnly));
    forged.write(forgery.pdf);
    forged.close();
    const CliResult run = runStarmark({QStringLiteral("label"), path(QStringLiteral("forged.pdf")), QStringLiteral("--trust"),
        path(QStringLiteral("pki/ca.pem")), QStringLiteral("--issuer-key"), path(QStringLiteral("pki/label-issuer.key")),
        QStringLiteral("--registration"), QStringLiteral("JCS-26-000125"), QStringLiteral("-o"), path(QStringLiteral("forged.svg"))});
    EXPECT_EQ(run.code, 1) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("(the embedded file assessment.json) was replaced"))) << run.err.toStdString();
    EXPECT_FALSE(QFile::exists(path(QStringLiteral("forged.svg"))));
}

TEST_F(Labels, AReportSignedByASelfMadeKeyGetsNoLabelWithoutAUsableTrustAnchor)
{
    // Signed a minute ago by a key and CA the forger made: the label must not take its word.
    ASSERT_EQ(runStarmark({QStringLiteral("keys"), QStringLiteral("demo-pki"), path(QStringLiteral("self-made"))}).code, 0);
    const CliResult made = runStarmark({QStringLiteral("report"), path(QStringLiteral("cam.starmark")), QStringLiteral("--key"),
        path(QStringLiteral("self-made/manufacturer.key")), QStringLiteral("--cert"), path(QStringLiteral("self-made/manufacturer.pem")),
        QStringLiteral("--chain"), path(QStringLiteral("self-made/ca.pem")), QStringLiteral("-o"), path(QStringLiteral("self-made.pdf"))});
    ASSERT_EQ(made.code, 0) << made.err.toStdString();
    QFile empty(path(QStringLiteral("empty.pem")));
    ASSERT_TRUE(empty.open(QIODevice::WriteOnly));
    empty.close();
    const QStringList base{QStringLiteral("label"), path(QStringLiteral("self-made.pdf")), QStringLiteral("--issuer-key"),
        path(QStringLiteral("pki/label-issuer.key")), QStringLiteral("--registration"), QStringLiteral("JCS-26-000555"),
        QStringLiteral("-o"), path(QStringLiteral("forged-label.svg"))};
    CliResult run = runStarmark(base);
    EXPECT_EQ(run.code, 2);
    EXPECT_TRUE(run.err.contains(QStringLiteral("no trust anchor to check its signer against, so no label: give --trust CA.pem")))
        << run.err.toStdString();
    run = runStarmark(base + QStringList{QStringLiteral("--trust"), path(QStringLiteral("nowhere.pem"))});
    EXPECT_EQ(run.code, 2);
    EXPECT_TRUE(run.err.contains(path(QStringLiteral("nowhere.pem")) + QStringLiteral(": no such file"))) << run.err.toStdString();
    run = runStarmark(base + QStringList{QStringLiteral("--trust"), path(QStringLiteral("empty.pem"))});
    EXPECT_EQ(run.code, 2);
    EXPECT_TRUE(run.err.contains(QStringLiteral("no PEM certificate"))) << run.err.toStdString();
    run = runStarmark(base + QStringList{QStringLiteral("--trust"), path(QStringLiteral("pki/ca.pem"))});
    EXPECT_EQ(run.code, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("the signer is not trusted"))) << run.err.toStdString();
    EXPECT_FALSE(QFile::exists(path(QStringLiteral("forged-label.svg"))));
}

TEST_F(Labels, AManufacturersOwnLabEvaluationGetsNoLabel)
{
    const QString forged = forgedLabEvaluation(path(QStringLiteral("forged")), path(QStringLiteral("pki")));
    ASSERT_FALSE(forged.isEmpty());
    const CliResult run = runStarmark({QStringLiteral("label"), forged, QStringLiteral("--trust"), path(QStringLiteral("pki/ca.pem")),
        QStringLiteral("--issuer-key"), path(QStringLiteral("pki/label-issuer.key")), QStringLiteral("--registration"),
        QStringLiteral("JCS-26-000556"), QStringLiteral("-o"), path(QStringLiteral("star3.svg"))});
    EXPECT_EQ(run.code, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("must be signed in the evaluation lab role; its signer signs in the manufacturer role")))
        << run.err.toStdString();
    EXPECT_FALSE(QFile::exists(path(QStringLiteral("star3.svg"))));
}

TEST_F(Labels, AFamilyOf79ModelsStillEncodesWithinVersion10AndScansBackExactly)
{
    // Buffalo's 79 models in one application, the variants as long as a model number may be.
    QFile demo(demoFolder("camera-star1") + QStringLiteral("/declaration.yaml"));
    ASSERT_TRUE(demo.open(QIODevice::ReadOnly));
    QString yaml = QString::fromUtf8(demo.readAll());
    const QString representative = QStringLiteral("WXR18000BE10P");
    QStringList family{representative};
    for (int i = 1; i < 79; ++i)
        family << QStringLiteral("MS-CAM100-%1/").arg(i, 2, 10, QLatin1Char('0')) + QString(50, QLatin1Char('V'));
    yaml.replace(QStringLiteral("  model: MS-CAM100\n"), QStringLiteral("  model: %1\n").arg(representative));
    yaml.replace(QRegularExpression(QStringLiteral("  models: \\[[^\\]]*\\]")), QStringLiteral("  models: [%1]").arg(family.join(QStringLiteral(", "))));
    QDir(dir->path()).mkpath(QStringLiteral("family"));
    for (const QString& entry : QDir(demoFolder("camera-star1")).entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        ASSERT_EQ(runTool(QStringLiteral("cp"), {QStringLiteral("-r"), demoFolder("camera-star1") + QLatin1Char('/') + entry, path(QStringLiteral("family"))}).code, 0);
    QFile declaration(path(QStringLiteral("family/declaration.yaml")));
    ASSERT_TRUE(declaration.open(QIODevice::WriteOnly));
    declaration.write(yaml.toUtf8());
    declaration.close();
    const CliResult imported = runStarmark({QStringLiteral("assess"), QStringLiteral("import"), declaration.fileName(), QStringLiteral("-o"),
        path(QStringLiteral("family.starmark"))});
    ASSERT_EQ(imported.code, 0) << imported.err.toStdString();
    const CliResult run = runStarmark({QStringLiteral("label"), path(QStringLiteral("family.starmark")), QStringLiteral("--issuer-key"),
        path(QStringLiteral("pki/label-issuer.key")), QStringLiteral("--registration"), QStringLiteral("JCS-26-000124"), QStringLiteral("-o"),
        path(QStringLiteral("family.png"))});
    ASSERT_EQ(run.code, 0) << run.err.toStdString();
    const QRegularExpressionMatch version = QRegularExpression(QStringLiteral("QR version (\\d+)")).match(run.out);
    ASSERT_TRUE(version.hasMatch()) << run.out.toStdString();
    EXPECT_LE(version.captured(1).toInt(), 10);
    const QString url = scan(path(QStringLiteral("family.png")));
    EXPECT_TRUE(url.startsWith(QStringLiteral("HTTPS://"))) << url.toStdString();
    const CliResult read = verifyLabel(url);
    EXPECT_EQ(read.code, 0) << read.out.toStdString() << read.err.toStdString();
    EXPECT_TRUE(read.out.contains(representative)) << read.out.toStdString();
    EXPECT_FALSE(read.out.contains(family.last())) << "the label carries the representative, the page the rest";
}
