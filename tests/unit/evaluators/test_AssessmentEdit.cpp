#include "Fixtures.h"

#include "criteria/InputLimits.h"
#include "evaluators/AssessmentEdit.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace starmark;
using namespace starmark::test;

namespace {

class AssessmentEditTest : public ::testing::Test {
protected:
    // The first problem's code of one assignment, or empty when it was taken.
    QString refusal(const QString& key, const QString& value)
    {
        Assessment changed = a;
        const Result<void> done = edit.assign(changed, key, value);
        return done ? QString() : done.problems().constFirst().code;
    }
    QTemporaryDir dir;
    Assessment a = demoAssessment("camera-star1");
    AssessmentEdit edit{chainOf(a.catalog), dir.path()};
};

} // namespace

TEST_F(AssessmentEditTest, EachKeySetsItsField)
{
    writeFile(dir, QStringLiteral("evidence/log.txt"), "seen");
    const Problems problems = edit.apply(a,
        {{QStringLiteral("product.model"), QStringLiteral("NC-2")}, {QStringLiteral("product.name.en"), QStringLiteral("Cam")},
            {QStringLiteral("product.released"), QStringLiteral("2026-01-10")}, {QStringLiteral("evaluator.name"), QStringLiteral("山田")},
            {QStringLiteral("profile.has_network_auth"), QStringLiteral("false")},
            {QStringLiteral("S1.1-04.rationale"), QStringLiteral("checked")},
            {QStringLiteral("S1.1-04.evidence"), QStringLiteral("evidence/log.txt")}});
    EXPECT_TRUE(problems.isEmpty()) << problems.value(0).toString(Language::English).toStdString();
    EXPECT_EQ(a.product.model, QStringLiteral("NC-2"));
    EXPECT_EQ(a.product.name.en, QStringLiteral("Cam"));
    EXPECT_EQ(a.product.released, QDate(2026, 1, 10));
    EXPECT_EQ(a.evaluator.name, QStringLiteral("山田"));
    EXPECT_EQ(a.profile.value(QStringLiteral("has_network_auth")), QStringLiteral("false"));
    EXPECT_EQ(a.results.value(QStringLiteral("S1.1-04")).rationale, QStringLiteral("checked"));
    ASSERT_EQ(a.results.value(QStringLiteral("S1.1-04")).evidence.size(), 1);
    EXPECT_EQ(a.results.value(QStringLiteral("S1.1-04")).evidence[0].size, 4);
}

TEST_F(AssessmentEditTest, NeededInterfacesAreSetAsACommaSeparatedListAndClearedByAnEmptyValue)
{
    ASSERT_TRUE(edit.assign(a, QStringLiteral("product.needed_interfaces"), QStringLiteral("tcp/443 https, udp/5353 mdns,,")));
    EXPECT_EQ(a.product.neededInterfaces, (QStringList{QStringLiteral("tcp/443 https"), QStringLiteral("udp/5353 mdns")}));
    ASSERT_TRUE(edit.assign(a, QStringLiteral("product.needed_interfaces"), QString()));
    EXPECT_TRUE(a.product.neededInterfaces.isEmpty());
    // One bad entry and the list stays as it was.
    a.product.neededInterfaces = {QStringLiteral("tcp/443")};
    for (const char* bad : {"tcp/443,tcp/99999", "foo/22", "tcp/22,TCP/22 ssh", "tcp/*"}) {
        EXPECT_EQ(refusal(QStringLiteral("product.needed_interfaces"), QString::fromUtf8(bad)), QStringLiteral("assessment.bad-interface")) << bad;
        Assessment changed = a;
        EXPECT_FALSE(edit.assign(changed, QStringLiteral("product.needed_interfaces"), QString::fromUtf8(bad)));
        EXPECT_EQ(changed.product.neededInterfaces, QStringList{QStringLiteral("tcp/443")}) << bad;
    }
}

TEST_F(AssessmentEditTest, AVerdictGivenAgainCountsAsRechecked)
{
    a.results[QStringLiteral("S1.1-04")].recheck = true;
    ASSERT_TRUE(edit.assign(a, QStringLiteral("S1.1-04.verdict"), QStringLiteral("pass")));
    EXPECT_FALSE(a.results.value(QStringLiteral("S1.1-04")).recheck);
    // Another field of the result is not a re-check of it.
    a.results[QStringLiteral("S1.1-04")].recheck = true;
    ASSERT_TRUE(edit.assign(a, QStringLiteral("S1.1-04.rationale"), QStringLiteral("more")));
    EXPECT_TRUE(a.results.value(QStringLiteral("S1.1-04")).recheck);
    // The desktop app's verdict goes through the same rule.
    Assessment::Result result{Verdict::Pass, {}, {}, {}, {}, {}, true};
    AssessmentEdit::giveVerdict(result, Verdict::Fail);
    EXPECT_EQ(result.verdict, Verdict::Fail);
    EXPECT_FALSE(result.recheck);
}

TEST_F(AssessmentEditTest, AManufacturersWrongValuesAreRefusedByCode)
{
    EXPECT_EQ(refusal(QStringLiteral("S1.1-04.verdict"), QStringLiteral("passed")), QStringLiteral("assessment.not-a-verdict"));
    EXPECT_EQ(refusal(QStringLiteral("S1.1-99.verdict"), QStringLiteral("pass")), QStringLiteral("assessment.unknown-requirement"));
    EXPECT_EQ(refusal(QStringLiteral("product.released"), QStringLiteral("2026-02-30")), QStringLiteral("assessment.not-a-date"));
    EXPECT_EQ(
        refusal(QStringLiteral("product.support_until"), QStringLiteral("2000-01-01")), QStringLiteral("assessment.dates-out-of-order"));
    EXPECT_EQ(refusal(QStringLiteral("product.vulnerability_contact"), QStringLiteral("http://x")),
        QStringLiteral("assessment.unusable-contact"));
    EXPECT_EQ(refusal(QStringLiteral("profile.has_network_authh"), QStringLiteral("true")), QStringLiteral("assessment.unknown-question"));
    EXPECT_EQ(refusal(QStringLiteral("profile.has_network_auth"), QStringLiteral("maybe")), QStringLiteral("assessment.not-yes-or-no"));
    EXPECT_EQ(refusal(QStringLiteral("S1.1-04.tests.T1.result"), QStringLiteral("pass")), QStringLiteral("assessment.unknown-test-key"));
    EXPECT_EQ(refusal(QStringLiteral("S1.1-04.tests.T1.verdict"), QStringLiteral("ok")), QStringLiteral("assessment.not-a-test-verdict"));
    EXPECT_EQ(refusal(QStringLiteral("nonsense"), QStringLiteral("1")), QStringLiteral("assessment.unknown-key"));
    EXPECT_EQ(refusal(QStringLiteral("S1.1-04.colour"), QStringLiteral("1")), QStringLiteral("assessment.unknown-key"));
    EXPECT_EQ(refusal(QStringLiteral("S1.1-04.evidence"), QStringLiteral("evidence/missing.md")), QStringLiteral("evidence.not-found"));
    EXPECT_EQ(refusal(QStringLiteral("S1.1-04.evidence"), QStringLiteral("../../etc/passwd")), QStringLiteral("evidence.not-found"));
    EXPECT_EQ(refusal(QStringLiteral("product.model"), QString(InputLimits::shortTextCharacters + 1, QLatin1Char('x'))),
        QStringLiteral("assessment.text-too-long"));
    // A model number set by hand is held to the declaration's rule, and never repeats one of the family.
    for (const char* model : {"../../etc/passwd", "MS\x07", "MS\\CAM", " MS"})
        EXPECT_EQ(refusal(QStringLiteral("product.model"), QString::fromUtf8(model)), QStringLiteral("assessment.bad-model")) << model;
    EXPECT_EQ(refusal(QStringLiteral("product.model"), QString(65, QLatin1Char('x'))), QStringLiteral("assessment.bad-model"));
    EXPECT_EQ(refusal(QStringLiteral("product.model"), a.product.otherModels.value(0)), QStringLiteral("assessment.bad-model"));
    EXPECT_EQ(refusal(QStringLiteral("product.model"), QStringLiteral("MS-CAM200/D")), QString());
    // The problem names the key it concerns and says what is wrong in both languages.
    Assessment changed = a;
    const Result<void> wrong = edit.assign(changed, QStringLiteral("S1.1-04.verdict"), QStringLiteral("passed"));
    ASSERT_FALSE(wrong);
    const Problem& p = wrong.problems().constFirst();
    EXPECT_EQ(p.key, QStringLiteral("S1.1-04.verdict"));
    EXPECT_EQ(p.severity, Problem::Severity::Invalid);
    EXPECT_TRUE(p.message.text(Language::English).startsWith(QStringLiteral("'passed' is not a verdict")))
        << p.message.text(Language::English).toStdString();
    EXPECT_TRUE(p.message.text(Language::Japanese).contains(QStringLiteral("判定ではありません")))
        << p.message.text(Language::Japanese).toStdString();
}

TEST_F(AssessmentEditTest, APassThatBreaksItsRequirementsRulesIsRefusedWithTheResultsKey)
{
    const Problems problems = edit.apply(a, {{QStringLiteral("S1.1-05.items"), QStringLiteral("1")}});
    const Problem* rule = findProblem(problems, u"assessment.result-rule");
    ASSERT_TRUE(rule);
    EXPECT_EQ(rule->key, QStringLiteral("S1.1-05.items"));
    // A result left alone is not checked again: the demo's own results hold.
    EXPECT_TRUE(edit.apply(a, {{QStringLiteral("product.model"), QStringLiteral("X")}}).isEmpty());
}

TEST_F(AssessmentEditTest, EvidenceOfOneNameIsNumberedNeverReplaced)
{
    const QString first = writeFile(dir, QStringLiteral("one/report.pdf"), "first");
    const QString second = writeFile(dir, QStringLiteral("two/report.pdf"), "second");
    Assessment::Result result;
    const Problems problems = AssessmentEdit::addEvidence(result, {first, second, dir.filePath(QStringLiteral("gone.pdf")), dir.path()});
    ASSERT_EQ(result.evidence.size(), 2);
    EXPECT_EQ(result.evidence[0].name, QStringLiteral("report.pdf"));
    EXPECT_EQ(result.evidence[1].name, QStringLiteral("report (2).pdf"));
    EXPECT_EQ(result.evidence[1].sourcePath, QFileInfo(second).canonicalFilePath());
    ASSERT_EQ(problems.size(), 2);
    EXPECT_EQ(problems[0].code, QStringLiteral("evidence.missing"));
    EXPECT_EQ(problems[0].where.file, dir.filePath(QStringLiteral("gone.pdf")));
    EXPECT_EQ(problems[1].code, QStringLiteral("evidence.unreadable")); // a folder
}
