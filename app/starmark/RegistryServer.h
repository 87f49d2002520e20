#pragma once

#include "RegistryPage.h"

#include "reports/TrustAnchors.h"

#include <QAbstractHttpServer>
#include <QHash>
#include <QHttpServerResponder>
#include <QUrlQuery>

#include <memory>

namespace starmark {

class CatalogLibrary;
class Clock;
class IssuerKey;
class RegistryStore;

// The registry over HTTP: the consumer page, the JSON API, the revocation list,
// publishing and revocation for staff with a bearer token. One per thread, each
// with its own store connection and page cache (keyed on the store's revision,
// so a write from anywhere, another thread or another process, shows at once).
class RegistryServer : public QAbstractHttpServer {
public:
    struct Settings {
        const RegistryPage* page = nullptr;
        const IssuerKey* issuerKey = nullptr;
        TrustAnchors trust; // what submitted reports' signers must chain to, and the roles the CAs vouch for
        const CatalogLibrary* catalogs = nullptr;
        const Clock* clock = nullptr;
        QString registryUrl; // what label QR codes open
        qint64 maxBody = 20 * 1024 * 1024;
    };
    static constexpr qint64 maxHeaderBytes = 16 * 1024;

    RegistryServer(std::unique_ptr<RegistryStore> store, Settings settings);
    ~RegistryServer() override;

    struct Reply {
        QHttpServerResponder::StatusCode status = QHttpServerResponder::StatusCode::Ok;
        QByteArray type;
        QByteArray body;
        QList<std::pair<QByteArray, QByteArray>> headers;
    };
    // What the handlers read of a request, read once: Qt 6.4 rebuilds its header list on every call.
    struct Incoming {
        const QHttpServerRequest& request;
        QList<QPair<QByteArray, QByteArray>> headers;
        QUrlQuery query;
        QByteArray header(const char* name) const;
    };

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    Reply route(const QHttpServerRequest& request);
    Reply page(const Incoming& in, const QStringList& segments);
    Reply label(const QString& registration);
    Reply revocations();
    Reply submit(const Incoming& in);
    Reply revoke(const Incoming& in, const QString& registration);
    std::optional<QString> staff(const Incoming& in, Reply* refusal) const;
    const QByteArray* cached(const QString& key);

    std::unique_ptr<RegistryStore> m_store;
    Settings m_settings;
    QHash<QString, QByteArray> m_cache;
    qint64 m_cachedRevision = -1;
    QDate m_cachedDay;
};

} // namespace starmark
