#pragma once

#include "labels/registry/RegistryStore.h"

#include <QByteArray>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QString>

#include <memory>

namespace starmark::test {

struct HttpReply {
    int status = 0; // 0: no answer at all
    QMap<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;

    QString text() const { return QString::fromUtf8(body); }
    QJsonObject json() const;
};

// A real `starmark serve` on a free loopback port with everything a registry needs:
// a demo PKI, the ★1 demo camera's signed report, and a staff token.
class RunningRegistry {
public:
    // Made in `folder`; `database` is an SQLite file (default) or a postgresql:// URL; `options` go to `starmark serve`.
    explicit RunningRegistry(const QString& folder, const QString& database = {}, const QStringList& options = {});
    ~RunningRegistry();

    HttpReply raw(const QByteArray& request) const; // bytes as given, answer read until the server closes
    HttpReply get(const QByteArray& path, const QByteArray& extraHeaders = {}) const;
    HttpReply post(const QByteArray& path, const QByteArray& body, const QByteArray& type, const QByteArray& extraHeaders) const;
    HttpReply submit(const QString& pdfPath, const QByteArray& query = {}) const; // as staff
    // The server's database opened beside it, as another process (the CLI, surveillance) would.
    std::unique_ptr<RegistryStore> openStore() const;
    QByteArray fingerprint() const; // every row of every table, hashed
    // The camera's report signed once more, a second later each time: a report not yet registered.
    QString anotherReport();
    // The demo camera's declaration with each line `from` replaced by `to`, signed by the same
    // trusted manufacturer key as the camera's report: what an honest update or a dishonest one looks like.
    QString variantReport(const QString& name, const QList<std::pair<QString, QString>>& lines);
    QByteArray bearer() const { return "Authorization: Bearer " + token.toLatin1() + "\r\n"; }

    qint64 pid() const { return m_server->processId(); }

    quint16 port = 0;
    QString started; // what the server said when it started
    QString folder;
    QString database;
    QString token;
    QString report; // the demo camera's signed report
    QString pki;

private:
    std::unique_ptr<QProcess> m_server;
    int m_reports = 0;
};

} // namespace starmark::test
