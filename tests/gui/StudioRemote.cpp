#include "StudioRemote.h"

#include "MainWindow.h"
#include "RequirementPane.h"
#include "Session.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFile>
#include <QPlainTextEdit>
#include <QSettings>
#include <QTimer>

#include <cstdio>

namespace starmark::studio {
namespace {

void say(const QString& line)
{
    std::fprintf(stdout, "%s\n", qPrintable(line));
    std::fflush(stdout);
}

// Both halves of "never lose work" are on disk: the rationale in the assessment
// file, the current requirement in the settings file (read raw, since this
// process's own QSettings would answer from memory before it is written).
bool editOnDisk(const MainWindow& window, const QString& requirement, const QString& rationale)
{
    if (!window.session() || window.session()->assessment().results.value(requirement).rationale != rationale)
        return false;
    QFile settings(QSettings().fileName());
    return settings.open(QIODevice::ReadOnly) && settings.readAll().contains("requirement=" + requirement.toUtf8());
}

} // namespace

void StudioRemote::drive(MainWindow& window)
{
    const QString hook = qEnvironmentVariable("STARMARK_STUDIO_REMOTE");
    if (hook == QLatin1String("shown")) {
        say(QStringLiteral("shown"));
        QCoreApplication::quit();
    } else if (hook == QLatin1String("where")) {
        say(QStringLiteral("file=%1").arg(window.session() ? window.session()->path() : QString()));
        say(QStringLiteral("requirement=%1").arg(window.currentRequirement()));
        QCoreApplication::quit();
    } else if (hook.startsWith(QLatin1String("edit:"))) {
        const QStringList parts = hook.split(QLatin1Char(':'));
        const QString requirement = parts.value(1);
        const QString rationale = parts.mid(2).join(QLatin1Char(':'));
        window.selectRequirement(requirement);
        RequirementPane* pane = window.requirementPane();
        auto* verdict = pane->findChild<QComboBox*>(QStringLiteral("verdict"));
        verdict->setCurrentIndex(verdict->findData(int(Verdict::Fail)));
        emit verdict->activated(verdict->currentIndex());
        pane->findChild<QPlainTextEdit*>(QStringLiteral("rationale"))->setPlainText(rationale);
        auto* poll = new QTimer(&window);
        poll->setInterval(20);
        QObject::connect(poll, &QTimer::timeout, &window, [poll, &window, requirement, rationale] {
            if (!editOnDisk(window, requirement, rationale))
                return;
            poll->stop();
            say(QStringLiteral("edited"));
        });
        poll->start();
    }
}

} // namespace starmark::studio
