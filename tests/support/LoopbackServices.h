#pragma once

#include <QProcess>
#include <QTemporaryDir>

#include <memory>

namespace starmark::test {

// The outside services a scanner is pointed at in the tests, each on a free loopback
// port and ready when start() returns: `openssl s_server` with a weak configuration
// (TLS 1.0 only, security level 0) or a strong one (TLS 1.2 and 1.3), an OpenSSH
// server with a fresh host key, and Python's small web server (which nmap knows by
// name, where it takes the test's own login server for an unknown service). Stopped
// with the object.
class LoopbackService {
public:
    enum class Kind { WeakTls, StrongTls, Ssh, Http };

    // nullptr, after a test failure saying why, when it could not be started.
    static std::unique_ptr<LoopbackService> start(Kind kind);
    ~LoopbackService();

    quint16 port() const { return m_port; }
    QString target() const { return QStringLiteral("127.0.0.1:%1").arg(m_port); }

private:
    LoopbackService() = default;

    QTemporaryDir m_folder;
    QProcess m_process;
    quint16 m_port = 0;
};

// A port nothing listens on at the moment it is asked for.
quint16 freeLoopbackPort();
// A self-signed RSA certificate for localhost, as key.pem and cert.pem in `folder`; false after a test failure.
bool makeSelfSignedCertificate(const QString& folder);

} // namespace starmark::test
