#include "TestHook.h"

#include "MainWindow.h"
#include "RequirementPane.h"
#include "Session.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QPlainTextEdit>
#include <QTimer>

#include <cstdio>

namespace starmark::studio {
namespace {

void say(const QString& line)
{
    std::fprintf(stdout, "%s\n", qPrintable(line));
    std::fflush(stdout);
}

} // namespace

void TestHook::install(MainWindow& window)
{
    const QString hook = qEnvironmentVariable("STARMARK_STUDIO_TEST_HOOK");
    if (hook.isEmpty())
        return;
    // Runs once the event loop has shown the window.
    QTimer::singleShot(0, &window, [hook, &window] {
        if (hook == QLatin1String("shown")) {
            say(QStringLiteral("shown"));
            QCoreApplication::quit();
        } else if (hook == QLatin1String("where")) {
            say(QStringLiteral("file=%1").arg(window.session() ? window.session()->path() : QString()));
            say(QStringLiteral("requirement=%1").arg(window.currentRequirement()));
            QCoreApplication::quit();
        } else if (hook.startsWith(QLatin1String("edit:"))) {
            const QStringList parts = hook.split(QLatin1Char(':'));
            window.selectRequirement(parts.value(1));
            RequirementPane* pane = window.requirementPane();
            auto* verdict = pane->findChild<QComboBox*>(QStringLiteral("verdict"));
            verdict->setCurrentIndex(verdict->findData(int(Verdict::Fail)));
            emit verdict->activated(verdict->currentIndex());
            pane->findChild<QPlainTextEdit*>(QStringLiteral("rationale"))->setPlainText(parts.mid(2).join(QLatin1Char(':')));
            QTimer::singleShot(std::max(RequirementPane::rationaleDelayMs, MainWindow::rememberDelayMs) + 200, &window, [] { say(QStringLiteral("edited")); });
        }
    });
}

} // namespace starmark::studio
