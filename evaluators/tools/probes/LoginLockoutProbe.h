#pragma once

#include "criteria/Result.h"
#include "criteria/Vocabulary.h"
#include "evaluators/Clock.h"

#include <QJsonObject>
#include <QStringList>
#include <QUrl>

namespace starmark {

// StarMark's own check of S1.1-04 (limits on login attempts) against a device's login over
// HTTP Basic, Digest or a form: the right password first (so that the account is known to
// work), then a bounded number of wrong ones, measuring each answer's status and time, then
// the right password again. It was locked out when the right password is refused after the
// wrong ones; it backs off when answers slow down (or say 429/503) and the right password
// still works; none otherwise. The result is an evidence document, `starmark-lockout/1`
// (docs/lockout-format.md), that states what the probe did not try. Passwords never
// appear in it.
class LoginLockoutProbe {
public:
    enum class Auth { Basic, Digest, Form };
    static constexpr Term<Auth> auths[] = {{Auth::Basic, "basic"}, {Auth::Digest, "digest"}, {Auth::Form, "form"}};
    enum class Outcome { LockedOut, BackOff, None, WrongPasswordAccepted };
    static constexpr Term<Outcome> outcomes[] = {{Outcome::LockedOut, "locked-out"}, {Outcome::BackOff, "back-off"},
        {Outcome::None, "none"}, {Outcome::WrongPasswordAccepted, "wrong-password-accepted"}};

    static constexpr int maxAttempts = 50;
    static constexpr int maxDelayMs = 60000;
    static constexpr int maxRequestTimeoutMs = 120000;
    static constexpr qint64 maxResponseBytes = 1 << 20;
    static constexpr qint64 maxWordlistBytes = 64 << 10;
    static constexpr qint64 maxPasswordBytes = 1024;
    // Back-off: the last wrong attempt answered at least this much slower than the first, and twice as slow.
    static constexpr qint64 backOffMs = 1000;

    struct Settings {
        QUrl url;
        Auth auth = Auth::Basic;
        QString user;
        QString password;
        QStringList wrongPasswords;
        QString userField = QStringLiteral("username"); // form logins
        QString passwordField = QStringLiteral("password");
        QString failureText; // form logins: a page holding it is a refusal
        int delayMs = 1000;
        int requestTimeoutMs = 10000;
        bool allowRemote = false;
    };
    struct Attempt {
        int status = 0;
        qint64 milliseconds = 0;
        bool accepted = false;
        bool operator==(const Attempt&) const = default;
    };
    struct Finding {
        Outcome outcome = Outcome::None;
        Attempt before; // the right password, first
        QList<Attempt> wrong;
        Attempt after; // the right password, after the wrong ones
        QDateTime ranAt;
        QJsonObject document; // starmark-lockout/1
    };

    // The wrong passwords of a wordlist file: one a line, blank lines skipped, at most
    // maxAttempts of them and maxWordlistBytes in all (a longer list is refused, not cut).
    static Result<QStringList> readWordlist(const QString& path);
    // The first line of a file that holds nothing else.
    static Result<QString> readPassword(const QString& path);
    // What is wrong with the settings before anything is sent (URL, target, limits, wordlist).
    static Problems check(const Settings& settings);

    explicit LoginLockoutProbe(const Clock& clock);
    Result<Finding> run(const Settings& settings) const;

private:
    const Clock& m_clock;
};

} // namespace starmark
