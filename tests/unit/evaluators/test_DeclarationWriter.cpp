#include "Fixtures.h"

#include "evaluators/DeclarationReader.h"
#include "evaluators/DeclarationWriter.h"

#include <gtest/gtest.h>

using namespace starmark;
using namespace starmark::test;

namespace {

// Writes `a` as a declaration beside its evidence, reads it back.
Assessment roundTrip(const Assessment& a, QByteArray* written = nullptr)
{
    QTemporaryDir dir;
    for (const Assessment::Result& r : a.results) {
        for (const Assessment::Evidence& e : r.evidence)
            writeFile(dir, e.name, "evidence");
    }
    const QByteArray yaml = DeclarationWriter::write(a, chainOf(a.catalog));
    if (written)
        *written = yaml;
    const QString path = writeFile(dir, QStringLiteral("declaration.yaml"), yaml);
    const DeclarationReader::Result r = DeclarationReader::readFile(path, shippedCatalogs());
    if (!r.assessment) {
        ADD_FAILURE() << r.problems.value(0).toString().toStdString() << "\n" << yaml.toStdString();
        return {};
    }
    return *r.assessment;
}

void dropSources(Assessment& a)
{
    for (Assessment::Result& r : a.results) {
        for (Assessment::Evidence& e : r.evidence) {
            e.sourcePath.clear();
            e.size = -1;
        }
    }
}

} // namespace

TEST(DeclarationWriter, DemosSurviveARoundTrip)
{
    for (const char* demo : {"camera-star1", "router-star3"}) {
        Assessment a = demoAssessment(demo);
        QByteArray first;
        Assessment back = roundTrip(a, &first);
        dropSources(a);
        dropSources(back);
        EXPECT_EQ(back, a) << demo;
        QByteArray second;
        roundTrip(back, &second);
        EXPECT_EQ(first, second) << demo;
    }
}

TEST(DeclarationWriter, AFamilySurvivesAndOneModelIsWrittenAsBefore)
{
    Assessment a = demoAssessment("camera-star1");
    a.product.otherModels.clear();
    QByteArray single;
    roundTrip(a, &single);
    EXPECT_FALSE(single.contains("models:"));
    a.product.otherModels = {QStringLiteral("MS-CAM100W"), QStringLiteral("MS-CAM100/B"), QStringLiteral("型番 #3")};
    QByteArray family;
    const Assessment back = roundTrip(a, &family);
    EXPECT_TRUE(family.contains("models:"));
    EXPECT_EQ(back.product.models(), a.product.models());
}

TEST(DeclarationWriter, AwkwardTextSurvives)
{
    Assessment a = demoAssessment("camera-star1");
    const QStringList awkward{QStringLiteral("true"), QStringLiteral("null"), QStringLiteral("~"), QStringLiteral("1.10"),
        QStringLiteral("- not a list"), QStringLiteral("key: value"), QStringLiteral("#not a comment"), QStringLiteral("  leading spaces"),
        QStringLiteral("two\nlines\n"), QStringLiteral("quote \" and ' both"), QStringLiteral("タブ\tと全角　スペース"),
        QStringLiteral("{flow: map}"), QStringLiteral("*alias"), QStringLiteral("&anchor"), QStringLiteral("@at"), QStringLiteral("`tick`"),
        QStringLiteral("trailing space ")};
    int i = 0;
    for (auto it = a.results.begin(); it != a.results.end() && i < awkward.size(); ++it, ++i)
        it->rationale = awkward[i];
    a.product.model = QStringLiteral("0123");
    a.product.firmware = QStringLiteral("1.0");
    a.product.manufacturer.en = QStringLiteral("Yes");
    Assessment back = roundTrip(a);
    dropSources(a);
    dropSources(back);
    EXPECT_EQ(back, a);
}

TEST(DeclarationWriter, LabResultsAndSignOffSurvive)
{
    Assessment a = demoAssessment("router-star3");
    a.signOff = Assessment::SignOff{QStringLiteral("鈴木 一郎"), QDateTime(QDate(2026, 10, 30), QTime(6, 0), Qt::UTC)};
    a.results.first().recheck = true;
    Assessment back = roundTrip(a);
    dropSources(a);
    dropSources(back);
    EXPECT_EQ(back, a);
}
