// Override… on the ★3 router with a weak TLS scan imported: the reason is required, a verdict
// the tools propose too is refused with nothing saved, and an override with its reason is what
// `starmark assess status` then reports.
#include "CliRunner.h"
#include "StudioFixture.h"

#include "MainWindow.h"
#include "OverrideDialog.h"
#include "RequirementPane.h"
#include "Session.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>

#include <gtest/gtest.h>

using namespace starmark;
using namespace starmark::studio;
using namespace starmark::studio::test;
using starmark::test::runStarmark;

TEST(OverrideDialog, NeedsAReasonRefusesAgreeingAndRecordsTheOverride)
{
    StudioFixture& f = StudioFixture::instance();
    const QString file = f.demoCopy(QStringLiteral("router-star3"), QStringLiteral("override.starmark"));
    ASSERT_EQ(runStarmark({QStringLiteral("tool"), QStringLiteral("import"), file,
                  QStringLiteral(STARMARK_SOURCE_SHARE_DIR "/../tests/fixtures/tools/sslscan-weak.xml")})
                  .code,
        0);
    MainWindow window(*f.studio);
    window.show();
    ASSERT_TRUE(window.openFile(file)) << window.lastProblem().toStdString();
    window.selectRequirement(QStringLiteral("S1.1-12"));
    auto* button = window.requirementPane()->findChild<QPushButton*>(QStringLiteral("overrideProposals"));
    ASSERT_NE(button, nullptr);
    ASSERT_TRUE(button->isVisibleTo(&window));
    const QByteArray head = window.session()->file().auditHead();

    const QString reason = QStringLiteral("TLS 1.0 は評価用の試験ポートで応答したもので、製品の待受ではない");
    whenModal([&](QWidget* modal) {
        auto* dialog = qobject_cast<OverrideDialog*>(modal);
        ASSERT_NE(dialog, nullptr);
        auto* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        auto* verdict = dialog->findChild<QComboBox*>(QStringLiteral("verdict"));
        auto* rationale = dialog->findChild<QPlainTextEdit*>(QStringLiteral("rationale"));
        auto* problem = dialog->findChild<QLabel*>(QStringLiteral("problem"));
        EXPECT_FALSE(ok->isEnabled()) << "no reason, no override";
        rationale->setPlainText(QStringLiteral("   "));
        EXPECT_FALSE(ok->isEnabled()) << "a blank reason is none";
        // Agreeing with the tools is accepting them: refused by the library, nothing saved.
        rationale->setPlainText(reason);
        verdict->setCurrentIndex(verdict->findData(int(Verdict::Fail)));
        ASSERT_TRUE(ok->isEnabled());
        EXPECT_FALSE(dialog->override());
        EXPECT_TRUE(problem->text().contains(QStringLiteral("S1.1-12"))) << problem->text().toStdString();
        EXPECT_EQ(window.session()->file().auditHead(), head);
        verdict->setCurrentIndex(verdict->findData(int(Verdict::Pass)));
        ok->click();
    });
    button->click();

    const Assessment& a = window.session()->assessment();
    EXPECT_EQ(a.results.value(QStringLiteral("S1.1-12")).verdict, Verdict::Pass);
    EXPECT_EQ(a.results.value(QStringLiteral("S1.1-12")).rationale, reason);
    EXPECT_EQ(a.toolRuns[0].overridden, QStringList{QStringLiteral("S1.1-12")});
    EXPECT_TRUE(window.requirementPane()->findChild<QLabel*>(QStringLiteral("proposals"))->text().contains(reason));
    const starmark::test::CliResult status = runStarmark({QStringLiteral("assess"), QStringLiteral("status"), file, QStringLiteral("--json")});
    for (const QJsonValue& p : QJsonDocument::fromJson(status.out.toUtf8()).object().value(QStringLiteral("proposals")).toArray()) {
        EXPECT_EQ(p.toObject().value(QStringLiteral("decision")).toString(), QStringLiteral("overridden"));
        EXPECT_EQ(p.toObject().value(QStringLiteral("rationale")).toString(), reason);
    }
}
