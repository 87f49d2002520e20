// The ★1 demo walked as a manufacturer's quality department would: start a new
// assessment from the start page, fill in the product and the profile, judge
// every requirement with its items, rationale and evidence, moving with the
// keyboard, then export the signed report and the label, and hold both to the
// real `starmark verify` and `starmark verify-label`.
#include "CliRunner.h"
#include "StudioFixture.h"

#include "ExportDialog.h"
#include "MainWindow.h"
#include "NewAssessmentWizard.h"
#include "OutcomePanel.h"
#include "RequirementPane.h"
#include "Session.h"
#include "StartPage.h"

#include "criteria/CatalogChain.h"
#include "evaluators/AssessmentFile.h"
#include "evaluators/DeclarationReader.h"
#include "evaluators/Outcome.h"
#include "reports/checklist/ChecklistLayout.h"
#include "reports/checklist/XlsxWorkbook.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStatusBar>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>

#include <gtest/gtest.h>

using namespace starmark;
using namespace starmark::studio;
using namespace starmark::studio::test;
using starmark::test::runStarmark;

namespace {

void choose(QComboBox* combo, const QVariant& data)
{
    ASSERT_NE(combo, nullptr);
    const int index = combo->findData(data);
    ASSERT_GE(index, 0) << data.toString().toStdString();
    combo->setCurrentIndex(index);
    emit combo->activated(index); // what a user's pick emits
}

// Drops files on a widget the way a file manager does.
void dropFiles(QWidget* target, const QStringList& paths)
{
    QMimeData mime;
    QList<QUrl> urls;
    for (const QString& p : paths)
        urls << QUrl::fromLocalFile(p);
    mime.setUrls(urls);
    const QPointF at(10, 10);
    QDragEnterEvent enter(at.toPoint(), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
}

// Fills the wizard with the demo's product and profile, checking the inline validation on the way.
void fillWizard(QWidget* modal, const Assessment& demo, const QString& file)
{
    auto* wizard = qobject_cast<NewAssessmentWizard*>(modal);
    ASSERT_NE(wizard, nullptr);
    auto* catalogs = wizard->findChild<QListWidget*>(QStringLiteral("catalogs"));
    for (int i = 0; i < catalogs->count(); ++i) {
        if (catalogs->item(i)->data(Qt::UserRole).toString() == demo.catalog)
            catalogs->setCurrentRow(i);
    }
    EXPECT_TRUE(wizard->findChild<QRadioButton*>(QStringLiteral("modeSelf"))->isChecked());
    wizard->next();
    ASSERT_EQ(wizard->currentId(), NewAssessmentWizard::ProductPage);
    auto field = [&](const char* key) { return wizard->findChild<QLineEdit*>(QLatin1String(key)); };
    auto error = [&](const char* key) { return wizard->findChild<QLabel*>(QLatin1String(key) + QStringLiteral(".error")); };
    // Nothing filled in: Next stays here and names what is missing.
    wizard->next();
    EXPECT_EQ(wizard->currentId(), NewAssessmentWizard::ProductPage);
    EXPECT_TRUE(error("model")->isVisibleTo(wizard));
    field("manufacturer.ja")->setText(demo.product.manufacturer.ja);
    field("manufacturer.en")->setText(demo.product.manufacturer.en);
    field("name.ja")->setText(demo.product.name.ja);
    field("name.en")->setText(demo.product.name.en);
    field("model")->setText(demo.product.model);
    wizard->findChild<QPlainTextEdit*>(QStringLiteral("other_models"))->setPlainText(demo.product.otherModels.join(QLatin1Char('\n')));
    field("firmware")->setText(demo.product.firmware);
    field("hardware")->setText(demo.product.hardware);
    field("released")->setText(QStringLiteral("2026-13-01"));
    EXPECT_TRUE(error("released")->isVisibleTo(wizard));
    EXPECT_TRUE(error("released")->text().contains(QStringLiteral("YYYY-MM-DD")));
    field("released")->setText(demo.product.released.toString(Qt::ISODate));
    EXPECT_FALSE(error("released")->isVisibleTo(wizard));
    field("support_until")->setText(QStringLiteral("2025-01-01"));
    EXPECT_TRUE(error("support_until")->isVisibleTo(wizard)) << "support must end after the release";
    field("support_until")->setText(demo.product.supportUntil.toString(Qt::ISODate));
    EXPECT_FALSE(error("support_until")->isVisibleTo(wizard));
    field("vulnerability_contact")->setText(QStringLiteral("miraisense.example/security"));
    EXPECT_TRUE(error("vulnerability_contact")->isVisibleTo(wizard));
    field("vulnerability_contact")->setText(demo.product.vulnerabilityContact);
    EXPECT_FALSE(error("vulnerability_contact")->isVisibleTo(wizard));
    field("evaluator.name")->setText(demo.evaluator.name);
    field("evaluator.organisation")->setText(demo.evaluator.organisation);
    wizard->next();
    ASSERT_EQ(wizard->currentId(), NewAssessmentWizard::ProfilePage);

    // An answer's effect is shown at once: no network authentication rules requirements out, with the reason.
    auto* effects = wizard->findChild<QListWidget*>(QStringLiteral("effects"));
    auto* auth = wizard->findChild<QComboBox*>(QStringLiteral("profile.has_network_auth"));
    ASSERT_NE(auth, nullptr);
    auth->setCurrentIndex(auth->findData(QStringLiteral("false")));
    bool ruledOut = false;
    for (int i = 0; i < effects->count(); ++i)
        ruledOut |= effects->item(i)->text().contains(QStringLiteral("適用外"));
    EXPECT_TRUE(ruledOut) << "answering no must show requirements that no longer apply";
    for (auto it = demo.profile.cbegin(); it != demo.profile.cend(); ++it) {
        auto* answer = wizard->findChild<QComboBox*>(QStringLiteral("profile.") + it.key());
        ASSERT_NE(answer, nullptr) << it.key().toStdString();
        answer->setCurrentIndex(answer->findData(it.value()));
    }
    wizard->next();
    ASSERT_EQ(wizard->currentId(), NewAssessmentWizard::FilePage);
    wizard->findChild<QLineEdit*>(QStringLiteral("path"))->setText(file);
    wizard->button(QWizard::FinishButton)->click();
}

} // namespace

TEST(MainWindow, WalksTheStarOneDemoAndExportsWhatStarmarkVerifies)
{
    StudioFixture& f = StudioFixture::instance();
    const QString demoFolder = starmark::test::demoFolder("camera-star1");
    const DeclarationReader::Result read
        = DeclarationReader::readFile(demoFolder + QStringLiteral("/declaration.yaml"), f.studio->library());
    ASSERT_TRUE(read.assessment);
    const Assessment& demo = *read.assessment;
    const QString file = f.path(QStringLiteral("walk/MS-CAM100.starmark"));

    MainWindow window(*f.studio);
    window.show();
    window.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));

    whenModal([&](QWidget* modal) { fillWizard(modal, demo, file); });
    window.startPage()->findChild<QPushButton*>(QStringLiteral("newAssessment"))->click();
    ASSERT_NE(window.session(), nullptr) << window.lastProblem().toStdString();
    // The wizard has no field for the needed interfaces yet (`assess set product.needed_interfaces`).
    Product typed = demo.product;
    typed.neededInterfaces.clear();
    EXPECT_EQ(window.session()->assessment().product, typed);
    EXPECT_EQ(window.session()->assessment().profile, demo.profile);
    EXPECT_EQ(window.currentRequirement(), QStringLiteral("S1.1-01"));
    window.activateWindow(); // back from the wizard
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));

    RequirementPane* pane = window.requirementPane();
    const QStringList ids = demo.results.keys();
    for (int n = 0; n < ids.size(); ++n) {
        const QString& id = ids[n];
        if (n > 0)
            QTest::keyClick(&window, Qt::Key_Down, Qt::ControlModifier); // next requirement
        ASSERT_EQ(window.currentRequirement(), id);
        const Assessment::Result& expected = demo.results[id];
        for (const QString& item : expected.items) {
            auto* box = pane->findChild<QCheckBox*>(QStringLiteral("item-") + item);
            ASSERT_NE(box, nullptr) << id.toStdString() << " item " << item.toStdString();
            box->click();
        }
        choose(pane->findChild<QComboBox*>(QStringLiteral("verdict")), int(expected.verdict));
        pane->findChild<QPlainTextEdit*>(QStringLiteral("rationale"))->setPlainText(expected.rationale);
        QStringList paths;
        for (const Assessment::Evidence& e : expected.evidence)
            paths << QDir(demoFolder).filePath(e.name);
        auto* evidence = pane->findChild<QListWidget*>(QStringLiteral("evidence"));
        dropFiles(evidence->viewport(), paths.mid(0, 1));
        pane->addEvidence(paths.mid(1));
        ASSERT_EQ(evidence->count(), expected.evidence.size()) << id.toStdString();
        EXPECT_TRUE(evidence->item(0)->text().contains(QStringLiteral("SHA-256 "))) << "the hash is shown once stored";
        if (n == 0) {
            // The pause in typing saves the rationale without leaving the requirement.
            EXPECT_TRUE(QTest::qWaitFor([&] {
                QString error;
                const std::unique_ptr<AssessmentFile> onDisk = AssessmentFile::open(file, AssessmentFile::Access::ReadOnly, &error);
                const std::optional<Assessment> saved = onDisk ? onDisk->load(&error) : std::nullopt;
                return saved && saved->results.value(id).rationale == expected.rationale;
            })) << "the rationale typed is in the file";
        }
    }
    QTest::keyClick(&window, Qt::Key_J, Qt::ControlModifier); // next open one: none is left
    EXPECT_EQ(window.currentRequirement(), ids.last());
    // The last rationale is saved after a pause in typing.
    EXPECT_TRUE(QTest::qWaitFor(
        [&] { return window.session()->assessment().results.value(ids.last()).rationale == demo.results[ids.last()].rationale; }));
    const Assessment& done = window.session()->assessment();
    const Outcome outcome = Outcome::of(done, window.session()->chain());
    EXPECT_EQ(outcome.achieved, 1);
    EXPECT_TRUE(window.outcomePanel()->findChild<QLabel*>(QStringLiteral("levelAchieved"))->text().contains(QStringLiteral("★1 達成")));
    for (const QString& id : ids) {
        EXPECT_EQ(done.results[id].verdict, demo.results[id].verdict) << id.toStdString();
        EXPECT_EQ(QSet<QString>(done.results[id].items.cbegin(), done.results[id].items.cend()),
            QSet<QString>(demo.results[id].items.cbegin(), demo.results[id].items.cend()))
            << id.toStdString();
        EXPECT_EQ(done.results[id].rationale, demo.results[id].rationale) << id.toStdString();
        EXPECT_EQ(done.results[id].evidence.size(), demo.results[id].evidence.size()) << id.toStdString();
    }

    // Undo takes the last edit back out of the file, redo puts it back.
    const Assessment before = window.session()->assessment();
    choose(pane->findChild<QComboBox*>(QStringLiteral("verdict")), int(Verdict::Fail));
    EXPECT_EQ(Outcome::of(window.session()->assessment(), window.session()->chain()).achieved, 0);
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(window.session()->assessment(), before);
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(window.session()->assessment().results[ids.last()].verdict, Verdict::Fail);
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(window.session()->assessment(), before);

    // Export: the preview comes before the signature; then the label, previewed at real size.
    const QString report = f.path(QStringLiteral("walk/report.pdf"));
    const QString label = f.path(QStringLiteral("walk/label.png"));
    whenModal([&](QWidget* modal) {
        auto* dialog = qobject_cast<ExportDialog*>(modal);
        ASSERT_NE(dialog, nullptr);
        dialog->findChild<QLineEdit*>(QStringLiteral("keyPath"))->setText(f.pki(QStringLiteral("manufacturer.key")));
        dialog->findChild<QLineEdit*>(QStringLiteral("certPath"))->setText(f.pki(QStringLiteral("manufacturer.pem")));
        dialog->findChild<QLineEdit*>(QStringLiteral("chainPath"))->setText(f.pki(QStringLiteral("ca.pem")));
        dialog->findChild<QLineEdit*>(QStringLiteral("reportPath"))->setText(report);
        auto* sign = dialog->findChild<QPushButton*>(QStringLiteral("signReport"));
        EXPECT_FALSE(sign->isEnabled()) << "no signature before the preview";
        dialog->findChild<QPushButton*>(QStringLiteral("previewReport"))->click();
        EXPECT_TRUE(dialog->findChild<QTextBrowser*>(QStringLiteral("reportPreview"))->toPlainText().contains(demo.product.model));
        sign->click();
        EXPECT_TRUE(dialog->findChild<QLabel*>(QStringLiteral("reportStatus"))->text().contains(report))
            << dialog->findChild<QLabel*>(QStringLiteral("reportStatus"))->text().toStdString();
        dialog->findChild<QLineEdit*>(QStringLiteral("issuerKeyPath"))->setText(f.pki(QStringLiteral("label-issuer.key")));
        dialog->findChild<QLineEdit*>(QStringLiteral("registration"))->setText(QStringLiteral("JCS-26-000777"));
        dialog->findChild<QLineEdit*>(QStringLiteral("labelPath"))->setText(label);
        dialog->findChild<QPushButton*>(QStringLiteral("previewLabel"))->click();
        EXPECT_FALSE(dialog->findChild<QLabel*>(QStringLiteral("labelPreview"))->pixmap().isNull())
            << dialog->findChild<QLabel*>(QStringLiteral("labelStatus"))->text().toStdString();
        dialog->findChild<QPushButton*>(QStringLiteral("saveLabel"))->click();
        EXPECT_TRUE(dialog->findChild<QLabel*>(QStringLiteral("labelStatus"))->text().contains(label))
            << dialog->findChild<QLabel*>(QStringLiteral("labelStatus"))->text().toStdString();
        dialog->reject();
    });
    QTest::keyClick(&window, Qt::Key_E, Qt::ControlModifier);

    const starmark::test::CliResult verified
        = runStarmark({QStringLiteral("verify"), report, QStringLiteral("--trust"), f.pki(QStringLiteral("ca.pem"))});
    EXPECT_EQ(verified.code, 0) << verified.out.toStdString() << verified.err.toStdString();
    const starmark::test::CliResult labelled
        = runStarmark({QStringLiteral("verify-label"), label, QStringLiteral("--trust"), f.pki(QStringLiteral("label-issuer.pub.pem"))});
    EXPECT_EQ(labelled.code, 0) << labelled.out.toStdString() << labelled.err.toStdString();
    EXPECT_TRUE(labelled.out.contains(QStringLiteral("JCS-26-000777"))) << labelled.out.toStdString();
    EXPECT_TRUE(labelled.out.contains(demo.product.model));
    const starmark::test::CliResult audit
        = runStarmark({QStringLiteral("assess"), QStringLiteral("audit"), file, QStringLiteral("--against"), report});
    EXPECT_EQ(audit.code, 0) << audit.out.toStdString() << audit.err.toStdString();
    const starmark::test::CliResult status
        = runStarmark({QStringLiteral("assess"), QStringLiteral("status"), file, QStringLiteral("--json")});
    EXPECT_EQ(status.code, 0) << status.err.toStdString();
    EXPECT_EQ(QJsonDocument::fromJson(status.out.toUtf8())
                  .object()
                  .value(QStringLiteral("outcome"))
                  .toObject()
                  .value(QStringLiteral("achieved"))
                  .toInt(),
        1)
        << status.out.toStdString();
}

TEST(MainWindow, KeyboardJumpsToTheNextOpenRequirementAndReopensWhereItWas)
{
    StudioFixture& f = StudioFixture::instance();
    QString path;
    {
        MainWindow window(*f.studio);
        window.show();
        window.activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
        ASSERT_TRUE(window.startPage()->findChild<QPushButton*>(QStringLiteral("openDemo")));
        window.startPage()->findChild<QPushButton*>(QStringLiteral("openDemo"))->click();
        ASSERT_NE(window.session(), nullptr) << window.lastProblem().toStdString();
        path = window.session()->path();
        // Make two requirements open again, then let Ctrl+J find them in order.
        Assessment a = window.session()->assessment();
        a.results.remove(QStringLiteral("S1.1-05"));
        a.results[QStringLiteral("S1.1-09")].verdict = Verdict::NotAssessed;
        ASSERT_TRUE(window.session()->change(a, QStringLiteral("test")));
        QTest::keyClick(&window, Qt::Key_J, Qt::ControlModifier);
        EXPECT_EQ(window.currentRequirement(), QStringLiteral("S1.1-05"));
        QTest::keyClick(&window, Qt::Key_J, Qt::ControlModifier);
        EXPECT_EQ(window.currentRequirement(), QStringLiteral("S1.1-09"));
        QTest::keyClick(&window, Qt::Key_J, Qt::ControlModifier);
        EXPECT_EQ(window.currentRequirement(), QStringLiteral("S1.1-05")) << "it wraps around";
        QTest::keyClick(&window, Qt::Key_Up, Qt::ControlModifier);
        EXPECT_EQ(window.currentRequirement(), QStringLiteral("S1.1-04"));
        // Remembered after a pause; then gone without closing, as in a crash.
        EXPECT_TRUE(QTest::qWaitFor([] { return QSettings().value(QStringLiteral("session/requirement")) == QStringLiteral("S1.1-04"); }));
    }
    MainWindow reopened(*f.studio);
    ASSERT_TRUE(reopened.restoreSession());
    EXPECT_EQ(reopened.session()->path(), path);
    EXPECT_EQ(reopened.currentRequirement(), QStringLiteral("S1.1-04"));
    EXPECT_EQ(reopened.session()->assessment().results.value(QStringLiteral("S1.1-09")).verdict, Verdict::NotAssessed);
}

TEST(MainWindow, AFileThatIsNotAnAssessmentIsNamedAndNothingOpens)
{
    StudioFixture& f = StudioFixture::instance();
    const QString bogus = f.path(QStringLiteral("bogus.starmark"));
    QFile out(bogus);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write("not sqlite");
    out.close();
    MainWindow window(*f.studio);
    EXPECT_FALSE(window.openFile(bogus));
    EXPECT_EQ(window.session(), nullptr);
    EXPECT_TRUE(window.lastProblem().contains(bogus)) << window.lastProblem().toStdString();
}

TEST(MainWindow, SwitchesLanguageAtRunTime)
{
    StudioFixture& f = StudioFixture::instance();
    MainWindow window(*f.studio);
    auto* button = window.startPage()->findChild<QPushButton*>(QStringLiteral("newAssessment"));
    EXPECT_TRUE(button->text().contains(QStringLiteral("新しい評価")));
    f.studio->setLanguage(Language::English);
    EXPECT_TRUE(button->text().contains(QStringLiteral("New assessment")));
    EXPECT_EQ(window.menuBar()->actions().constFirst()->text(), QStringLiteral("&File"));
    f.studio->setLanguage(Language::Japanese);
    EXPECT_TRUE(button->text().contains(QStringLiteral("新しい評価")));
    EXPECT_EQ(window.menuBar()->actions().constFirst()->text(), QStringLiteral("ファイル(&F)"));
}

TEST(MainWindow, ChangesTheProfileLaterAndTheRequirementStopsApplying)
{
    StudioFixture& f = StudioFixture::instance();
    MainWindow window(*f.studio);
    window.show();
    ASSERT_TRUE(window.openDemo(QStringLiteral("camera-star1"))) << window.lastProblem().toStdString();
    const Assessment before = window.session()->assessment();
    whenModal([](QWidget* modal) {
        auto* wizard = qobject_cast<NewAssessmentWizard*>(modal);
        ASSERT_NE(wizard, nullptr);
        EXPECT_EQ(wizard->currentId(), NewAssessmentWizard::ProductPage) << "the catalog is not chosen again";
        EXPECT_EQ(wizard->findChild<QLineEdit*>(QStringLiteral("model"))->text(), QStringLiteral("MS-CAM100"));
        wizard->next();
        auto* passwords = wizard->findChild<QComboBox*>(QStringLiteral("profile.uses_passwords"));
        ASSERT_NE(passwords, nullptr);
        EXPECT_EQ(passwords->currentData().toString(), QStringLiteral("true"));
        passwords->setCurrentIndex(passwords->findData(QStringLiteral("false")));
        wizard->button(QWizard::FinishButton)->click();
    });
    window.editProduct();
    const Assessment& after = window.session()->assessment();
    EXPECT_EQ(after.profile.value(QStringLiteral("uses_passwords")), QStringLiteral("false"));
    EXPECT_EQ(after.product, before.product);
    // The wizard shows no needed interfaces; the demo's are kept, not dropped.
    EXPECT_EQ(after.product.neededInterfaces.size(), 3);
    const Requirement* r = CatalogChain::requirement(window.session()->chain(), QStringLiteral("S1.1-02"));
    ASSERT_NE(r, nullptr);
    EXPECT_EQ(Outcome::effectiveVerdict(*r, after), Verdict::NotApplicable);
    window.selectRequirement(QStringLiteral("S1.1-02"));
    EXPECT_TRUE(window.requirementPane()->findChild<QLabel*>(QStringLiteral("applicability"))->isVisibleTo(&window));
    window.session()->undoStack()->undo();
    EXPECT_EQ(window.session()->assessment(), before);
}

TEST(MainWindow, AMalformedCatalogIsNamedWithItsPlaceAndNotOffered)
{
    StudioFixture& f = StudioFixture::instance();
    const QString folder = f.path(QStringLiteral("broken-catalogs"));
    starmark::test::copyFolder(starmark::test::shippedCatalogs(), folder);
    QFile yaml(folder + QStringLiteral("/star2-router.yaml"));
    ASSERT_TRUE(yaml.open(QIODevice::ReadOnly));
    QByteArray text = yaml.readAll();
    yaml.close();
    const qsizetype at = text.indexOf("method: document");
    ASSERT_GT(at, 0);
    text.replace(at, 16, "method: documnet");
    ASSERT_TRUE(yaml.open(QIODevice::WriteOnly | QIODevice::Truncate));
    yaml.write(text);
    yaml.close();

    Studio studio(QStringList{folder}, f.clock);
    MainWindow window(studio);
    QString shown;
    for (const QLabel* label : window.startPage()->findChildren<QLabel*>())
        shown += label->text();
    EXPECT_TRUE(shown.contains(QStringLiteral("star2-router.yaml:"))) << shown.toStdString();
    EXPECT_TRUE(shown.contains(QStringLiteral("documnet"))) << shown.toStdString();
    NewAssessmentWizard wizard(studio);
    auto* catalogs = wizard.findChild<QListWidget*>(QStringLiteral("catalogs"));
    for (int i = 0; i < catalogs->count(); ++i)
        EXPECT_NE(catalogs->item(i)->data(Qt::UserRole).toString(), QStringLiteral("jc-star/star2-router"));
}

TEST(MainWindow, AMissingEvidenceFileIsNamedAndNothingElseChanges)
{
    StudioFixture& f = StudioFixture::instance();
    MainWindow window(*f.studio);
    ASSERT_TRUE(window.openDemo(QStringLiteral("camera-star1"))) << window.lastProblem().toStdString();
    window.selectRequirement(QStringLiteral("S1.1-03"));
    const Assessment before = window.session()->assessment();
    const QString missing = f.path(QStringLiteral("no-such-evidence.pdf"));
    window.requirementPane()->addEvidence({missing});
    EXPECT_TRUE(window.lastProblem().contains(missing)) << window.lastProblem().toStdString();
    EXPECT_EQ(window.session()->assessment(), before);
}

TEST(MainWindow, TwoEvidenceFilesOfOneNameAreBothKept)
{
    StudioFixture& f = StudioFixture::instance();
    MainWindow window(*f.studio);
    ASSERT_TRUE(window.openDemo(QStringLiteral("camera-star1"))) << window.lastProblem().toStdString();
    window.selectRequirement(QStringLiteral("S1.1-03"));
    const Assessment before = window.session()->assessment();
    QStringList paths;
    for (const char* folder : {"lab-a", "lab-b"}) {
        QDir().mkpath(f.path(QLatin1String(folder)));
        QFile log(f.path(QStringLiteral("%1/test.log").arg(QLatin1String(folder))));
        ASSERT_TRUE(log.open(QIODevice::WriteOnly));
        log.write(QByteArray("observed by ") + folder);
        paths << log.fileName();
    }
    window.requirementPane()->addEvidence({paths[0]});
    window.requirementPane()->addEvidence({paths[1]});
    QMap<QString, QByteArray> stored;
    for (const Assessment::Evidence& e : window.session()->assessment().results.value(QStringLiteral("S1.1-03")).evidence)
        stored.insert(e.name, e.sha256);
    ASSERT_TRUE(stored.contains(QStringLiteral("test.log")));
    ASSERT_TRUE(stored.contains(QStringLiteral("test (2).log")));
    EXPECT_NE(stored.value(QStringLiteral("test.log")), stored.value(QStringLiteral("test (2).log")));
    QString error;
    ASSERT_TRUE(
        window.session()->file().exportEvidence(stored.value(QStringLiteral("test (2).log")), f.path(QStringLiteral("out.log")), &error))
        << error.toStdString();
    QFile out(f.path(QStringLiteral("out.log")));
    ASSERT_TRUE(out.open(QIODevice::ReadOnly));
    EXPECT_EQ(out.readAll(), QByteArray("observed by lab-b"));
    window.session()->undoStack()->undo();
    window.session()->undoStack()->undo();
    EXPECT_EQ(window.session()->assessment(), before) << "both additions are undone";
}

TEST(MainWindow, ANewFirmwareRevisionMarksDeviceResultsForRecheckingAndCannotBeUndone)
{
    StudioFixture& f = StudioFixture::instance();
    const QString copy = f.demoCopy(QStringLiteral("camera-star1"), QStringLiteral("revision.starmark"));
    MainWindow window(*f.studio);
    ASSERT_TRUE(window.openFile(copy)) << window.lastProblem().toStdString();
    EXPECT_FALSE(window.startRevision(window.session()->assessment().product.firmware));
    // The library's refusal, in the app's language (Japanese).
    EXPECT_TRUE(window.lastProblem().contains(QStringLiteral("は評価済みのものです"))) << window.lastProblem().toStdString();

    ASSERT_TRUE(window.startRevision(QStringLiteral("2.5.0"))) << window.lastProblem().toStdString();
    const Assessment& a = window.session()->assessment();
    EXPECT_EQ(a.revision, 2);
    EXPECT_EQ(a.product.firmware, QStringLiteral("2.5.0"));
    EXPECT_TRUE(a.results.value(QStringLiteral("S1.1-04")).recheck) << "checked on the device";
    EXPECT_FALSE(a.results.value(QStringLiteral("S1.1-05")).recheck) << "a published policy, a document";
    EXPECT_FALSE(window.session()->undoStack()->canUndo());
    // What the CLI sees in the file: the new revision, the old one kept as a snapshot.
    const starmark::test::CliResult status
        = runStarmark({QStringLiteral("assess"), QStringLiteral("status"), copy, QStringLiteral("--json")});
    const QJsonObject json = QJsonDocument::fromJson(status.out.toUtf8()).object();
    EXPECT_EQ(json.value(QStringLiteral("assessment")).toObject().value(QStringLiteral("revision")).toInt(), 2) << status.out.toStdString();
    EXPECT_EQ(json.value(QStringLiteral("assessment"))
                  .toObject()
                  .value(QStringLiteral("product"))
                  .toObject()
                  .value(QStringLiteral("firmware"))
                  .toString(),
        QStringLiteral("2.5.0"));
    window.nextOpenRequirement();
    EXPECT_TRUE(a.results.value(window.currentRequirement()).recheck) << window.currentRequirement().toStdString();
}

TEST(MainWindow, OpenWritesEvidenceToAPathOfItsOwnWhateverItsName)
{
    StudioFixture& f = StudioFixture::instance();
    const QString copy = f.demoCopy(QStringLiteral("camera-star1"), QStringLiteral("open-evidence.starmark"));
    // A file from elsewhere names its evidence so that a path built from the name leaves the temporary folder.
    const QString hostile = QStringLiteral("../../../../starmark-escaped.txt");
    {
        QFile source(f.path(QStringLiteral("escaping.txt")));
        ASSERT_TRUE(source.open(QIODevice::WriteOnly));
        source.write("evidence with a hostile name\n");
        source.close();
        QString error;
        std::unique_ptr<AssessmentFile> file = AssessmentFile::open(copy, AssessmentFile::Access::ReadWrite, &error, f.clock);
        ASSERT_TRUE(file) << error.toStdString();
        Assessment a = *file->load(&error);
        a.results[QStringLiteral("S1.1-03")].evidence = {{hostile, {}, source.size(), QFileInfo(source).canonicalFilePath()}};
        ASSERT_TRUE(file->save(a, f.studio->library().chain(*f.studio->library().find(a.catalog)), QStringLiteral("outsider"), f.clock, &error))
            << error.toStdString();
    }
    MainWindow window(*f.studio);
    ASSERT_TRUE(window.openFile(copy)) << window.lastProblem().toStdString();
    window.selectRequirement(QStringLiteral("S1.1-03"));
    QTextBrowser viewer; // stands in for the desktop's viewer: it is handed the URL
    QDesktopServices::setUrlHandler(QStringLiteral("file"), &viewer, "setSource");
    auto* list = window.requirementPane()->findChild<QListWidget*>(QStringLiteral("evidence"));
    ASSERT_NE(list, nullptr);
    list->setCurrentRow(0);
    window.requirementPane()->findChild<QPushButton*>(QStringLiteral("openEvidence"))->click();
    QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
    const QString opened = viewer.source().toLocalFile();
    ASSERT_FALSE(opened.isEmpty()) << window.lastProblem().toStdString();
    EXPECT_TRUE(QFileInfo(opened).absolutePath().startsWith(QDir::tempPath() + QStringLiteral("/starmark-evidence-"))) << opened.toStdString();
    EXPECT_FALSE(opened.contains(QStringLiteral(".."))) << opened.toStdString();
    EXPECT_TRUE(opened.endsWith(QStringLiteral(".txt"))) << opened.toStdString();
    QFile copied(opened);
    ASSERT_TRUE(copied.open(QIODevice::ReadOnly));
    EXPECT_EQ(copied.readAll(), QByteArray("evidence with a hostile name\n"));
    EXPECT_FALSE(QFile::exists(QStringLiteral("/starmark-escaped.txt")));
    EXPECT_FALSE(QFile::exists(QDir::tempPath() + QStringLiteral("/starmark-escaped.txt")));
}

TEST(MainWindow, AFileChangedByAnotherProgramIsReloadedAndUndoStaysHonest)
{
    StudioFixture& f = StudioFixture::instance();
    const QString copy = f.demoCopy(QStringLiteral("camera-star1"), QStringLiteral("changed-elsewhere.starmark"));
    MainWindow window(*f.studio);
    ASSERT_TRUE(window.openFile(copy)) << window.lastProblem().toStdString();
    Session& session = *window.session();
    Assessment mine = session.assessment();
    mine.results[QStringLiteral("S1.1-04")].rationale = QStringLiteral("mine, before");
    ASSERT_TRUE(session.change(mine, QStringLiteral("rationale")));
    // What the file watcher asks on every change of the file: the window's own save is not taken for another program's.
    EXPECT_FALSE(session.reloadIfChangedElsewhere());
    EXPECT_TRUE(session.undoStack()->canUndo());

    // The real CLI, another program, changes another requirement.
    const starmark::test::CliResult set
        = runStarmark({QStringLiteral("assess"), QStringLiteral("set"), copy, QStringLiteral("S1.1-05.rationale=from elsewhere")});
    ASSERT_EQ(set.code, 0) << set.err.toStdString();
    EXPECT_TRUE(
        QTest::qWaitFor([&] { return session.assessment().results.value(QStringLiteral("S1.1-05")).rationale == QLatin1String("from elsewhere"); }))
        << "the window shows what the file holds now";
    EXPECT_FALSE(session.undoStack()->canUndo()) << "its steps were taken on a state that no longer is";
    EXPECT_TRUE(window.statusBar()->currentMessage().contains(QStringLiteral("別のプログラムによって変更されました")))
        << window.statusBar()->currentMessage().toStdString();

    // Undo of a later edit takes back that edit only, never the other program's change.
    Assessment later = session.assessment();
    later.results[QStringLiteral("S1.1-04")].rationale = QStringLiteral("mine, after");
    ASSERT_TRUE(session.change(later, QStringLiteral("rationale")));
    session.undoStack()->undo();
    EXPECT_EQ(session.assessment().results.value(QStringLiteral("S1.1-04")).rationale, QStringLiteral("mine, before"));
    EXPECT_EQ(session.assessment().results.value(QStringLiteral("S1.1-05")).rationale, QStringLiteral("from elsewhere"));
    const starmark::test::CliResult audit = runStarmark({QStringLiteral("assess"), QStringLiteral("audit"), copy});
    EXPECT_EQ(audit.code, 0) << audit.out.toStdString();
}

TEST(MainWindow, ExportsTheDeclarationAsTheCommandLineDoesAndNeverIntoAFolderInUse)
{
    StudioFixture& f = StudioFixture::instance();
    const QString copy = f.demoCopy(QStringLiteral("camera-star1"), QStringLiteral("export-declaration.starmark"));
    MainWindow window(*f.studio);
    ASSERT_TRUE(window.openFile(copy)) << window.lastProblem().toStdString();
    const QString declaration = f.path(QStringLiteral("exported/declaration.yaml"));
    ASSERT_TRUE(window.exportDeclaration(declaration)) << window.lastProblem().toStdString();
    const DeclarationReader::Result read = DeclarationReader::readFile(declaration, f.studio->library());
    ASSERT_TRUE(read.assessment);
    EXPECT_EQ(read.assessment->results.keys(), window.session()->assessment().results.keys());
    EXPECT_EQ(read.assessment->product, window.session()->assessment().product);

    // Into the same folder again: refused, said in the app's language, the first export left as it was.
    const QStringList before = QDir(f.path(QStringLiteral("exported"))).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot);
    EXPECT_FALSE(window.exportDeclaration(declaration));
    EXPECT_TRUE(window.lastProblem().contains(QStringLiteral("既にファイルがあります"))) << window.lastProblem().toStdString();
    EXPECT_EQ(QDir(f.path(QStringLiteral("exported"))).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot), before);
}

// The pane says where a requirement's words come from: a quotation names its source, and
// a ★2–★4 requirement says its ID and text are StarMark's own.
TEST(MainWindow, TheRequirementPaneSaysWhoseWordsTheyAre)
{
    StudioFixture& f = StudioFixture::instance();
    const QString copy = f.demoCopy(QStringLiteral("router-star3"), QStringLiteral("provenance.starmark"));
    MainWindow window(*f.studio);
    ASSERT_TRUE(window.openFile(copy)) << window.lastProblem().toStdString();
    auto* provenance = window.requirementPane()->findChild<QLabel*>(QStringLiteral("provenance"));
    ASSERT_NE(provenance, nullptr);
    window.selectRequirement(QStringLiteral("S1.1-01"));
    EXPECT_TRUE(provenance->text().contains(QStringLiteral("[A]"))) << provenance->text().toStdString();
    EXPECT_FALSE(provenance->text().contains(QStringLiteral("StarMarkによる独自の再構成")));
    window.selectRequirement(QStringLiteral("S3.RT-01"));
    EXPECT_TRUE(provenance->text().contains(QStringLiteral("StarMarkによる独自の再構成"))) << provenance->text().toStdString();
    window.selectRequirement(QStringLiteral("S2.RT-01"));
    EXPECT_TRUE(provenance->text().contains(QStringLiteral("S2.RT-01〜S2.RT-10"))) << provenance->text().toStdString();
}

// File › Export checklist: the library's workbook, in the app's language, and no file at all
// when it cannot be written.
TEST(MainWindow, ExportsTheChecklistWorkbookInTheAppsLanguage)
{
    StudioFixture& f = StudioFixture::instance();
    const QString copy = f.demoCopy(QStringLiteral("camera-star1"), QStringLiteral("export-checklist.starmark"));
    MainWindow window(*f.studio);
    ASSERT_TRUE(window.openFile(copy)) << window.lastProblem().toStdString();
    QAction* action = nullptr;
    for (QAction* a : window.findChildren<QAction*>()) {
        if (a->text().contains(QStringLiteral("チェックリスト")) || a->text().contains(QStringLiteral("checklist")))
            action = a;
    }
    ASSERT_NE(action, nullptr) << "File › Export checklist";
    EXPECT_TRUE(action->isEnabled());

    const QString path = f.path(QStringLiteral("checklist.xlsx"));
    ASSERT_TRUE(window.exportChecklist(path)) << window.lastProblem().toStdString();
    const Result<XlsxPackage> package = XlsxPackage::read(path);
    ASSERT_TRUE(package);
    const Result<XlsxWorkbook> workbook = XlsxWorkbook::read(*package);
    ASSERT_TRUE(workbook);
    const XlsxWorkbook::Sheet* sheet = workbook->sheet(ChecklistLayout::sheetName().text(f.studio->language()));
    ASSERT_NE(sheet, nullptr);
    EXPECT_EQ(sheet->cell(1, 1), ChecklistLayout::header(ChecklistLayout::Requirement).text(f.studio->language()));
    EXPECT_EQ(sheet->cell(2, 1), QStringLiteral("S1.1-01"));

    const QString nowhere = f.path(QStringLiteral("no-such-folder/checklist.xlsx"));
    EXPECT_FALSE(window.exportChecklist(nowhere));
    EXPECT_TRUE(window.lastProblem().contains(nowhere)) << window.lastProblem().toStdString();
    EXPECT_FALSE(QFileInfo::exists(nowhere));
}

TEST(MainWindow, LabImportsAToolsOutputAsEvidenceOfTheRequirementsItsRulesSpeakTo)
{
    StudioFixture& f = StudioFixture::instance();
    const QString file = f.demoCopy(QStringLiteral("router-star3"), QStringLiteral("router-tools.starmark"));
    MainWindow window(*f.studio);
    window.show();
    ASSERT_TRUE(window.openFile(file)) << window.lastProblem().toStdString();
    // Lab › Import tool output, in the app's language, enabled on an assessment that is not signed off.
    const QAction* action = nullptr;
    for (const QAction* menu : window.menuBar()->actions()) {
        for (const QAction* a : menu->menu() ? menu->menu()->actions() : QList<QAction*>()) {
            if (a->text() == QStringLiteral("ツールの出力を取り込む(&I)…"))
                action = a;
        }
    }
    ASSERT_NE(action, nullptr);
    EXPECT_TRUE(action->isEnabled());

    const QString scan = QStringLiteral(STARMARK_SOURCE_SHARE_DIR "/../tests/fixtures/tools/sslscan-weak.xml");
    window.importToolOutput(scan);
    const Assessment& a = window.session()->assessment();
    ASSERT_EQ(a.toolRuns.size(), 1) << window.lastProblem().toStdString();
    EXPECT_EQ(a.toolRuns[0].tool, QStringLiteral("sslscan"));
    EXPECT_EQ(a.toolRuns[0].requirements, QStringList{QStringLiteral("S1.1-12")});
    bool stored = false;
    for (const Assessment::Evidence& e : a.results.value(QStringLiteral("S1.1-12")).evidence)
        stored = stored || e.name == QStringLiteral("sslscan-weak.xml");
    EXPECT_TRUE(stored);
    // The same use case as the CLI's: the file's own status lists the proposals it derives from what was stored.
    const starmark::test::CliResult status = runStarmark({QStringLiteral("assess"), QStringLiteral("status"), file, QStringLiteral("--json")});
    EXPECT_EQ(QJsonDocument::fromJson(status.out.toUtf8()).object().value(QStringLiteral("proposals")).toArray().size(), 2);

    // The proposals stand beside the verdict, open until the evaluator takes them.
    window.selectRequirement(QStringLiteral("S1.1-12"));
    const QLabel* proposals = window.requirementPane()->findChild<QLabel*>(QStringLiteral("proposals"));
    auto* accept = window.requirementPane()->findChild<QPushButton*>(QStringLiteral("acceptProposals"));
    ASSERT_NE(proposals, nullptr);
    ASSERT_NE(accept, nullptr);
    EXPECT_TRUE(proposals->isVisibleTo(&window));
    EXPECT_TRUE(proposals->text().contains(QStringLiteral("TLSv1.0"))) << proposals->text().toStdString();
    EXPECT_TRUE(proposals->text().contains(QStringLiteral("未決定"))) << proposals->text().toStdString();
    EXPECT_EQ(window.session()->assessment().results.value(QStringLiteral("S1.1-12")).verdict, Verdict::Pass);
    accept->click();
    EXPECT_EQ(window.session()->assessment().results.value(QStringLiteral("S1.1-12")).verdict, Verdict::Fail);
    EXPECT_EQ(window.session()->assessment().toolRuns[0].accepted, QStringList{QStringLiteral("S1.1-12")});
    EXPECT_TRUE(proposals->text().contains(QStringLiteral("採用済み"))) << proposals->text().toStdString();
    // A requirement no tool speaks to shows neither.
    window.selectRequirement(QStringLiteral("S1.1-04"));
    EXPECT_FALSE(proposals->isVisibleTo(&window));
    EXPECT_FALSE(accept->isVisibleTo(&window));

    // The same output again is refused, named, and changes nothing.
    const QByteArray head = window.session()->file().auditHead();
    window.importToolOutput(scan);
    EXPECT_EQ(window.session()->assessment().toolRuns.size(), 1);
    EXPECT_EQ(window.session()->file().auditHead(), head);
    EXPECT_TRUE(window.lastProblem().contains(QStringLiteral("sslscan-weak.xml"))) << window.lastProblem().toStdString();
}

TEST(MainWindow, AToolsOutputDroppedOnTheEvidenceListIsImportedAndAnyOtherFileIsEvidence)
{
    StudioFixture& f = StudioFixture::instance();
    const QString file = f.demoCopy(QStringLiteral("router-star3"), QStringLiteral("router-drop.starmark"));
    MainWindow window(*f.studio);
    window.show();
    ASSERT_TRUE(window.openFile(file)) << window.lastProblem().toStdString();
    window.selectRequirement(QStringLiteral("S1.1-04"));
    auto* list = window.requirementPane()->findChild<QListWidget*>(QStringLiteral("evidence"));
    ASSERT_NE(list, nullptr);
    const QString note = f.path(QStringLiteral("lockout-notes.txt"));
    QFile text(note);
    ASSERT_TRUE(text.open(QIODevice::WriteOnly));
    text.write("five wrong passwords, then locked for 300 s\n");
    text.close();
    // The scan goes where its rules tie it (S1.1-13), with its run; the note is evidence of the requirement shown.
    dropFiles(list->viewport(), {QStringLiteral(STARMARK_SOURCE_SHARE_DIR "/../tests/fixtures/tools/nmap-loopback.xml"), note});
    const Assessment& a = window.session()->assessment();
    ASSERT_EQ(a.toolRuns.size(), 1) << window.lastProblem().toStdString();
    EXPECT_EQ(a.toolRuns[0].requirements, QStringList{QStringLiteral("S1.1-13")});
    QStringList names;
    for (const Assessment::Evidence& e : a.results.value(QStringLiteral("S1.1-04")).evidence)
        names << e.name;
    EXPECT_TRUE(names.contains(QStringLiteral("lockout-notes.txt"))) << names.join(u',').toStdString();
    EXPECT_FALSE(names.contains(QStringLiteral("nmap-loopback.xml")));
    // A tool output that is recognised but hostile is refused as `tool import` refuses it, and nothing is added.
    const QString hostile = f.path(QStringLiteral("xxe.xml"));
    QFile xxe(hostile);
    ASSERT_TRUE(xxe.open(QIODevice::WriteOnly));
    xxe.write("<?xml version=\"1.0\"?>\n<!DOCTYPE nmaprun [<!ENTITY x SYSTEM \"file:///etc/shadow\">]>\n<nmaprun>&x;</nmaprun>\n");
    xxe.close();
    const QByteArray head = window.session()->file().auditHead();
    dropFiles(list->viewport(), {hostile});
    EXPECT_EQ(window.session()->file().auditHead(), head);
    EXPECT_TRUE(window.lastProblem().contains(QStringLiteral("xxe.xml"))) << window.lastProblem().toStdString();
}
