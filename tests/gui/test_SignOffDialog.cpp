// The lab's walk on the ★3 router demo: fix the failed test case in the test
// table, see ★3 reached, have the reviewer sign off (not the evaluator), find
// the assessment locked, and sign the evaluation report that `starmark verify` accepts.
#include "CliRunner.h"
#include "SqliteEdit.h"
#include "StudioFixture.h"

#include "ExportDialog.h"
#include "MainWindow.h"
#include "OutcomePanel.h"
#include "RequirementPane.h"
#include "Session.h"
#include "SignOffDialog.h"
#include "StartPage.h"

#include "evaluators/Outcome.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

#include <gtest/gtest.h>

using namespace starmark;
using namespace starmark::studio;
using namespace starmark::studio::test;
using starmark::test::runStarmark;

TEST(SignOffDialog, LabWalkWithReviewerSignOffAndASignedEvaluationReport)
{
    StudioFixture& f = StudioFixture::instance();
    MainWindow window(*f.studio);
    window.show();
    window.startPage()->findChild<QPushButton*>(QStringLiteral("openLabDemo"))->click();
    ASSERT_NE(window.session(), nullptr) << window.lastProblem().toStdString();
    Session& session = *window.session();
    ASSERT_EQ(session.assessment().mode, Assessment::Mode::Lab);
    EXPECT_EQ(Outcome::of(session.assessment(), session.chain()).achieved, 2) << "the demo misses ★3 on purpose";

    // The gap is listed; a click on it opens the requirement.
    auto* gaps = window.outcomePanel()->findChild<QListWidget*>(QStringLiteral("gaps"));
    ASSERT_EQ(gaps->count(), 1);
    emit gaps->itemClicked(gaps->item(0));
    ASSERT_EQ(window.currentRequirement(), QStringLiteral("S3.RT-02"));

    // The lab re-tests after the manufacturer's fix: observation and verdict in the test table.
    RequirementPane* pane = window.requirementPane();
    auto* tests = pane->findChild<QTableWidget*>(QStringLiteral("tests"));
    ASSERT_TRUE(tests->isVisibleTo(&window));
    ASSERT_EQ(tests->rowCount(), 3);
    const QString observed = QStringLiteral("修正版5.0.3で、Web管理画面のファイル更新でも旧版5.0.0が拒否された。");
    tests->item(2, 2)->setText(observed);
    auto* t3 = pane->findChild<QComboBox*>(QStringLiteral("test-S3.RT-02-T3"));
    ASSERT_NE(t3, nullptr);
    t3->setCurrentIndex(t3->findData(int(TestVerdict::Pass)));
    emit t3->activated(t3->currentIndex());
    auto* verdict = pane->findChild<QComboBox*>(QStringLiteral("verdict"));
    verdict->setCurrentIndex(verdict->findData(int(Verdict::Pass)));
    emit verdict->activated(verdict->currentIndex());
    const Assessment::Result& result = session.assessment().results[QStringLiteral("S3.RT-02")];
    EXPECT_EQ(result.tests[QStringLiteral("S3.RT-02-T3")].observed, observed);
    EXPECT_EQ(result.tests[QStringLiteral("S3.RT-02-T3")].verdict, TestVerdict::Pass);
    EXPECT_EQ(Outcome::of(session.assessment(), session.chain()).achieved, 3);
    EXPECT_EQ(gaps->count(), 0);

    // Sign-off: the evaluator may not review their own work; someone else may.
    whenModal([&](QWidget* modal) {
        auto* dialog = qobject_cast<SignOffDialog*>(modal);
        ASSERT_NE(dialog, nullptr);
        auto* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        dialog->setReviewer(session.assessment().evaluator.name);
        EXPECT_FALSE(ok->isEnabled());
        EXPECT_TRUE(dialog->findChild<QLabel*>(QStringLiteral("problem"))->text().contains(QStringLiteral("以外の人でなければなりません")));
        dialog->setReviewer(QStringLiteral("鈴木 花子"));
        EXPECT_TRUE(ok->isEnabled());
        ok->click();
    });
    window.signOff();
    ASSERT_TRUE(session.assessment().signOff.has_value());
    EXPECT_EQ(session.assessment().signOff->reviewer, QStringLiteral("鈴木 花子"));
    EXPECT_FALSE(verdict->isEnabled()) << "a signed-off assessment is locked";
    EXPECT_FALSE(session.undoStack()->canUndo()) << "no undo is offered that the locked file would refuse";
    Assessment tampered = session.assessment();
    tampered.results[QStringLiteral("S3.RT-01")].verdict = Verdict::Fail;
    EXPECT_FALSE(session.change(tampered, QStringLiteral("after sign-off")));
    EXPECT_FALSE(session.assessment().results[QStringLiteral("S3.RT-01")].verdict == Verdict::Fail);

    const QString report = f.path(QStringLiteral("lab/report.pdf"));
    QDir().mkpath(f.path(QStringLiteral("lab")));
    ExportDialog dialog(session, ExportDialog::ReportTab, &window);
    dialog.findChild<QLineEdit*>(QStringLiteral("keyPath"))->setText(f.pki(QStringLiteral("lab.key")));
    dialog.findChild<QLineEdit*>(QStringLiteral("certPath"))->setText(f.pki(QStringLiteral("lab.pem")));
    dialog.findChild<QLineEdit*>(QStringLiteral("chainPath"))->setText(f.pki(QStringLiteral("ca.pem")));
    dialog.findChild<QLineEdit*>(QStringLiteral("reportPath"))->setText(report);
    dialog.previewReport();
    ASSERT_TRUE(dialog.signReport()) << dialog.findChild<QLabel*>(QStringLiteral("reportStatus"))->text().toStdString();
    const starmark::test::CliResult verified = runStarmark(
        {QStringLiteral("verify"), report, QStringLiteral("--trust"), f.pki(QStringLiteral("ca.pem")), QStringLiteral("--json")});
    EXPECT_EQ(verified.code, 0) << verified.out.toStdString() << verified.err.toStdString();
    const QJsonObject assessment = QJsonDocument::fromJson(verified.out.toUtf8()).object().value(QStringLiteral("assessment")).toObject();
    EXPECT_EQ(assessment.value(QStringLiteral("outcome")).toObject().value(QStringLiteral("achieved")).toInt(), 3)
        << verified.out.toStdString();
}

TEST(SignOffDialog, AFileChangedOutsideStarMarkIsNotSignedOff)
{
    StudioFixture& f = StudioFixture::instance();
    const QString copy = f.demoCopy(QStringLiteral("router-star3"), QStringLiteral("tampered-lab.starmark"));
    // Results rewritten with sqlite3 behind the trail.
    starmark::test::sqliteEdit(copy, {QStringLiteral("UPDATE results SET body = replace(body, '\"rationale\":\"', '\"rationale\":\"(edited) ')")});
    MainWindow window(*f.studio);
    ASSERT_TRUE(window.openFile(copy)) << window.lastProblem().toStdString();
    const QByteArray head = window.session()->file().auditHead();
    SignOffDialog dialog(*window.session());
    dialog.setReviewer(QStringLiteral("鈴木 花子"));
    const QString problem = dialog.findChild<QLabel*>(QStringLiteral("problem"))->text();
    EXPECT_TRUE(problem.contains(QStringLiteral("changed outside StarMark"))) << problem.toStdString();
    EXPECT_FALSE(dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->isEnabled());
    EXPECT_FALSE(dialog.signOff());
    EXPECT_EQ(window.session()->file().auditHead(), head);
    // Nor revised.
    EXPECT_FALSE(window.startRevision(QStringLiteral("9.9.9")));
    EXPECT_TRUE(window.lastProblem().contains(QStringLiteral("changed outside StarMark"))) << window.lastProblem().toStdString();
}
