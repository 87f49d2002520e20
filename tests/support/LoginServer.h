#pragma once

#include <QAtomicInt>
#include <QSemaphore>
#include <QTemporaryDir>
#include <QThread>

namespace starmark::test {

// A device's web login on loopback, in a thread of its own (the probe under test blocks
// its caller): HTTP Basic, Digest (MD5, qop=auth) or a form at POST /login, with one of
// three policies against guessing. Lockout: after `lockAfter` failures every login is
// refused, the right password too, with the same answer as a wrong one. Back-off: each
// failure after the first delays the next answers by `stepMs` more. None: neither.
// Throttle: after `lockAfter` failures a wrong password is answered 429 Too Many Requests (the
// right one still works). AcceptsAny: every password lets the user in. Flood: answers with 2 MiB. Silent: reads
// requests and never answers.
class LoginServer : public QThread {
public:
    enum class Auth { Basic, Digest, Form };
    enum class Policy { None, Lockout, BackOff, Throttle, AcceptsAny, Flood, Silent };
    struct Config {
        Auth auth = Auth::Basic;
        Policy policy = Policy::None;
        int lockAfter = 3;
        int stepMs = 300;
        bool tls = false; // https, with a self-signed certificate
    };
    static inline const QString user = QStringLiteral("admin");
    static inline const QString password = QStringLiteral("c0rrect horse+battery");
    static inline const QString failureText = QStringLiteral("Login failed");

    explicit LoginServer(Config config);
    ~LoginServer() override;

    quint16 port() const { return m_port; }
    QString url() const;
    int requests() const { return m_requests.loadRelaxed(); }

protected:
    void run() override;

private:
    QByteArray answer(const QByteArray& request, int* delayMs);

    Config m_config;
    QTemporaryDir m_certificate;
    quint16 m_port = 0;
    QSemaphore m_listening;
    QAtomicInt m_requests;
    int m_failures = 0; // the server thread's only
};

} // namespace starmark::test
