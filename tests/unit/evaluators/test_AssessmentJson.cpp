#include "Fixtures.h"

#include "evaluators/AssessmentJson.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace starmark;
using namespace starmark::test;

TEST(AssessmentJson, RoundTripsTheDemos)
{
    for (const char* demo : {"camera-star1", "router-star3"}) {
        Assessment a = demoAssessment(demo);
        for (Assessment::Result& r : a.results) {
            for (Assessment::Evidence& e : r.evidence) {
                e.sha256 = QByteArray(64, 'a');
                e.sourcePath.clear();
            }
        }
        a.signOff = Assessment::SignOff{QStringLiteral("鈴木 一郎"), QDateTime(QDate(2026, 10, 30), QTime(6, 0), Qt::UTC)};
        const std::optional<Assessment> back = AssessmentJson::fromJson(AssessmentJson::toJson(a));
        ASSERT_TRUE(back.has_value()) << demo;
        EXPECT_EQ(*back, a) << demo;
    }
}

TEST(AssessmentJson, RejectsDamagedJson)
{
    QJsonObject json = AssessmentJson::toJson(demoAssessment("camera-star1"));
    json.insert(QStringLiteral("mode"), QStringLiteral("bogus"));
    EXPECT_FALSE(AssessmentJson::fromJson(json).has_value());
    EXPECT_FALSE(AssessmentJson::resultFromJson(QJsonObject{{QStringLiteral("verdict"), QStringLiteral("maybe")}}).has_value());
}

namespace {

// The camera demo as JSON with its product's `key` set to `value` (or removed, when undefined).
QJsonObject withProduct(const char* key, const QJsonValue& value)
{
    QJsonObject json = AssessmentJson::toJson(demoAssessment("camera-star1"));
    QJsonObject product = json.value(QStringLiteral("product")).toObject();
    if (value.isUndefined())
        product.remove(QLatin1String(key));
    else
        product.insert(QLatin1String(key), value);
    json.insert(QStringLiteral("product"), product);
    return json;
}

QJsonObject withModels(const QJsonValue& models)
{
    return withProduct("models", models);
}

} // namespace

TEST(AssessmentJson, TheFamilyIsWrittenWholeAndReadBack)
{
    Assessment a = demoAssessment("camera-star1");
    a.product.otherModels = {QStringLiteral("MS-CAM100W"), QStringLiteral("MS-CAM100/B")};
    const QJsonObject json = AssessmentJson::toJson(a);
    EXPECT_EQ(json.value(QStringLiteral("product")).toObject().value(QStringLiteral("models")).toArray().size(), 3);
    const std::optional<Assessment> back = AssessmentJson::fromJson(json);
    ASSERT_TRUE(back.has_value());
    EXPECT_EQ(back->product.models(), a.product.models());
}

TEST(AssessmentJson, AFileFromBeforeFamiliesCoversItsOneModel)
{
    const std::optional<Assessment> old = AssessmentJson::fromJson(withModels(QJsonValue::Undefined));
    ASSERT_TRUE(old.has_value());
    EXPECT_EQ(old->product.models(), QStringList{old->product.model});
}

TEST(AssessmentJson, AFamilyNoDeclarationCouldHoldIsRefused)
{
    const QString model = demoAssessment("camera-star1").product.model;
    QJsonArray many{model};
    for (int i = 0; i < 10000; ++i)
        many.append(QStringLiteral("X-%1").arg(i));
    for (const QJsonValue& bad : {QJsonValue(QJsonArray{QStringLiteral("OTHER"), model}), QJsonValue(QJsonArray{model, QStringLiteral("A"), QStringLiteral("A")}),
             QJsonValue(QJsonArray{model, model}), QJsonValue(QJsonArray{model, QStringLiteral("../x")}), QJsonValue(QJsonArray{model, 7}),
             QJsonValue(QJsonArray{}), QJsonValue(model), QJsonValue(many)})
        EXPECT_FALSE(AssessmentJson::fromJson(withModels(bad)).has_value()) << QJsonDocument(QJsonObject{{"m", bad}}).toJson().left(120).toStdString();
}

TEST(AssessmentJson, NeededInterfacesAreWrittenOnlyWhenListedSoOlderStatesHashAsBefore)
{
    Assessment a = demoAssessment("camera-star1");
    ASSERT_FALSE(a.product.neededInterfaces.isEmpty());
    const QJsonObject listed = AssessmentJson::header(a).value(QStringLiteral("product")).toObject();
    EXPECT_EQ(listed.value(QStringLiteral("needed_interfaces")).toArray(), QJsonArray::fromStringList(a.product.neededInterfaces));
    a.product.neededInterfaces.clear();
    EXPECT_FALSE(AssessmentJson::header(a).value(QStringLiteral("product")).toObject().contains(QStringLiteral("needed_interfaces")));
    const std::optional<Assessment> back = AssessmentJson::fromJson(AssessmentJson::toJson(a));
    ASSERT_TRUE(back.has_value());
    EXPECT_TRUE(back->product.neededInterfaces.isEmpty());
}

TEST(AssessmentJson, NeededInterfacesNoDeclarationCouldHoldAreRefused)
{
    for (const QJsonValue& bad : {QJsonValue(QJsonArray{QStringLiteral("tcp/99999")}), QJsonValue(QJsonArray{QStringLiteral("foo/22")}),
             QJsonValue(QJsonArray{QStringLiteral("tcp/22"), QStringLiteral("TCP/22 ssh")}), QJsonValue(QJsonArray{22}), QJsonValue(QJsonArray{}),
             QJsonValue(QStringLiteral("tcp/22"))})
        EXPECT_FALSE(AssessmentJson::fromJson(withProduct("needed_interfaces", bad)).has_value()) << QJsonDocument(QJsonObject{{"i", bad}}).toJson().toStdString();
    EXPECT_TRUE(AssessmentJson::fromJson(withProduct("needed_interfaces", QJsonArray{QStringLiteral("tcp/22 ssh")})).has_value());
}
