#include "LoopbackServices.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <gtest/gtest.h>

namespace starmark::test {

quint16 freeLoopbackPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

namespace {

// Runs a key maker without its chatter on the test's output.
bool quietly(const QString& program, const QStringList& arguments)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, arguments);
    const bool done = p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    if (!done)
        ADD_FAILURE() << program.toStdString() << " failed: " << p.readAll().toStdString();
    return done;
}

} // namespace

bool makeSelfSignedCertificate(const QString& folder)
{
    return quietly(QStringLiteral("openssl"), {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
        QStringLiteral("-nodes"), QStringLiteral("-keyout"), folder + QStringLiteral("/key.pem"), QStringLiteral("-out"), folder + QStringLiteral("/cert.pem"),
        QStringLiteral("-days"), QStringLiteral("3650"), QStringLiteral("-subj"), QStringLiteral("/CN=localhost")});
}

std::unique_ptr<LoopbackService> LoopbackService::start(Kind kind)
{
    std::unique_ptr<LoopbackService> s(new LoopbackService);
    const QString dir = s->m_folder.path();
    const QString key = dir + QStringLiteral("/key.pem");
    const QString cert = dir + QStringLiteral("/cert.pem");
    s->m_port = freeLoopbackPort();
    const QString port = QString::number(s->m_port);
    s->m_process.setProcessChannelMode(QProcess::MergedChannels);
    if (kind == Kind::Http) {
        s->m_process.start(QStringLiteral("python3"), {QStringLiteral("-m"), QStringLiteral("http.server"), port, QStringLiteral("--bind"),
            QStringLiteral("127.0.0.1"), QStringLiteral("--directory"), dir});
    } else if (kind == Kind::Ssh) {
        if (!quietly(QStringLiteral("ssh-keygen"), {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-N"),
                QString(), QStringLiteral("-f"), key}))
            return nullptr;
        s->m_process.start(QStringLiteral("/usr/sbin/sshd"), {QStringLiteral("-D"), QStringLiteral("-e"), QStringLiteral("-f"), QStringLiteral("/dev/null"),
            QStringLiteral("-h"), key, QStringLiteral("-o"), QStringLiteral("ListenAddress=127.0.0.1:") + port, QStringLiteral("-o"),
            QStringLiteral("PidFile=none")});
    } else {
        if (!makeSelfSignedCertificate(dir))
            return nullptr;
        QStringList arguments{QStringLiteral("s_server"), QStringLiteral("-accept"), QStringLiteral("127.0.0.1:") + port, QStringLiteral("-key"), key,
            QStringLiteral("-cert"), cert, QStringLiteral("-www"), QStringLiteral("-quiet")};
        if (kind == Kind::WeakTls)
            arguments << QStringLiteral("-tls1") << QStringLiteral("-cipher") << QStringLiteral("DEFAULT:@SECLEVEL=0");
        else
            arguments << QStringLiteral("-no_tls1") << QStringLiteral("-no_tls1_1");
        s->m_process.start(QStringLiteral("openssl"), arguments);
    }
    for (int i = 0; i < 100; ++i) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, s->m_port);
        if (socket.waitForConnected(100))
            return s;
        if (s->m_process.state() == QProcess::NotRunning)
            break;
        QThread::msleep(50);
    }
    ADD_FAILURE() << "the loopback service did not start: " << s->m_process.readAll().toStdString();
    return nullptr;
}

LoopbackService::~LoopbackService()
{
    m_process.kill();
    m_process.waitForFinished(5000);
}

} // namespace starmark::test
