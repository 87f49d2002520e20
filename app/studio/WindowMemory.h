#pragma once

#include <QObject>
#include <QTimer>

#include <functional>

class QMainWindow;
class QSplitter;

namespace starmark::studio {

// What the main window reopens at the next start, however the app stopped:
// its shape, the open file and the requirement shown in it.
class WindowMemory : public QObject {
    Q_OBJECT
public:
    static constexpr int rememberDelayMs = 500; // the current requirement is remembered after this pause

    // `currentRequirement` says which requirement is shown when it is written.
    WindowMemory(QMainWindow& window, QSplitter& splitter, std::function<QString()> currentRequirement);

    // The shape the window had when it closed, or a first one.
    void restoreWindow();
    // The window's shape, and with an assessment open the requirement shown, written at once.
    void save(bool assessmentOpen);
    // Remembers the requirement shown after a pause in moving.
    void requirementChanged();
    void rememberFile(const QString& path);
    void forgetFile();
    QString file() const;
    QString requirement() const;

private:
    QMainWindow& m_window;
    QSplitter& m_splitter;
    std::function<QString()> m_currentRequirement;
    QTimer m_rememberTimer;
};

} // namespace starmark::studio
