#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace starmark::studio {

// The first thing seen: start a new assessment, open one (recent ones listed),
// or open a bundled demo to see how a finished one looks. Catalog errors, if
// any, are shown here with file, line and fix.
class StartPage : public QWidget {
    Q_OBJECT
public:
    explicit StartPage(QWidget* parent = nullptr);
    // The recent files are kept in the settings, newest first.
    static void rememberFile(const QString& path);
    void showRecentFiles();
    void setCatalogProblems(const QStringList& problems);

signals:
    void newRequested();
    void openRequested();
    void recentRequested(const QString& path);
    void demoRequested(const QString& demo); // camera-star1 or router-star3

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QLabel* m_title;
    QLabel* m_intro;
    QPushButton* m_new;
    QPushButton* m_open;
    QPushButton* m_demo;
    QPushButton* m_labDemo;
    QLabel* m_recentLabel;
    QListWidget* m_recent;
    QLabel* m_problems;
    QStringList m_catalogProblems;
};

} // namespace starmark::studio
