// Each rule of who may sign what, tried as the dishonest party would: a
// manufacturer signing a lab's evaluation, a lab skipping the reviewer, one
// company signing another's declaration, a lab signing surveillance, and CAs
// without StarMark's role OIDs, with and without a trust.yaml that maps them.
#include "FixedClock.h"
#include "ReportFixture.h"

#include "evaluators/AssessmentJson.h"
#include "evaluators/DeclarationReader.h"
#include "evaluators/Outcome.h"
#include "reports/DemoPki.h"
#include "reports/PagedPdf.h"
#include "reports/PdfSigner.h"
#include "reports/ReportRenderer.h"
#include "reports/ReportAuthor.h"
#include "reports/SignedReport.h"
#include "reports/SurveillanceReport.h"
#include "reports/TrustAnchors.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace starmark;
using namespace starmark::test;

namespace {

const QDateTime fixedNow(QDate(2026, 11, 22), QTime(9, 0), Qt::UTC);

// A demo PKI made at the fixed instant, a few more signers, and the demos as assessments.
class Authors : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        dir = new QTemporaryDir;
        QString error;
        ASSERT_TRUE(DemoPki::create(path(QStringLiteral("pki")), fixedNow, &error)) << error.toStdString();
        ASSERT_TRUE(DemoPki::addSigner(path(QStringLiteral("pki")), QStringLiteral("other-manufacturer"),
            QStringLiteral("Kurogane Devices Inc."), {SignerRole::Role::Manufacturer}, fixedNow, &error))
            << error.toStdString();
        // A PKI that knows nothing of StarMark: its signer carries no role OID.
        ASSERT_TRUE(DemoPki::create(path(QStringLiteral("plain")), fixedNow, &error)) << error.toStdString();
        ASSERT_TRUE(DemoPki::addSigner(path(QStringLiteral("plain")), QStringLiteral("signer"),
            DemoPki::organisation(SignerRole::Role::Manufacturer), {}, fixedNow, &error))
            << error.toStdString();
    }
    static void TearDownTestSuite() { delete dir; }
    static QString path(const QString& name) { return dir->filePath(name); }

    static Assessment demo(const char* name)
    {
        const DeclarationReader::Result read = DeclarationReader::readFile(
            QStringLiteral(STARMARK_SOURCE_SHARE_DIR "/demo/%1/declaration.yaml").arg(QLatin1String(name)), library());
        if (!read.assessment)
            throw std::runtime_error("the demo does not read");
        return *read.assessment;
    }
    // The router's evaluation with every verdict pass, as a forger would make it.
    static Assessment allPass(Assessment a)
    {
        Assessment::Result& r = a.results[QStringLiteral("S3.RT-02")];
        r.verdict = Verdict::Pass;
        r.items = {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")};
        r.tests[QStringLiteral("S3.RT-02-T3")].verdict = TestVerdict::Pass;
        return a;
    }
    static Assessment signedOff(Assessment a)
    {
        a.signOff = Assessment::SignOff{QStringLiteral("鈴木 一郎"), fixedNow};
        return a;
    }
    static const CatalogLibrary& library() { return *ReportFixture::instance().library; }

    // `assessment` signed by pki/<signer>.key, verified against `trust`.
    static ReportVerifier::Result signAndVerify(
        const Assessment& assessment, const QString& signer, const QStringList& trust = {path(QStringLiteral("pki/ca.pem"))})
    {
        static int made = 0;
        QString error;
        const QList<const Catalog*> chain = library().chain(*library().find(assessment.catalog));
        const FixedClock clock(fixedNow);
        auto file = AssessmentFile::create(
            path(QStringLiteral("a%1.starmark").arg(++made)), assessment, chain, QStringLiteral("test"), clock, &error);
        if (!file)
            throw std::runtime_error(error.toStdString());
        const std::optional<QByteArray> pdf = SignedReport::make(*file, chain, identity(signer), {Language::English, fixedNow}, &error);
        if (!pdf)
            throw std::runtime_error(error.toStdString());
        return verify(*pdf, trust);
    }
    // What StarMark refuses to sign (SignedReport::make checks the sign-off rules), signed
    // with the forger's own tool: the same report, put together and signed by hand.
    static ReportVerifier::Result forgeAndVerify(const Assessment& assessment, const QString& signer)
    {
        const QList<const Catalog*> chain = library().chain(*library().find(assessment.catalog));
        QJsonObject json = AssessmentJson::toJson(assessment);
        json.insert(QStringLiteral("outcome"), AssessmentJson::toJson(Outcome::of(assessment, chain)));
        ReportRenderer::Input input;
        input.assessment = &assessment;
        input.chain = chain;
        input.language = Language::English;
        input.issued = fixedNow;
        PdfSigner::Request request;
        request.attachments = {{QString::fromLatin1(SignedReport::assessmentName), QJsonDocument(json).toJson()},
            {QString::fromLatin1(SignedReport::manifestName), "[]"}};
        request.signingTime = fixedNow;
        QString error;
        const std::optional<QByteArray> pdf = PdfSigner::sign(ReportRenderer::render(input), request, identity(signer), &error);
        if (!pdf)
            throw std::runtime_error(error.toStdString());
        return verify(*pdf, {path(QStringLiteral("pki/ca.pem"))});
    }
    static SigningIdentity identity(const QString& signer)
    {
        QString error;
        const QString folder = QFileInfo(path(signer)).path();
        std::optional<SigningIdentity> id = SigningIdentity::load(
            path(signer + QStringLiteral(".key")), path(signer + QStringLiteral(".pem")), folder + QStringLiteral("/ca.pem"), {}, &error);
        if (!id)
            throw std::runtime_error(error.toStdString());
        return std::move(*id);
    }
    static ReportVerifier::Result verify(const QByteArray& pdf, const QStringList& trust)
    {
        QString error;
        const std::optional<TrustAnchors> anchors = TrustAnchors::fromPaths(trust, &error);
        if (!anchors)
            throw std::runtime_error(error.toStdString());
        return ReportVerifier::verify(pdf, *anchors, KnownDigests(), fixedNow);
    }
    static void writeFile(const QString& name, const QByteArray& bytes)
    {
        QFile f(path(name));
        ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
    }
    static std::string problems(const ReportVerifier::Result& r) { return describe(r.problems); }
    // The text of the problem of that code, in English, or empty: for the data it names.
    static QString said(const ReportVerifier::Result& r, QStringView code)
    {
        const Problem* p = findProblem(r.problems, code);
        return p ? p->message.text(Language::English) : QString();
    }

    static inline QTemporaryDir* dir = nullptr;
};

} // namespace

TEST_F(Authors, TheHonestAuthorsAreValidInTheirRoles)
{
    ReportVerifier::Result r = signAndVerify(demo("camera-star1"), QStringLiteral("pki/manufacturer"));
    EXPECT_EQ(r.verdict, ReportVerifier::Result::Verdict::Valid) << problems(r);
    EXPECT_EQ(r.signatures[0].roles, QList<SignerRole::Role>{SignerRole::Role::Manufacturer});
    r = signAndVerify(signedOff(demo("router-star3")), QStringLiteral("pki/lab"));
    EXPECT_EQ(r.verdict, ReportVerifier::Result::Verdict::Valid) << problems(r);
    EXPECT_EQ(r.signatures[0].roles, QList<SignerRole::Role>{SignerRole::Role::Lab});
    EXPECT_EQ(r.signatures[0].organisation, QStringLiteral("株式会社セキュア評価研究所"));
}

TEST_F(Authors, AManufacturerSigningALabEvaluationIsNotValid)
{
    // Every verdict pass, no reviewer, the manufacturer's own CA-issued key.
    ReportVerifier::Result r = signAndVerify(allPass(demo("router-star3")), QStringLiteral("pki/manufacturer"));
    EXPECT_EQ(r.verdict, ReportVerifier::Result::Verdict::Invalid);
    ASSERT_TRUE(r.content);
    EXPECT_EQ(r.content->kind, ReportContent::Kind::Evaluation);
    EXPECT_EQ(r.content->achieved, 3);
    EXPECT_TRUE(findProblem(r.problems, u"report.no-sign-off")) << problems(r);
    EXPECT_TRUE(said(r, u"report.author-role").contains(QStringLiteral("evaluation lab role"))) << problems(r);
    // With a sign-off forged in too, the role still gives it away.
    r = signAndVerify(signedOff(allPass(demo("router-star3"))), QStringLiteral("pki/manufacturer"));
    EXPECT_EQ(r.verdict, ReportVerifier::Result::Verdict::Invalid);
    EXPECT_FALSE(findProblem(r.problems, u"report.no-sign-off")) << problems(r);
    EXPECT_TRUE(said(r, u"report.author-role").contains(QStringLiteral("signs in the manufacturer role"))) << problems(r);
    EXPECT_TRUE(said(r, u"report.author-organisation").contains(QStringLiteral("'Miraisense Co., Ltd.'"))) << problems(r);
}

TEST_F(Authors, ALabEvaluationWithoutTheReviewersSignOffIsNotValid)
{
    const ReportVerifier::Result r = signAndVerify(allPass(demo("router-star3")), QStringLiteral("pki/lab"));
    EXPECT_EQ(r.verdict, ReportVerifier::Result::Verdict::Invalid);
    ASSERT_EQ(r.problems.size(), 1) << problems(r);
    EXPECT_EQ(r.problems[0].code, QStringLiteral("report.no-sign-off")) << problems(r);
}

TEST_F(Authors, ASignOffByTheEvaluatorIsNoReview)
{
    Assessment a = allPass(demo("router-star3"));
    a.signOff = Assessment::SignOff{a.evaluator.name, fixedNow}; // past SignOffRules, which StarMark's own signing also keeps
    const ReportVerifier::Result r = forgeAndVerify(a, QStringLiteral("pki/lab"));
    EXPECT_EQ(r.verdict, ReportVerifier::Result::Verdict::Invalid);
    EXPECT_TRUE(said(r, u"report.reviewer-is-evaluator").contains(a.evaluator.name)) << problems(r);
}

TEST_F(Authors, ALabSigningForAnotherLabIsNotValid)
{
    Assessment a = signedOff(demo("router-star3"));
    a.evaluator.organisation = QStringLiteral("株式会社ほかの評価機関");
    const ReportVerifier::Result r = signAndVerify(a, QStringLiteral("pki/lab"));
    EXPECT_EQ(r.verdict, ReportVerifier::Result::Verdict::Invalid);
    EXPECT_TRUE(said(r, u"report.author-organisation").contains(QStringLiteral("株式会社ほかの評価機関"))) << problems(r);
    EXPECT_FALSE(findProblem(r.problems, u"report.author-role")) << "the role fits: " << problems(r);
}

TEST_F(Authors, ADeclarationSignedByAnotherOrganisationsManufacturerIsNotValid)
{
    const ReportVerifier::Result r = signAndVerify(demo("camera-star1"), QStringLiteral("pki/other-manufacturer"));
    EXPECT_EQ(r.verdict, ReportVerifier::Result::Verdict::Invalid);
    EXPECT_EQ(r.signatures[0].trusted, true);
    EXPECT_EQ(r.signatures[0].roles, QList<SignerRole::Role>{SignerRole::Role::Manufacturer});
    ASSERT_EQ(r.problems.size(), 1) << problems(r);
    EXPECT_EQ(r.problems[0].code, QStringLiteral("report.author-organisation"));
    EXPECT_TRUE(r.problems[0].message.text(Language::English).contains(QStringLiteral("株式会社ミライセンス"))) << problems(r);
    EXPECT_TRUE(r.problems[0].message.text(Language::English).contains(QStringLiteral("'Kurogane Devices Inc.'"))) << problems(r);
}

TEST_F(Authors, ASelfDeclarationSignedByTheLabIsNotValid)
{
    const ReportVerifier::Result r = signAndVerify(demo("camera-star1"), QStringLiteral("pki/lab"));
    EXPECT_EQ(r.verdict, ReportVerifier::Result::Verdict::Invalid);
    EXPECT_TRUE(said(r, u"report.author-role").contains(QStringLiteral("the manufacturer role"))) << problems(r);
}

TEST_F(Authors, ASurveillanceReportSignedByTheLabIsNotValid)
{
    SurveillanceReport::Input in;
    in.plan = {{QStringLiteral("seed"), QStringLiteral("1")}, {QStringLiteral("as_of"), QStringLiteral("2026-11-22")}};
    in.language = Language::English;
    in.issued = fixedNow;
    in.signatory = QStringLiteral("lab");
    QString error;
    const std::optional<SigningIdentity> lab = SigningIdentity::load(
        path(QStringLiteral("pki/lab.key")), path(QStringLiteral("pki/lab.pem")), path(QStringLiteral("pki/ca.pem")), {}, &error);
    ASSERT_TRUE(lab) << error.toStdString();
    std::optional<QByteArray> pdf = SurveillanceReport::make(in, *lab, &error);
    ASSERT_TRUE(pdf) << error.toStdString();
    ReportVerifier::Result r = verify(*pdf, {path(QStringLiteral("pki/ca.pem"))});
    EXPECT_EQ(r.verdict, ReportVerifier::Result::Verdict::Invalid);
    ASSERT_TRUE(r.content);
    EXPECT_EQ(r.content->kind, ReportContent::Kind::Surveillance);
    EXPECT_TRUE(said(r, u"report.author-role").contains(QStringLiteral("certification body role"))) << problems(r);
    const std::optional<SigningIdentity> body = SigningIdentity::load(path(QStringLiteral("pki/certification-body.key")),
        path(QStringLiteral("pki/certification-body.pem")), path(QStringLiteral("pki/ca.pem")), {}, &error);
    pdf = SurveillanceReport::make(in, *body, &error);
    ASSERT_TRUE(pdf) << error.toStdString();
    r = verify(*pdf, {path(QStringLiteral("pki/ca.pem"))});
    EXPECT_EQ(r.verdict, ReportVerifier::Result::Verdict::Valid) << problems(r);
}

TEST_F(Authors, ACertificateWithoutRoleOidsHoldsNoRoleUnlessTrustYamlGrantsOne)
{
    const Assessment camera = demo("camera-star1");
    ReportVerifier::Result r = signAndVerify(camera, QStringLiteral("plain/signer"), {path(QStringLiteral("plain/ca.pem"))});
    EXPECT_EQ(r.verdict, ReportVerifier::Result::Verdict::Invalid);
    EXPECT_EQ(r.signatures[0].trusted, true);
    EXPECT_TRUE(findProblem(r.problems, u"report.author-role")) << problems(r);
    EXPECT_TRUE(r.signatures[0].roles.isEmpty());

    // The certification body's trust.yaml maps the CA, by its file, to the manufacturer role.
    writeFile(QStringLiteral("plain/trust.yaml"), "anchors:\n  - certificate: ca.pem\n    roles: [manufacturer]\n");
    r = signAndVerify(camera, QStringLiteral("plain/signer"), {path(QStringLiteral("plain/trust.yaml"))});
    EXPECT_EQ(r.verdict, ReportVerifier::Result::Verdict::Valid) << problems(r);
    EXPECT_EQ(r.signatures[0].roles, QList<SignerRole::Role>{SignerRole::Role::Manufacturer});
    EXPECT_TRUE(r.signatures[0].roleBasis.text(Language::English).contains(QStringLiteral("trust.yaml:2")))
        << r.signatures[0].roleBasis.text(Language::English).toStdString();
    // … or, as a folder, by fingerprint.
    QFile ca(path(QStringLiteral("plain/ca.pem")));
    ASSERT_TRUE(ca.open(QIODevice::ReadOnly));
    const QString pem = path(QStringLiteral("plain/ca.pem"));
    QString error;
    const QByteArray print = TrustAnchors::fromPaths({pem}, &error)->certificates().first().fingerprint();
    QDir().mkpath(path(QStringLiteral("store")));
    QFile::copy(pem, path(QStringLiteral("store/plain-ca.pem")));
    writeFile(QStringLiteral("store/trust.yaml"), "anchors:\n  - sha256: \"" + print.toUpper() + "\"\n    roles: [manufacturer, lab]\n");
    r = signAndVerify(camera, QStringLiteral("plain/signer"), {path(QStringLiteral("store"))});
    EXPECT_EQ(r.verdict, ReportVerifier::Result::Verdict::Valid) << problems(r);

    // A mapping that grants another role, or only for other organisations, grants nothing here.
    writeFile(QStringLiteral("plain/trust.yaml"), "anchors:\n  - certificate: ca.pem\n    roles: [lab]\n");
    r = signAndVerify(camera, QStringLiteral("plain/signer"), {path(QStringLiteral("plain/trust.yaml"))});
    EXPECT_EQ(r.verdict, ReportVerifier::Result::Verdict::Invalid);
    EXPECT_EQ(r.signatures[0].roles, QList<SignerRole::Role>{SignerRole::Role::Lab});
    EXPECT_TRUE(findProblem(r.problems, u"report.author-role")) << problems(r);
    writeFile(QStringLiteral("plain/trust.yaml"),
        "anchors:\n  - certificate: ca.pem\n    roles: [manufacturer]\n    organisations: [Kurogane Devices Inc.]\n");
    r = signAndVerify(camera, QStringLiteral("plain/signer"), {path(QStringLiteral("plain/trust.yaml"))});
    EXPECT_EQ(r.verdict, ReportVerifier::Result::Verdict::Invalid);
    EXPECT_TRUE(r.signatures[0].roles.isEmpty());
    EXPECT_TRUE(findProblem(r.problems, u"report.author-role")) << problems(r);
    EXPECT_TRUE(r.signatures[0].roleBasis.text(Language::English).contains(QStringLiteral("trust.yaml:2"))) << problems(r);
}

TEST_F(Authors, TrustYamlLimitsTheRolesACertificateClaims)
{
    // The demo CA trusted for manufacturers only: its lab certificate claims a role the CA may not give.
    writeFile(QStringLiteral("pki/trust.yaml"), "anchors:\n  - certificate: ca.pem\n    roles: [manufacturer]\n");
    const ReportVerifier::Result r
        = signAndVerify(signedOff(demo("router-star3")), QStringLiteral("pki/lab"), {path(QStringLiteral("pki/trust.yaml"))});
    QFile::remove(path(QStringLiteral("pki/trust.yaml")));
    EXPECT_EQ(r.verdict, ReportVerifier::Result::Verdict::Invalid);
    EXPECT_TRUE(r.signatures[0].roles.isEmpty()) << "claimed lab, granted manufacturer only";
    EXPECT_TRUE(said(r, u"report.author-role").contains(QStringLiteral("trust.yaml:2"))) << problems(r);
}

TEST(ReportAuthor, ASelfDeclarationCannotClaimStarThree)
{
    ReportVerifier::Result r;
    r.signatures.append(ReportVerifier::Signature());
    r.signatures[0].roles = {SignerRole::Role::Manufacturer};
    r.signatures[0].organisation = QStringLiteral("Acme");
    ReportContent c;
    c.assessment.level = 3;
    c.assessment.product.manufacturer.en = QStringLiteral("Acme");
    r.content = c;
    EXPECT_EQ(ReportAuthor::problems(r).value(0).code, QStringLiteral("report.self-declared-lab-level"));
    r.content->assessment.level = 2;
    EXPECT_TRUE(ReportAuthor::problems(r).isEmpty()) << describe(ReportAuthor::problems(r));
    r.content->assessment.product.manufacturer.en = QStringLiteral("Another");
    EXPECT_EQ(ReportAuthor::problems(r).value(0).code, QStringLiteral("report.author-organisation"));
    r.content->assessment.product.manufacturer = {};
    EXPECT_EQ(ReportAuthor::problems(r).value(0).code, QStringLiteral("report.no-manufacturer-named"));
}

TEST(ReportAuthor, ALabEvaluationNamingNoLabHasNoAuthor)
{
    ReportContent c;
    c.kind = ReportContent::Kind::Evaluation;
    c.assessment.mode = Assessment::Mode::Lab;
    c.assessment.level = 3;
    EXPECT_TRUE(findProblem(ReportAuthor::expected(c).problems(), u"report.no-lab-named"));
    c.assessment.evaluator.organisation = QStringLiteral("  Lab  K.K. ");
    const Result<ReportAuthor> author = ReportAuthor::expected(c);
    ASSERT_TRUE(author.ok());
    EXPECT_EQ(author->role, SignerRole::Role::Lab);
    EXPECT_EQ(author->organisations, QStringList{QStringLiteral("Lab K.K.")});
}
