// A report's content parsed once: what a verifier, a label and the registry read,
// and what a record no StarMark wrote gives instead of zeros.
#include "ReportFixture.h"

#include "evaluators/AssessmentJson.h"
#include "reports/ReportContent.h"

#include "TestClock.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace starmark;
using namespace starmark::test;

namespace {

QByteArray assessmentJson(const Assessment& a, int achieved)
{
    QJsonObject json = AssessmentJson::toJson(a);
    json.insert(QStringLiteral("outcome"), QJsonObject{{QStringLiteral("achieved"), achieved}});
    json.insert(QStringLiteral("audit_head"), QString(64, QLatin1Char('a')));
    json.insert(QStringLiteral("issued"), testNow().toString(Qt::ISODate));
    return QJsonDocument(json).toJson();
}

} // namespace

TEST(ReportContent, AnAssessmentRecordBecomesItsKindAndFacts)
{
    ReportFixture& f = ReportFixture::instance();
    QString error;
    const std::optional<Assessment> router = f.router->load(&error);
    ASSERT_TRUE(router) << error.toStdString();
    const Result<ReportContent> c = ReportContent::fromAssessmentJson(assessmentJson(*router, 2));
    ASSERT_TRUE(c.ok()) << describe(c.problems());
    EXPECT_EQ(c->kind, ReportContent::Kind::Evaluation);
    EXPECT_EQ(c->assessment, *router);
    EXPECT_EQ(c->achieved, 2);
    EXPECT_EQ(c->issued, testNow());
    EXPECT_EQ(c->auditHead, QByteArray(64, 'a'));
    EXPECT_EQ(c->kindName().text(Language::English), QStringLiteral("a ★3 lab evaluation"));
    EXPECT_EQ(c->kindName().text(Language::Japanese), QStringLiteral("★3 の試験所評価"));
    // The machines' form carries the same facts under the keys verify --json always had.
    const QJsonObject json = c->toJson();
    EXPECT_EQ(json.value(QStringLiteral("kind")).toString(), QStringLiteral("evaluation"));
    EXPECT_EQ(json.value(QStringLiteral("assessment")).toObject().value(QStringLiteral("outcome")).toObject().value(QStringLiteral("achieved")).toInt(), 2);
}

TEST(ReportContent, ARecordStarMarkDidNotWriteIsMalformedNotZero)
{
    ReportFixture& f = ReportFixture::instance();
    QString error;
    const std::optional<Assessment> camera = f.camera->load(&error);
    ASSERT_TRUE(camera) << error.toStdString();
    QJsonObject other = QJsonDocument::fromJson(assessmentJson(*camera, 1)).object();
    other.insert(QStringLiteral("mode"), QStringLiteral("other")); // neither self nor lab
    QJsonObject noLevel = QJsonDocument::fromJson(assessmentJson(*camera, 1)).object();
    noLevel.remove(QStringLiteral("level")); // a misspelt key must not read as ★0
    for (const QByteArray& json : {QByteArray("not json"), QByteArray("[1, 2]"), QJsonDocument(other).toJson(), QJsonDocument(noLevel).toJson()}) {
        const Result<ReportContent> c = ReportContent::fromAssessmentJson(json);
        EXPECT_FALSE(c.ok()) << json.left(60).toStdString();
        EXPECT_TRUE(findProblem(c.problems(), u"report.content-malformed")) << describe(c.problems());
    }
    EXPECT_TRUE(findProblem(ReportContent::fromSurveillanceJson("{\"format\": \"something-else\"}").problems(), u"report.content-malformed"));
}

TEST(ReportContent, TheFamilyIsReadBackAndShownToMachines)
{
    ReportFixture& f = ReportFixture::instance();
    Assessment camera = *f.camera->load(nullptr);
    camera.product.otherModels = {QStringLiteral("MS-CAM100W"), QStringLiteral("MS-CAM100/B")};
    const Result<ReportContent> c = ReportContent::fromAssessmentJson(assessmentJson(camera, 1));
    ASSERT_TRUE(c.ok()) << describe(c.problems());
    EXPECT_EQ(c->assessment.product.models(), camera.product.models());
    const QJsonArray models
        = c->toJson().value(QStringLiteral("assessment")).toObject().value(QStringLiteral("product")).toObject().value(QStringLiteral("models")).toArray();
    EXPECT_EQ(models, QJsonArray::fromStringList(camera.product.models()));
    // A family a declaration could not hold makes the record malformed, not a shorter family.
    QJsonObject json = QJsonDocument::fromJson(assessmentJson(camera, 1)).object();
    QJsonObject product = json.value(QStringLiteral("product")).toObject();
    product.insert(QStringLiteral("models"), QJsonArray{QStringLiteral("MS-CAM100W"), camera.product.model});
    json.insert(QStringLiteral("product"), product);
    EXPECT_FALSE(ReportContent::fromAssessmentJson(QJsonDocument(json).toJson()).ok());
}
