#pragma once

#include <QObject>

class QAction;
class QMenu;
class QUndoStack;

namespace starmark::studio {

class MainWindow;
class Studio;

// The main window's menus, their keys and their words in the app's language;
// what acts on an open assessment is enabled only while one is open.
class MainMenus : public QObject {
    Q_OBJECT
public:
    MainMenus(MainWindow& window, Studio& studio);

    void retranslate();
    void setAssessmentOpen(bool open);
    // Undo and redo enabled, and undo's tip naming the step, as `stack` allows.
    void followUndoStack(QUndoStack* stack);
    QAction* signOff() const { return m_signOff; }
    QAction* importToolOutput() const { return m_importToolOutput; }

private:
    QMenu* m_fileMenu;
    QMenu* m_editMenu;
    QMenu* m_goMenu;
    QMenu* m_labMenu;
    QAction* m_new;
    QAction* m_open;
    QAction* m_demo;
    QAction* m_close;
    QAction* m_exportReport;
    QAction* m_exportLabel;
    QAction* m_exportDeclaration;
    QAction* m_exportChecklist;
    QAction* m_verify;
    QAction* m_newRevision;
    QAction* m_auditTrail;
    QAction* m_quit;
    QAction* m_undo;
    QAction* m_redo;
    QAction* m_editProduct;
    QAction* m_next;
    QAction* m_previous;
    QAction* m_nextOpen;
    QAction* m_signOff;
    QAction* m_importToolOutput;
};

} // namespace starmark::studio
