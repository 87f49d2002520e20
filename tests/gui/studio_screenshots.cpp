// The README's screenshots: the start page, the wizard (with a bad date too),
// the main window in Japanese and English, the lab view, the export previews and
// the Verify dialog on a tampered report, grabbed from the real widgets. Run by scripts/screenshots.sh under Xvfb:
//   studio_screenshots OUTDIR
#include "CliRunner.h"
#include "StudioFixture.h"

#include "ExportDialog.h"
#include "MainWindow.h"
#include "NewAssessmentWizard.h"
#include "RequirementPane.h"
#include "Session.h"
#include "VerifyDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace starmark;
using namespace starmark::studio;
using namespace starmark::studio::test;

namespace {

QString outdir;

void shoot(QWidget* widget, const QString& name)
{
    widget->show();
    widget->raise();
    widget->activateWindow();
    if (!QTest::qWaitForWindowExposed(widget))
        qFatal("%s is not shown", qPrintable(name));
    QCoreApplication::sendPostedEvents(); // pending layouts, before the grab
    const QString path = QDir(outdir).filePath(name + QStringLiteral(".png"));
    if (!widget->grab().save(path))
        qFatal("cannot write %s", qPrintable(path));
    std::printf("%s\n", qPrintable(path));
}

void fillProduct(NewAssessmentWizard& wizard)
{
    const QList<std::pair<const char*, QString>> fields{{"manufacturer.ja", QStringLiteral("株式会社ミライセンス")},
        {"manufacturer.en", QStringLiteral("Miraisense Co., Ltd.")}, {"name.ja", QStringLiteral("屋内ネットワークカメラ")},
        {"name.en", QStringLiteral("Indoor network camera")}, {"model", QStringLiteral("MS-CAM100")}, {"firmware", QStringLiteral("2.4.1")},
        {"hardware", QStringLiteral("rev-C")}, {"released", QStringLiteral("2026-04-01")}, {"support_until", QStringLiteral("2031-3-31")},
        {"vulnerability_contact", QStringLiteral("https://miraisense.example/security")}, {"evaluator.name", QStringLiteral("中村 健一")},
        {"evaluator.organisation", QStringLiteral("株式会社ミライセンス 品質保証部")}};
    for (const auto& [key, value] : fields)
        wizard.findChild<QLineEdit*>(QLatin1String(key))->setText(value);
}

} // namespace

int main(int argc, char** argv)
{
    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toUtf8());
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("StarMark"));
    QApplication::setApplicationName(QStringLiteral("starmark-studio-screenshots"));
    if (app.arguments().size() != 2) {
        std::fprintf(stderr, "usage: studio_screenshots OUTDIR\n");
        return 2;
    }
    outdir = app.arguments().at(1);
    QDir().mkpath(outdir);
    StudioFixture& f = StudioFixture::instance();
    Studio& studio = *f.studio;

    MainWindow window(studio);
    window.resize(1280, 800);
    shoot(&window, QStringLiteral("start-ja"));

    {
        NewAssessmentWizard wizard(studio);
        wizard.resize(900, 700);
        wizard.show();
        wizard.next();
        fillProduct(wizard);
        shoot(&wizard, QStringLiteral("wizard-product-ja"));
        // Security updates said to end before the product is released: the library's date rule, in Japanese.
        wizard.findChild<QLineEdit*>(QStringLiteral("support_until"))->setText(QStringLiteral("2026-03-31"));
        shoot(&wizard, QStringLiteral("wizard-bad-date-ja"));
        wizard.findChild<QLineEdit*>(QStringLiteral("support_until"))->setText(QStringLiteral("2031-03-31"));
        wizard.next();
        auto* auth = wizard.findChild<QComboBox*>(QStringLiteral("profile.has_network_auth"));
        auth->setCurrentIndex(auth->findData(QStringLiteral("true")));
        auto* passwords = wizard.findChild<QComboBox*>(QStringLiteral("profile.uses_passwords"));
        passwords->setCurrentIndex(passwords->findData(QStringLiteral("false")));
        shoot(&wizard, QStringLiteral("wizard-profile-ja"));
    }

    if (!window.openDemo(QStringLiteral("camera-star1")))
        qFatal("%s", qPrintable(window.lastProblem()));
    window.selectRequirement(QStringLiteral("S1.1-04"));
    shoot(&window, QStringLiteral("main-ja"));
    studio.setLanguage(Language::English);
    shoot(&window, QStringLiteral("main-en"));
    studio.setLanguage(Language::Japanese);

    {
        ExportDialog dialog(*window.session(), ExportDialog::ReportTab, &window);
        dialog.previewReport();
        shoot(&dialog, QStringLiteral("export-report-ja"));
        dialog.findChild<QLineEdit*>(QStringLiteral("registration"))->setText(QStringLiteral("JCS-26-000123"));
        dialog.findChild<QTabWidget*>()->setCurrentIndex(ExportDialog::LabelTab);
        dialog.previewLabel();
        shoot(&dialog, QStringLiteral("export-label-ja"));
    }

    {
        // The ★1 demo's report signed by the CLI, then one byte changed inside the signed range.
        const QString out = f.path(QStringLiteral("verify"));
        const starmark::test::CliResult declared
            = starmark::test::runStarmark({QStringLiteral("declare"), starmark::test::demoFolder("camera-star1") + QStringLiteral("/declaration.yaml"),
                QStringLiteral("-o"), out, QStringLiteral("--key"), f.pki(QStringLiteral("manufacturer.key")), QStringLiteral("--cert"),
                f.pki(QStringLiteral("manufacturer.pem")), QStringLiteral("--chain"), f.pki(QStringLiteral("ca.pem"))});
        if (declared.code != 0)
            qFatal("starmark declare: %s", qPrintable(declared.err));
        QFile report(out + QStringLiteral("/report.pdf"));
        if (!report.open(QIODevice::ReadWrite))
            qFatal("%s: %s", qPrintable(report.fileName()), qPrintable(report.errorString()));
        QByteArray bytes = report.readAll();
        bytes[bytes.size() / 3] = char(bytes[bytes.size() / 3] ^ 0x01);
        report.seek(0);
        report.write(bytes);
        report.close();
        VerifyDialog dialog(studio, &window);
        dialog.resize(900, 600);
        dialog.setInput(report.fileName(), f.pki(QStringLiteral("ca.pem")));
        if (dialog.verify() != VerifyDialog::Result::NotValid)
            qFatal("the tampered report was not found not valid");
        shoot(&dialog, QStringLiteral("verify-tampered-ja"));
    }

    if (!window.openDemo(QStringLiteral("router-star3")))
        qFatal("%s", qPrintable(window.lastProblem()));
    window.selectRequirement(QStringLiteral("S3.RT-02"));
    window.show();
    // Scrolled down to the test-case table, which is what a lab works in.
    auto* tests = window.requirementPane()->findChild<QTableWidget*>(QStringLiteral("tests"));
    window.requirementPane()->findChild<QScrollArea*>()->ensureWidgetVisible(tests, 0, 0);
    shoot(&window, QStringLiteral("main-lab-ja"));

    // The lab's weak-TLS scan imported: its proposals under the verdict of S1.1-12, open, with Accept and Override….
    window.importToolOutput(QStringLiteral(STARMARK_SOURCE_SHARE_DIR "/../tests/fixtures/tools/sslscan-weak.xml"));
    window.selectRequirement(QStringLiteral("S1.1-12"));
    auto* proposals = window.requirementPane()->findChild<QLabel*>(QStringLiteral("proposals"));
    if (!proposals || proposals->text().isEmpty())
        qFatal("no proposals shown: %s", qPrintable(window.lastProblem()));
    window.requirementPane()->findChild<QScrollArea*>()->ensureWidgetVisible(proposals, 0, 200);
    shoot(&window, QStringLiteral("main-tools-ja"));
    return 0;
}
