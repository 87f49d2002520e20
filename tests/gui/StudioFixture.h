#pragma once

#include "FixedClock.h"
#include "Studio.h"

#include <QTemporaryDir>

#include <functional>
#include <memory>

class QWidget;

namespace starmark::studio::test {

// What a GUI test stands on, made afresh for each test and dropped when it
// ends, so that no test sees another's files or settings (they pass in any
// order, --gtest_shuffle): its own scratch folder, settings and app data there
// (the app's demo copies, its recent files, where it was), the shipped
// catalogs, a clock fixed an hour before the CLI runner's (so that what the app
// signs is in the past for `starmark verify`), and its own copy of a demo PKI
// made once by the real CLI.
struct StudioFixture {
    // The running test's fixture, made on first use.
    static StudioFixture& instance();

    QTemporaryDir dir;
    FixedClock clock{QDateTime(QDate(2026, 11, 22), QTime(8, 0), Qt::UTC)};
    std::unique_ptr<Studio> studio;

    QString path(const QString& name) const { return dir.filePath(name); }
    QString pki(const QString& file) const { return dir.filePath(QStringLiteral("pki/") + file); }
    // A copy of the demo's assessment file as the app makes it, at path(name), for a test to change at will.
    QString demoCopy(const QString& demo, const QString& name);

    StudioFixture();
};

// Runs `drive` on the next modal dialog once it is up (a dialog's exec() blocks the test until it closes).
void whenModal(const std::function<void(QWidget*)>& drive);

} // namespace starmark::studio::test
