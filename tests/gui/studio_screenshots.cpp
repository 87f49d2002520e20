// The README's screenshots: the start page, the wizard, the main window in
// Japanese and English, the lab view and the export previews, grabbed from the
// real widgets. Run by scripts/screenshots.sh under Xvfb:
//   studio_screenshots OUTDIR
#include "StudioFixture.h"

#include "ExportDialog.h"
#include "MainWindow.h"
#include "NewAssessmentWizard.h"
#include "RequirementPane.h"
#include "Session.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
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
    QTest::qWait(300); // layouts settle, fonts load
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
    studio.setPkiFolder(f.path(QStringLiteral("pki")));

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

    if (!window.openDemo(QStringLiteral("router-star3")))
        qFatal("%s", qPrintable(window.lastProblem()));
    window.selectRequirement(QStringLiteral("S3.RT-02"));
    window.show();
    QTest::qWait(200);
    // Scrolled down to the test-case table, which is what a lab works in.
    auto* tests = window.requirementPane()->findChild<QTableWidget*>(QStringLiteral("tests"));
    window.requirementPane()->findChild<QScrollArea*>()->ensureWidgetVisible(tests, 0, 0);
    shoot(&window, QStringLiteral("main-lab-ja"));
    return 0;
}
