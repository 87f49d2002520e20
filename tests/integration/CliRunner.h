#pragma once

#include <QProcess>
#include <QStringList>

#include <functional>

namespace starmark::test {

struct CliResult {
    int code = -1; // -1: did not exit normally
    QString out;
    QString err;
};

// How the clock of a binary run under faketime goes: stopped at the instant (a
// command: every timestamp it writes is the instant), or from it on (a server,
// whose sessions and limits need time to pass).
enum class Time { Frozen, Flowing };

// Runs the real `starmark` binary with the shipped catalogs at the test's instant (testNow()),
// or at `now` (ISO 8601) when given.
CliResult runStarmark(const QStringList& arguments, const std::function<void()>& inChild = {}, const QString& now = {});
QProcess* startStarmark(const QStringList& arguments, Time time = Time::Frozen);
// Starts `bash -c script` in `folder` with the environment runStarmark gives, and $STARMARK naming the binary:
// a loop of commands, or a command run from another folder; Flowing for a server (openssl ocsp waits forever on a stopped clock).
QProcess* startScript(const QString& script, const QString& folder, Time time = Time::Frozen);
// Runs one of the outside tools a user's counterpart would use (pdfsig, zbarimg, …) at the test's instant
// (under faketime); stdout and stderr both land in `out`.
CliResult runTool(const QString& program, const QStringList& arguments);

// A manufacturer passing its own product off as a lab's ★3 evaluation: the router
// demo with every verdict pass and no reviewer sign-off, in `folder`, signed with
// `pki`/manufacturer.key. Returns the report's path (empty, after a test failure, if it could not be made).
QString forgedLabEvaluation(const QString& folder, const QString& pki);

// A test's own files: the bytes of one (empty when it cannot be read), and one written whole,
// its folder made first (a failure to write fails the test).
QByteArray read(const QString& path);
void write(const QString& path, const QByteArray& bytes);

QString shippedCatalogs();
QString demoFolder(const char* demo);
void copyFolder(const QString& from, const QString& to);

} // namespace starmark::test
