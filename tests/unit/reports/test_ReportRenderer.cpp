#include "ReportFixture.h"

#include "reports/ReportRenderer.h"

#include <gtest/gtest.h>

using namespace starmark;
using namespace starmark::test;

namespace {

ReportRenderer::Input input(const AssessmentFile& file, const Assessment& a, Language language)
{
    ReportRenderer::Input in;
    in.assessment = &a;
    in.chain = ReportFixture::instance().chain(file);
    in.language = language;
    in.issued = QDateTime(QDate(2026, 11, 22), QTime(9, 0), Qt::UTC);
    in.signatory = QStringLiteral("CN=DEMO Manufacturer signer");
    in.assessmentSha = QByteArray(64, 'a');
    in.auditHead = QByteArray(64, 'b');
    return in;
}

} // namespace

TEST(ReportRenderer, DeclarationInJapaneseByDefault)
{
    ReportFixture& f = ReportFixture::instance();
    const Assessment a = *f.camera->load(nullptr);
    const QString html = ReportRenderer::html(input(*f.camera, a, Language::Japanese));
    EXPECT_EQ(ReportRenderer::kindFor(a), ReportRenderer::Kind::Declaration);
    for (const char* expected : {"自己適合宣言書", "チェックリスト", "MS-CAM100", "2031-03-31", "ラベルの有効期間とは異なります",
             "脆弱性がないこと", "公式な文言ではありません", "S1.1-16", "［暫定］", "CN=DEMO Manufacturer signer",
             // Words one English source stands for twice: the heading and the field, the criteria of a declaration.
             "1. 対象製品", ">製品名<", "2. 適合基準"})
        EXPECT_TRUE(html.contains(QString::fromUtf8(expected))) << expected;
    for (const Requirement& r : f.library->find(QStringLiteral("star1-common"))->requirements)
        EXPECT_TRUE(html.contains(r.title.ja.toHtmlEscaped())) << r.id.toStdString();
}

TEST(ReportRenderer, EvaluationReportInEnglishOnRequest)
{
    ReportFixture& f = ReportFixture::instance();
    const Assessment a = *f.router->load(nullptr);
    const QString html = ReportRenderer::html(input(*f.router, a, Language::English));
    EXPECT_EQ(ReportRenderer::kindFor(a), ReportRenderer::Kind::EvaluationReport);
    for (const char* expected : {"Conformity Evaluation Report", "Test plan and results", "S3.RT-02-T3",
             "not signed off (this report is a draft)", "Blocking ★3", "does not prove that the product has no vulnerabilities"})
        EXPECT_TRUE(html.contains(QString::fromUtf8(expected))) << expected;
    EXPECT_FALSE(html.contains(QStringLiteral("適合評価報告書")));
}

TEST(ReportRenderer, RendersAPdfWithAllPages)
{
    ReportFixture& f = ReportFixture::instance();
    const Assessment a = *f.camera->load(nullptr);
    const QByteArray pdf = ReportRenderer::render(input(*f.camera, a, Language::Japanese));
    EXPECT_TRUE(pdf.startsWith("%PDF-"));
    EXPECT_GE(pdf.count("/Type /Page\n") + pdf.count("/Type /Page\r") + pdf.count("/Type/Page/") + pdf.count("/Type /Page "), 3);
    EXPECT_TRUE(pdf.contains("IPAPGothic"));
}

TEST(ReportRenderer, QuotedRequirementsAreMarkedAndTheirSourceKindIsNoticed)
{
    ReportFixture& f = ReportFixture::instance();
    const Assessment a = *f.camera->load(nullptr);
    const QString ja = ReportRenderer::html(input(*f.camera, a, Language::Japanese));
    EXPECT_TRUE(ja.contains(QStringLiteral("［引用］")));
    EXPECT_TRUE(ja.contains(QStringLiteral("引用：本書が参照する基準のうち 5 件の適合要件は")));
    const QString en = ReportRenderer::html(input(*f.camera, a, Language::English));
    EXPECT_TRUE(en.contains(QStringLiteral("［quoted］")));
    EXPECT_TRUE(en.contains(QStringLiteral("Quoted: the requirement text of 5 of the criteria is quoted from a secondary source")));
}

// The ★2–★4 IDs are StarMark's: an evaluation report against them says so where they are listed.
TEST(ReportRenderer, AReconstructedCatalogsNoticeIsInTheReport)
{
    ReportFixture& f = ReportFixture::instance();
    const Assessment a = *f.router->load(nullptr);
    const QString ja = ReportRenderer::html(input(*f.router, a, Language::Japanese));
    EXPECT_TRUE(ja.contains(QStringLiteral("jc-star/star3-router: 本カタログの要件ID（S3.RT-01〜S3.RT-10）及び本文は、StarMarkによる独自の再構成")));
    const QString en = ReportRenderer::html(input(*f.router, a, Language::English));
    EXPECT_TRUE(en.contains(QStringLiteral("jc-star/star2-router: The requirement IDs (S2.RT-01 to S2.RT-10) and texts of this catalog are StarMark")));
    const QString camera = ReportRenderer::html(input(*f.camera, *f.camera->load(nullptr), Language::English));
    EXPECT_FALSE(camera.contains(QStringLiteral("StarMark&#39;s own reconstruction")));
    EXPECT_FALSE(camera.contains(QStringLiteral("StarMark's own reconstruction")));
}

TEST(ReportRenderer, ThePstiRouteIsSaidInBothLanguagesOnlyWhenTaken)
{
    ReportFixture& f = ReportFixture::instance();
    Assessment a = *f.camera->load(nullptr);
    const QString off = ReportRenderer::html(input(*f.camera, a, Language::English));
    EXPECT_FALSE(off.contains(QStringLiteral("PSTI")));
    a.profile[QStringLiteral("psti_route")] = QStringLiteral("true");
    const QString en = ReportRenderer::html(input(*f.camera, a, Language::English));
    EXPECT_TRUE(en.contains(QStringLiteral("the PSTI statement of compliance stands for S1.1-02, S1.1-05, S1.1-16")));
    EXPECT_EQ(en.count(QStringLiteral("UK PSTI route: covered by the PSTI statement of compliance")), 3);
    const QString ja = ReportRenderer::html(input(*f.camera, a, Language::Japanese));
    EXPECT_TRUE(ja.contains(QStringLiteral("S1.1-02, S1.1-05, S1.1-16")));
    EXPECT_EQ(ja.count(QStringLiteral("英国PSTI法ルート：PSTI法適合宣言書により適合")), 3);
    EXPECT_FALSE(ja.contains(QStringLiteral("UK PSTI route")));
}

TEST(ReportRenderer, EveryModelOfTheFamilyIsListedTheRepresentativeMarked)
{
    ReportFixture& f = ReportFixture::instance();
    Assessment a = *f.camera->load(nullptr);
    a.product.otherModels = {QStringLiteral("MS-CAM100W"), QStringLiteral("MS-CAM100/B<x>")}; // markup in a model number, to be shown as text
    const QString ja = ReportRenderer::html(input(*f.camera, a, Language::Japanese));
    const QString en = ReportRenderer::html(input(*f.camera, a, Language::English));
    for (const QString& html : {ja, en}) {
        for (const QString& model : a.product.models())
            EXPECT_TRUE(html.contains(model.toHtmlEscaped())) << model.toStdString();
        EXPECT_FALSE(html.contains(QStringLiteral("<x>"))); // a model number is text, never markup
    }
    EXPECT_TRUE(ja.contains(QStringLiteral("型番（3 件）"))) << ja.toStdString();
    EXPECT_TRUE(ja.contains(QStringLiteral("MS-CAM100 <i>(代表型番)</i>")));
    EXPECT_TRUE(en.contains(QStringLiteral("Models (3)")));
    EXPECT_TRUE(en.contains(QStringLiteral("MS-CAM100 <i>(representative model)</i>")));
}

TEST(ReportRenderer, ALongFamilyWrapsIntoATableOneModelACell)
{
    ReportFixture& f = ReportFixture::instance();
    Assessment a = *f.camera->load(nullptr);
    a.product.otherModels.clear();
    for (int i = 1; i < 79; ++i)
        a.product.otherModels << QStringLiteral("WXR-%1/D").arg(i, 3, 10, QLatin1Char('0'));
    const QString html = ReportRenderer::html(input(*f.camera, a, Language::English));
    EXPECT_TRUE(html.contains(QStringLiteral("Models (79)")));
    for (const QString& model : a.product.otherModels)
        EXPECT_TRUE(html.contains(QStringLiteral(">%1</td>").arg(model))) << model.toStdString();
    // One model, one line: a single model is shown as it always was.
    a.product.otherModels.clear();
    const QString single = ReportRenderer::html(input(*f.camera, a, Language::English));
    EXPECT_TRUE(single.contains(QStringLiteral("<b>Model</b></td><td>MS-CAM100</td>"))) << single.toStdString().substr(0, 3000);
}
