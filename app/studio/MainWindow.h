#pragma once

#include <QMainWindow>

#include <memory>

class QLabel;
class QSplitter;
class QStackedWidget;

namespace starmark::studio {

class MainMenus;
class OutcomePanel;
class RequirementPane;
class RequirementTree;
class Session;
class StartPage;
class Studio;
class WindowMemory;

// The start page, or the open assessment: the requirement tree on the left,
// the requirement being judged in the middle, the outcome on the right.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(Studio& studio, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens a `*.starmark` file; a message says why not (file and fix) and false is returned.
    bool openFile(const QString& path);
    // Opens the app's copy of a bundled demo, importing its declaration the first time.
    bool openDemo(const QString& demo);
    // Reopens what was open when the app last stopped, however it stopped.
    bool restoreSession();
    // The next revision of the open assessment, for new firmware (what File › New firmware revision asks for).
    bool startRevision(const QString& firmware);
    // Writes the open assessment as a declaration (YAML) with its evidence into a new or empty folder.
    bool exportDeclaration(const QString& declarationPath);
    // Writes IPA's checklist of the open assessment as a workbook (.xlsx), in the app's language.
    bool exportChecklist(const QString& path);
    void showStartPage();

    Session* session() const { return m_session.get(); }
    QString currentRequirement() const;
    void selectRequirement(const QString& requirementId);
    RequirementPane* requirementPane() const { return m_pane; }
    OutcomePanel* outcomePanel() const { return m_outcome; }
    StartPage* startPage() const { return m_start; }
    // The message shown last for a problem (a file that cannot be opened, a save refused).
    QString lastProblem() const { return m_lastProblem; }

public slots:
    void newAssessment();
    void openDialog();
    void nextRequirement();
    void previousRequirement();
    void nextOpenRequirement();
    void exportReport();
    void exportLabel();
    void verify();
    void signOff();
    // Lab › Import tool output: `path`, or the file chosen in a dialog, read in as `starmark tool import` reads it.
    void importToolOutput(const QString& path = {});
    void editProduct();
    void newRevision();
    void showAuditTrail();

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void setSession(std::unique_ptr<Session> session);
    // Shows `session` at its first requirement, or `error` when there is none.
    bool adopt(std::unique_ptr<Session> session, const QString& error);
    void sessionChanged();
    void step(int direction, bool openOnly);
    void showProblem(const QString& message);
    // Runs a dialog on the open assessment, if there is one.
    template <typename Dialog, typename... Arguments>
    void showOnSession(Arguments... arguments);

    Studio& m_studio;
    std::unique_ptr<Session> m_session;
    QStackedWidget* m_stack;
    StartPage* m_start;
    QSplitter* m_splitter;
    RequirementTree* m_tree;
    RequirementPane* m_pane;
    OutcomePanel* m_outcome;
    QLabel* m_saved;
    QString m_lastProblem;
    WindowMemory* m_memory;

    MainMenus* m_menus;
};

} // namespace starmark::studio
