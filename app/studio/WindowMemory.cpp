#include "WindowMemory.h"

#include <QMainWindow>
#include <QSettings>
#include <QSplitter>

namespace starmark::studio {
namespace {

const QString fileKey = QStringLiteral("session/file");
const QString requirementKey = QStringLiteral("session/requirement");

} // namespace

WindowMemory::WindowMemory(QMainWindow& window, QSplitter& splitter, std::function<QString()> currentRequirement)
    : QObject(&window)
    , m_window(window)
    , m_splitter(splitter)
    , m_currentRequirement(std::move(currentRequirement))
{
    // Where the user is matters for reopening, not for the work (that is in the file): it is
    // written after a pause in moving, since every settings write syncs the file to disk.
    m_rememberTimer.setSingleShot(true);
    m_rememberTimer.setInterval(rememberDelayMs);
    connect(&m_rememberTimer, &QTimer::timeout, this, [this] { QSettings().setValue(requirementKey, m_currentRequirement()); });
}

void WindowMemory::restoreWindow()
{
    const QSettings settings;
    if (!m_window.restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        m_window.resize(1280, 800);
    m_window.restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    if (!m_splitter.restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray()))
        m_splitter.setSizes({330, 650, 300});
}

void WindowMemory::save(bool assessmentOpen)
{
    QSettings settings;
    if (assessmentOpen)
        settings.setValue(requirementKey, m_currentRequirement());
    settings.setValue(QStringLiteral("window/geometry"), m_window.saveGeometry());
    settings.setValue(QStringLiteral("window/state"), m_window.saveState());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter.saveState());
}

void WindowMemory::requirementChanged()
{
    m_rememberTimer.start();
}

void WindowMemory::rememberFile(const QString& path)
{
    QSettings().setValue(fileKey, path);
}

void WindowMemory::forgetFile()
{
    QSettings().remove(fileKey);
}

QString WindowMemory::file() const
{
    return QSettings().value(fileKey).toString();
}

QString WindowMemory::requirement() const
{
    return QSettings().value(requirementKey).toString();
}

} // namespace starmark::studio
