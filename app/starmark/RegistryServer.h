#pragma once

#include "HttpHandler.h"
#include "labels/registry/RegistryPage.h"

#include "criteria/Problem.h"

#include "reports/TrustAnchors.h"

#include <QHash>
#include <QHttpServerResponder>
#include <QUrlQuery>

#include <memory>

namespace starmark {

class CatalogLibrary;
class Clock;
class IssuerKey;
class RegistryStore;

// The registry over HTTP: the consumer page, the JSON API, the signed revocation list, the transparency log,
// publishing and revocation for staff with a bearer token. One per thread, each
// with its own store connection and page cache (keyed on the store's revision,
// so a write from anywhere, another thread or another process, shows at once).
// Staff requests are taken only where their token cannot have crossed a network in clear:
// over TLS, from a loopback client, or behind a proxy that terminates TLS (--behind-proxy).
class RegistryServer : public HttpHandler {
public:
    struct Settings {
        const RegistryPage* page = nullptr;
        const IssuerKey* issuerKey = nullptr;
        TrustAnchors trust; // what submitted reports' signers must chain to, and the roles the CAs vouch for
        const CatalogLibrary* catalogs = nullptr;
        const Clock* clock = nullptr;
        QString registryUrl; // what label QR codes open
        bool behindProxy = false; // a proxy in front terminates TLS and is the only way in
    };

    RegistryServer(std::unique_ptr<RegistryStore> store, Settings settings);
    ~RegistryServer() override;

    struct Reply {
        QHttpServerResponder::StatusCode status = QHttpServerResponder::StatusCode::Ok;
        QByteArray type;
        QByteArray body;
        QList<std::pair<QByteArray, QByteArray>> headers;
    };
    // What the handlers read of a request, and the language its answers speak.
    struct Incoming {
        const HttpRequest& request;
        QUrlQuery query;
        Language language = Language::Japanese;
        QByteArray header(const char* name) const { return request.head.header(name); }
    };
    // Every error answer: {"error": {"code", "message", "where"}}, the message in `language`,
    // the status from the code (HttpStatus).
    static Reply failure(const Problem& problem, Language language);

    std::optional<HttpResponse> admit(const HttpRequest& request) override;
    HttpResponse respond(const HttpRequest& request) override;
    HttpResponse refuse(const Problem& problem, const HttpRequestHead* head) const override;

private:
    HttpResponse finished(const Reply& reply, bool hsts) const;
    bool overTls(const HttpRequest& request) const; // as far as this server can know
    Reply route(const HttpRequest& request);
    Reply page(const Incoming& in, const QStringList& segments);
    Reply label(const QString& registration, Language language);
    Reply labelsOfModel(const Incoming& in);
    Reply revocations(Language language);
    Reply log(const Incoming& in, const QString& what); // the transparency log's heads, entries and proofs
    Reply submit(const Incoming& in);
    Reply revoke(const Incoming& in, const QString& registration);
    std::optional<QString> staff(const Incoming& in, Reply* refusal) const;
    const QByteArray* cached(const QString& key);

    std::unique_ptr<RegistryStore> m_store;
    Settings m_settings;
    QHash<QString, QByteArray> m_cache;
    qint64 m_cachedRevision = -1;
    qint64 m_cachedHour = -1;
};

} // namespace starmark
