#include "Fixtures.h"

#include "evaluators/AssessmentJson.h"

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
