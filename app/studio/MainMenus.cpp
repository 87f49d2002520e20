#include "MainMenus.h"

#include "MainWindow.h"
#include "Session.h"
#include "Studio.h"

#include <QActionGroup>
#include <QFileDialog>
#include <QMenuBar>
#include <QUndoStack>

namespace starmark::studio {

MainMenus::MainMenus(MainWindow& window, Studio& studio)
    : QObject(&window)
{
    QMenuBar* bar = window.menuBar();
    m_fileMenu = bar->addMenu(QString());
    m_new = m_fileMenu->addAction(QString(), QKeySequence::New, &window, &MainWindow::newAssessment);
    m_open = m_fileMenu->addAction(QString(), QKeySequence::Open, &window, &MainWindow::openDialog);
    m_demo = m_fileMenu->addAction(QString(), &window, [&window] { window.openDemo(QStringLiteral("camera-star1")); });
    m_close = m_fileMenu->addAction(QString(), QKeySequence(Qt::CTRL | Qt::Key_W), &window, &MainWindow::showStartPage);
    m_fileMenu->addSeparator();
    m_exportReport = m_fileMenu->addAction(QString(), QKeySequence(Qt::CTRL | Qt::Key_E), &window, &MainWindow::exportReport);
    m_exportLabel = m_fileMenu->addAction(QString(), QKeySequence(Qt::CTRL | Qt::Key_L), &window, &MainWindow::exportLabel);
    m_exportDeclaration = m_fileMenu->addAction(QString(), &window, [this, &window] {
        const QString path = QFileDialog::getSaveFileName(&window, m_exportDeclaration->text(), QString(), tr("Declaration (*.yaml)"));
        if (!path.isEmpty())
            window.exportDeclaration(path);
    });
    m_exportChecklist = m_fileMenu->addAction(QString(), &window, [this, &window] {
        const QString path = QFileDialog::getSaveFileName(&window, m_exportChecklist->text(), QString(), tr("Checklist (*.xlsx)"));
        if (!path.isEmpty())
            window.exportChecklist(path);
    });
    m_verify = m_fileMenu->addAction(QString(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V), &window, &MainWindow::verify);
    m_fileMenu->addSeparator();
    m_quit = m_fileMenu->addAction(QString(), QKeySequence::Quit, &window, &QWidget::close);

    m_editMenu = bar->addMenu(QString());
    m_undo = m_editMenu->addAction(QString(), QKeySequence(Qt::CTRL | Qt::Key_Z), &window, [&window] { window.session()->undoStack()->undo(); });
    m_redo = m_editMenu->addAction(QString(), &window, [&window] { window.session()->undoStack()->redo(); });
    // The same keys on every desktop, whatever the platform theme binds.
    m_redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});

    m_editMenu->addSeparator();
    m_editProduct = m_editMenu->addAction(QString(), &window, &MainWindow::editProduct);
    m_newRevision = m_editMenu->addAction(QString(), &window, &MainWindow::newRevision);
    m_auditTrail = m_editMenu->addAction(QString(), &window, &MainWindow::showAuditTrail);

    m_goMenu = bar->addMenu(QString());
    m_next = m_goMenu->addAction(QString(), QKeySequence(Qt::CTRL | Qt::Key_Down), &window, &MainWindow::nextRequirement);
    m_previous = m_goMenu->addAction(QString(), QKeySequence(Qt::CTRL | Qt::Key_Up), &window, &MainWindow::previousRequirement);
    m_nextOpen = m_goMenu->addAction(QString(), QKeySequence(Qt::CTRL | Qt::Key_J), &window, &MainWindow::nextOpenRequirement);

    m_labMenu = bar->addMenu(QString());
    m_importToolOutput = m_labMenu->addAction(QString(), &window, [&window] { window.importToolOutput(); });
    m_signOff = m_labMenu->addAction(QString(), &window, &MainWindow::signOff);

    // Named in both languages, so that either finds it.
    QMenu* languageMenu = bar->addMenu(QStringLiteral("言語 / Language"));
    auto* languages = new QActionGroup(this);
    QAction* japanese = languageMenu->addAction(QStringLiteral("日本語"));
    QAction* english = languageMenu->addAction(QStringLiteral("English"));
    for (QAction* a : {japanese, english}) {
        a->setCheckable(true);
        languages->addAction(a);
    }
    (studio.language() == Language::English ? english : japanese)->setChecked(true);
    connect(japanese, &QAction::triggered, this, [&studio] { studio.setLanguage(Language::Japanese); });
    connect(english, &QAction::triggered, this, [&studio] { studio.setLanguage(Language::English); });
    setAssessmentOpen(false);
    retranslate();
}

void MainMenus::setAssessmentOpen(bool open)
{
    for (QAction* a : {m_close, m_exportReport, m_exportLabel, m_exportDeclaration, m_exportChecklist, m_editProduct, m_newRevision, m_auditTrail, m_next, m_previous, m_nextOpen})
        a->setEnabled(open);
    // Undo and redo follow the undo stack, sign-off the assessment's mode: none of them at first.
    for (QAction* a : {m_undo, m_redo, m_signOff, m_importToolOutput})
        a->setEnabled(false);
}

void MainMenus::followUndoStack(QUndoStack* stack)
{
    connect(stack, &QUndoStack::canUndoChanged, m_undo, &QAction::setEnabled);
    connect(stack, &QUndoStack::canRedoChanged, m_redo, &QAction::setEnabled);
    connect(stack, &QUndoStack::undoTextChanged, this, [this](const QString& text) {
        m_undo->setToolTip(text);
        m_undo->setStatusTip(text);
    });
}

void MainMenus::retranslate()
{
    m_fileMenu->setTitle(tr("&File"));
    m_new->setText(tr("&New assessment…"));
    m_open->setText(tr("&Open…"));
    m_demo->setText(tr("Open the ★1 &demo"));
    m_close->setText(tr("&Close (back to the start page)"));
    m_exportReport->setText(tr("Export signed &report…"));
    m_exportLabel->setText(tr("Export &label…"));
    m_exportDeclaration->setText(tr("Export &declaration (YAML)…"));
    m_exportChecklist->setText(tr("Export chec&klist (Excel)…"));
    m_verify->setText(tr("&Verify a report or label…"));
    m_quit->setText(tr("&Quit"));
    m_editMenu->setTitle(tr("&Edit"));
    m_undo->setText(tr("&Undo"));
    m_redo->setText(tr("&Redo"));
    m_editProduct->setText(tr("&Product and profile…"));
    m_newRevision->setText(tr("New &firmware revision…"));
    m_auditTrail->setText(tr("&Audit trail…"));
    m_goMenu->setTitle(tr("&Go"));
    m_next->setText(tr("&Next requirement"));
    m_previous->setText(tr("&Previous requirement"));
    m_nextOpen->setText(tr("Next &open requirement (not decided or needing attention)"));
    m_labMenu->setTitle(tr("La&b"));
    m_signOff->setText(tr("Reviewer &sign-off…"));
    m_importToolOutput->setText(tr("&Import tool output…"));
}

} // namespace starmark::studio
