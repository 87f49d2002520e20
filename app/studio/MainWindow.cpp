#include "MainWindow.h"

#include "AuditTrailDialog.h"
#include "ExportDialog.h"
#include "MainMenus.h"
#include "NewAssessmentWizard.h"
#include "OutcomePanel.h"
#include "RequirementPane.h"
#include "RequirementTree.h"
#include "Session.h"
#include "SignOffDialog.h"
#include "StartPage.h"
#include "Studio.h"
#include "VerifyDialog.h"
#include "WindowMemory.h"

#include "evaluators/FirmwareRevision.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>

namespace starmark::studio {

MainWindow::MainWindow(Studio& studio, QWidget* parent)
    : QMainWindow(parent)
    , m_studio(studio)
    , m_stack(new QStackedWidget)
    , m_start(new StartPage)
    , m_splitter(new QSplitter)
    , m_tree(new RequirementTree)
    , m_pane(new RequirementPane)
    , m_outcome(new OutcomePanel)
    , m_saved(new QLabel)
    , m_memory(new WindowMemory(*this, *m_splitter, [this] { return currentRequirement(); }))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_tree->setObjectName(QStringLiteral("requirementTree"));
    m_splitter->addWidget(m_tree);
    m_splitter->addWidget(m_pane);
    m_splitter->addWidget(m_outcome);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 5);
    m_splitter->setStretchFactor(2, 2);
    m_splitter->setChildrenCollapsible(false);
    m_stack->addWidget(m_start);
    m_stack->addWidget(m_splitter);
    setCentralWidget(m_stack);
    statusBar()->addPermanentWidget(m_saved);

    m_menus = new MainMenus(*this, studio);
    connect(m_tree, &RequirementTree::requirementChosen, this, [this](const QString& id) {
        m_pane->showRequirement(id);
        m_memory->requirementChanged();
    });
    connect(m_outcome, &OutcomePanel::requirementActivated, this, &MainWindow::selectRequirement);
    connect(m_pane, &RequirementPane::problem, this, &MainWindow::showProblem);
    connect(m_start, &StartPage::newRequested, this, &MainWindow::newAssessment);
    connect(m_start, &StartPage::openRequested, this, &MainWindow::openDialog);
    connect(m_start, &StartPage::recentRequested, this, &MainWindow::openFile);
    connect(m_start, &StartPage::demoRequested, this, &MainWindow::openDemo);

    QStringList catalogProblems;
    for (const Problem& d : studio.library().problems())
        catalogProblems << d.toString();
    m_start->setCatalogProblems(catalogProblems);
    m_start->showRecentFiles();

    m_memory->restoreWindow();
    retranslate();
    m_stack->setCurrentWidget(m_start);
}

MainWindow::~MainWindow()
{
    // The pane refers to the session: it lets go first.
    m_pane->setSession(nullptr);
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    setWindowTitle(m_session ? tr("%1 — StarMark Studio").arg(QFileInfo(m_session->path()).fileName()) : tr("StarMark Studio"));
    m_menus->retranslate();
    m_tree->setAccessibleName(tr("Requirements by level"));
    m_outcome->setAccessibleName(tr("Outcome"));
    m_pane->setAccessibleName(tr("Requirement"));
    if (m_session)
        sessionChanged();
}

void MainWindow::showStartPage()
{
    m_pane->setSession(nullptr);
    m_tree->setSession(nullptr);
    m_outcome->setSession(nullptr);
    m_session.reset();
    m_memory->forgetFile();
    m_start->showRecentFiles();
    m_stack->setCurrentWidget(m_start);
    m_menus->setAssessmentOpen(false);
    m_saved->clear();
    retranslate();
}

bool MainWindow::adopt(std::unique_ptr<Session> session, const QString& error)
{
    if (!session) {
        showProblem(error);
        return false;
    }
    setSession(std::move(session));
    selectRequirement(m_tree->order().value(0));
    return true;
}

void MainWindow::setSession(std::unique_ptr<Session> session)
{
    m_pane->setSession(nullptr);
    m_session = std::move(session);
    connect(m_session.get(), &Session::changed, this, &MainWindow::sessionChanged);
    connect(m_session.get(), &Session::saveFailed, this, [this](const QString& message) {
        showProblem(tr("Not saved: %1").arg(message));
        m_pane->refresh(); // back to what the file holds
    });
    connect(m_session.get(), &Session::changedElsewhere, this, [this](const QString& message) { statusBar()->showMessage(message, 15000); });
    m_menus->followUndoStack(m_session->undoStack());
    m_tree->setSession(m_session.get());
    m_pane->setSession(m_session.get());
    m_outcome->setSession(m_session.get());
    m_stack->setCurrentWidget(m_splitter);
    m_menus->setAssessmentOpen(true);
    m_memory->rememberFile(m_session->path());
    StartPage::rememberFile(m_session->path());
    const QStringList changes = m_session->catalogChanges();
    if (!changes.isEmpty())
        showProblem(tr("The catalogs changed since this assessment began:\n%1").arg(changes.join(QLatin1Char('\n'))));
    retranslate();
    m_tree->setFocus();
}

void MainWindow::sessionChanged()
{
    m_tree->refresh();
    m_pane->refresh();
    m_outcome->refresh();
    m_menus->signOff()->setEnabled(m_session->assessment().mode == Assessment::Mode::Lab && !m_session->assessment().isLocked());
    m_menus->importToolOutput()->setEnabled(!m_session->assessment().isLocked());
    m_saved->setText(tr("All changes saved in %1").arg(QFileInfo(m_session->path()).fileName()));
}

void MainWindow::showProblem(const QString& message)
{
    m_lastProblem = message;
    statusBar()->showMessage(message, 15000);
    if (isVisible() && !QApplication::platformName().startsWith(QLatin1String("offscreen")))
        QMessageBox::warning(this, tr("StarMark Studio"), message);
}

bool MainWindow::openFile(const QString& path)
{
    QString error;
    std::unique_ptr<Session> session = Session::open(path, m_studio, &error);
    return adopt(std::move(session), error);
}

bool MainWindow::restoreSession()
{
    const QString path = m_memory->file();
    const QString requirement = m_memory->requirement();
    if (path.isEmpty() || !QFileInfo::exists(path) || !openFile(path))
        return false;
    selectRequirement(requirement);
    return true;
}

bool MainWindow::openDemo(const QString& demo)
{
    QString problem;
    if (m_studio.pkiFolder().isEmpty() && !m_studio.offerDemoPki(&problem))
        showProblem(problem); // the demo opens all the same, only without keys to export with
    QString error;
    std::unique_ptr<Session> session = m_studio.demoSession(demo, &error);
    return adopt(std::move(session), error);
}

void MainWindow::newAssessment()
{
    NewAssessmentWizard wizard(m_studio, this);
    if (wizard.exec() != QDialog::Accepted)
        return;
    adopt(wizard.takeSession(), {});
}

void MainWindow::openDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open an assessment"), {}, tr("Assessments (*.starmark)"));
    if (!path.isEmpty())
        openFile(path);
}

QString MainWindow::currentRequirement() const
{
    return m_pane->requirementId();
}

void MainWindow::selectRequirement(const QString& requirementId)
{
    m_tree->select(requirementId);
}

void MainWindow::step(int direction, bool openOnly)
{
    if (const QString next = m_tree->next(currentRequirement(), direction, openOnly); !next.isEmpty())
        selectRequirement(next);
    else if (!m_tree->order().isEmpty())
        statusBar()->showMessage(tr("Every requirement is decided."), 5000);
}

void MainWindow::nextRequirement()
{
    step(1, false);
}

void MainWindow::previousRequirement()
{
    step(-1, false);
}

void MainWindow::nextOpenRequirement()
{
    step(1, true);
}

template <typename Dialog, typename... Arguments>
void MainWindow::showOnSession(Arguments... arguments)
{
    if (!m_session)
        return;
    m_pane->flushRationale(); // the dialog sees what is being typed
    Dialog dialog(*m_session, arguments..., this);
    dialog.exec();
}

void MainWindow::exportReport()
{
    showOnSession<ExportDialog>(ExportDialog::ReportTab);
}

void MainWindow::exportLabel()
{
    showOnSession<ExportDialog>(ExportDialog::LabelTab);
}

bool MainWindow::exportDeclaration(const QString& declarationPath)
{
    if (!m_session)
        return false;
    m_pane->flushRationale();
    const Result<void> exported = m_session->exportDeclaration(declarationPath);
    if (!exported) {
        QStringList lines;
        for (const Problem& p : exported.problems())
            lines << p.toString();
        if (findProblem(exported.problems(), u"assessment.export-folder-not-empty"))
            lines << tr("Choose a new or empty folder for the declaration and its evidence.");
        showProblem(lines.join(QLatin1Char('\n')));
        return false;
    }
    statusBar()->showMessage(tr("Declaration and evidence exported to %1").arg(QFileInfo(declarationPath).absolutePath()), 15000);
    return true;
}

bool MainWindow::exportChecklist(const QString& path)
{
    if (!m_session)
        return false;
    m_pane->flushRationale();
    const Result<void> exported = m_session->exportChecklist(path, m_studio.language());
    if (!exported) {
        QStringList lines;
        for (const Problem& p : exported.problems())
            lines << p.toString();
        showProblem(lines.join(QLatin1Char('\n')));
        return false;
    }
    statusBar()->showMessage(tr("Checklist exported to %1").arg(path), 15000);
    return true;
}

void MainWindow::verify()
{
    VerifyDialog dialog(m_studio, this);
    dialog.exec();
}

void MainWindow::signOff()
{
    showOnSession<SignOffDialog>();
}

void MainWindow::importToolOutput(const QString& path)
{
    if (!m_session)
        return;
    const QString output = path.isEmpty()
        ? QFileDialog::getOpenFileName(this, tr("Import tool output"), {}, tr("Tool outputs (*.xml *.json);;All files (*)"))
        : path;
    if (output.isEmpty())
        return;
    m_pane->flushRationale();
    const Result<void> imported = m_session->importToolOutput(output);
    if (!imported) {
        QStringList lines;
        for (const Problem& p : imported.problems())
            lines << p.toString();
        showProblem(lines.join(QLatin1Char('\n')));
    }
}

void MainWindow::editProduct()
{
    if (!m_session)
        return;
    m_pane->flushRationale();
    NewAssessmentWizard wizard(m_studio, m_session->assessment(), this);
    if (wizard.exec() != QDialog::Accepted)
        return;
    const Assessment entered = wizard.assessment();
    Assessment next = m_session->assessment();
    next.product = entered.product;
    // The wizard has no field for the needed interfaces (`assess set product.needed_interfaces`): they stay as they were.
    next.product.neededInterfaces = m_session->assessment().product.neededInterfaces;
    next.evaluator = entered.evaluator;
    next.profile = entered.profile;
    m_session->change(next, tr("Product and profile"));
}

void MainWindow::newRevision()
{
    if (!m_session)
        return;
    bool ok = false;
    const QString firmware = QInputDialog::getText(this, tr("New firmware revision"),
        tr("Firmware version of the new revision (now %1). The results carry over; those resting on tests of the device are marked "
           "for re-checking, and a sign-off has to be given again.")
            .arg(m_session->assessment().product.firmware),
        QLineEdit::Normal, QString(), &ok);
    if (ok)
        startRevision(firmware);
}

void MainWindow::showAuditTrail()
{
    showOnSession<AuditTrailDialog>();
}

bool MainWindow::startRevision(const QString& firmware)
{
    m_pane->flushRationale();
    if (const QStringList problems = m_session->integrityProblems(); !problems.isEmpty()) {
        showProblem(problems.join(QLatin1Char('\n')));
        return false;
    }
    const Result<FirmwareRevision::Started> started = FirmwareRevision::start(m_session->assessment(), m_session->chain(), firmware);
    if (!started) {
        showProblem(started.problems().constFirst().message.text());
        return false;
    }
    if (!m_session->change(started->assessment, tr("New revision for firmware %1").arg(started->assessment.product.firmware)))
        return false;
    statusBar()->showMessage(
        tr("Revision %1 for firmware %2: %3 requirement(s) rest on tests of the device and are marked for re-checking.")
            .arg(started->assessment.revision)
            .arg(started->assessment.product.firmware)
            .arg(started->rechecks.size()),
        15000);
    return true;
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_pane->flushRationale();
    m_memory->save(m_session != nullptr);
    QMainWindow::closeEvent(event);
}

} // namespace starmark::studio
