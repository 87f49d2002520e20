#include "RunningRegistry.h"

#include "TestClock.h"

#include "CliRunner.h"

#include "FixedClock.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTcpSocket>

#include <gtest/gtest.h>

namespace starmark::test {

QJsonObject HttpReply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

RunningRegistry::RunningRegistry(const QString& where, const QString& db, const QStringList& options)
    : folder(where)
    , database(db.isEmpty() ? where + QStringLiteral("/registry.db") : db)
    , report(where + QStringLiteral("/camera/report.pdf"))
    , pki(where + QStringLiteral("/pki"))
{
    QDir().mkpath(folder);
    EXPECT_EQ(runStarmark({QStringLiteral("keys"), QStringLiteral("demo-pki"), pki}).code, 0);
    const CliResult declared = runStarmark({QStringLiteral("declare"), demoFolder("camera-star1") + QStringLiteral("/declaration.yaml"),
        QStringLiteral("-o"), folder + QStringLiteral("/camera"), QStringLiteral("--key"), pki + QStringLiteral("/manufacturer.key"),
        QStringLiteral("--cert"), pki + QStringLiteral("/manufacturer.pem"), QStringLiteral("--chain"), pki + QStringLiteral("/ca.pem")});
    EXPECT_EQ(declared.code, 0) << declared.err.toStdString();
    const CliResult added
        = runStarmark({QStringLiteral("serve"), QStringLiteral("add-token"), QStringLiteral("鈴木"), QStringLiteral("--db"), database});
    EXPECT_EQ(added.code, 0) << added.err.toStdString();
    token = added.out.trimmed();

    m_server.reset(startStarmark(QStringList{QStringLiteral("serve"), QStringLiteral("--db"), database, QStringLiteral("--port"),
                                     QStringLiteral("0"), QStringLiteral("--threads"), QStringLiteral("2"), QStringLiteral("--issuer-key"),
                                     pki + QStringLiteral("/label-issuer.key"), QStringLiteral("--trust"), pki + QStringLiteral("/ca.pem")}
            + options,
        Time::Flowing));
    // It says where it listens, whom it takes staff requests from, and its limits.
    while (started.count(QLatin1Char('\n')) < 3 && m_server->waitForReadyRead(20000))
        started += QString::fromUtf8(m_server->readAllStandardOutput());
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("listening on https?://127.0.0.1:(\\d+)/")).match(started);
    EXPECT_TRUE(m.hasMatch()) << "the server did not start: " << started.toStdString() << m_server->readAllStandardError().toStdString();
    port = quint16(m.captured(1).toUInt());
}

std::unique_ptr<RegistryStore> RunningRegistry::openStore() const
{
    // The store stands where the server stands: at the tests' instant, not the real date.
    static const FixedClock clock(testNow());
    Result<RegistryLocation> location = RegistryLocation::parse(database);
    Result<std::unique_ptr<RegistryStore>> store = location ? RegistryStore::open(*location, clock) : location.problems();
    EXPECT_TRUE(store) << store.problems().value(0).toString().toStdString();
    return store ? store.take() : nullptr;
}

QByteArray RunningRegistry::fingerprint() const
{
    const std::unique_ptr<RegistryStore> store = openStore();
    return store ? store->fingerprint() : QByteArray();
}

QString RunningRegistry::anotherReport()
{
    ++m_reports;
    const QString pdf = folder + QStringLiteral("/camera/report-%1.pdf").arg(m_reports);
    const CliResult signedAgain
        = runStarmark({QStringLiteral("report"), folder + QStringLiteral("/camera/assessment.starmark"), QStringLiteral("-o"), pdf,
                          QStringLiteral("--key"), pki + QStringLiteral("/manufacturer.key"), QStringLiteral("--cert"),
                          pki + QStringLiteral("/manufacturer.pem"), QStringLiteral("--chain"), pki + QStringLiteral("/ca.pem")},
            {}, QDateTime(QDate(2026, 11, 22), QTime(9, 0), Qt::UTC).addSecs(m_reports).toString(Qt::ISODate));
    EXPECT_EQ(signedAgain.code, 0) << signedAgain.err.toStdString();
    return pdf;
}

QString RunningRegistry::variantReport(const QString& name, const QList<std::pair<QString, QString>>& lines)
{
    const QString demo = folder + QLatin1Char('/') + name;
    copyFolder(demoFolder("camera-star1"), demo);
    QFile yaml(demo + QStringLiteral("/declaration.yaml"));
    EXPECT_TRUE(yaml.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(yaml.readAll());
    yaml.close();
    for (const auto& [from, to] : lines) {
        EXPECT_TRUE(text.contains(from)) << from.toStdString();
        text.replace(from, to);
    }
    EXPECT_TRUE(yaml.open(QIODevice::WriteOnly | QIODevice::Truncate));
    yaml.write(text.toUtf8());
    yaml.close();
    const CliResult declared = runStarmark({QStringLiteral("declare"), yaml.fileName(), QStringLiteral("-o"), demo + QStringLiteral("/out"),
        QStringLiteral("--key"), pki + QStringLiteral("/manufacturer.key"), QStringLiteral("--cert"),
        pki + QStringLiteral("/manufacturer.pem"), QStringLiteral("--chain"), pki + QStringLiteral("/ca.pem")});
    EXPECT_EQ(declared.code, 0) << declared.err.toStdString();
    return demo + QStringLiteral("/out/report.pdf");
}

RunningRegistry::~RunningRegistry()
{
    m_server->kill();
    m_server->waitForFinished();
}

HttpReply RunningRegistry::raw(const QByteArray& request) const
{
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), port);
    HttpReply reply;
    if (!socket.waitForConnected(5000))
        return reply;
    socket.write(request);
    QByteArray answer;
    // Until the whole body has come (QHttpServer 6.4 keeps the connection open whatever the client
    // asks), or the server closes: it may answer before it has read all of a huge request.
    const auto complete = [&answer] {
        const qsizetype end = answer.indexOf("\r\n\r\n");
        if (end < 0)
            return false;
        const QRegularExpressionMatch m
            = QRegularExpression(QStringLiteral("content-length: *(\\d+)"), QRegularExpression::CaseInsensitiveOption)
                  .match(QString::fromLatin1(answer.left(end)));
        return m.hasMatch() && answer.size() - end - 4 >= m.captured(1).toLongLong();
    };
    while (!complete() && socket.state() == QAbstractSocket::ConnectedState && socket.waitForReadyRead(10000))
        answer += socket.readAll();
    answer += socket.readAll();
    const qsizetype end = answer.indexOf("\r\n\r\n");
    if (!answer.startsWith("HTTP/1.1 ") || end < 0)
        return reply;
    const QList<QByteArray> lines = answer.left(end).split('\n');
    reply.status = lines[0].mid(9, 3).toInt();
    for (const QByteArray& line : lines.mid(1)) {
        const qsizetype colon = line.indexOf(':');
        reply.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
    }
    reply.body = answer.mid(end + 4);
    return reply;
}

HttpReply RunningRegistry::get(const QByteArray& path, const QByteArray& extraHeaders) const
{
    return raw("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n" + extraHeaders + "\r\n");
}

HttpReply RunningRegistry::post(
    const QByteArray& path, const QByteArray& body, const QByteArray& type, const QByteArray& extraHeaders) const
{
    return raw("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nContent-Type: " + type
        + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n" + extraHeaders + "\r\n" + body);
}

HttpReply RunningRegistry::submit(const QString& pdfPath, const QByteArray& query) const
{
    QFile pdf(pdfPath);
    EXPECT_TRUE(pdf.open(QIODevice::ReadOnly)) << pdfPath.toStdString();
    return post("/api/v1/submissions" + query, pdf.readAll(), "application/pdf", bearer());
}

} // namespace starmark::test
