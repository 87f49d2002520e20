#include "RegistryServer.h"

#include "criteria/CatalogLibrary.h"
#include "evaluators/Clock.h"
#include "labels/IssuerKey.h"
#include "labels/LabelArtwork.h"
#include "labels/LabelToken.h"
#include "labels/ProductFacts.h"
#include "labels/registry/Publication.h"
#include "labels/registry/RegistryStore.h"
#include "labels/registry/RevocationList.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTextStream>

#include <algorithm>

namespace starmark {
namespace {

using Status = QHttpServerResponder::StatusCode;

// Nothing on the page comes from anywhere but this origin, and nothing may frame it.
const QByteArray securityHeaders
    = "Content-Security-Policy: default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
      "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'\r\n"
      "X-Content-Type-Options: nosniff\r\n"
      "Referrer-Policy: no-referrer\r\n"
      "X-Frame-Options: DENY\r\n"
      "Cross-Origin-Opener-Policy: same-origin\r\n"
      "Cross-Origin-Resource-Policy: same-origin\r\n"
      "Permissions-Policy: camera=(), microphone=(), geolocation=()\r\n";
// Only over TLS: sent over plain HTTP it would be ignored, or pin a name to HTTPS where none is served.
const QByteArray hstsHeader = "Strict-Transport-Security: max-age=31536000\r\n";

RegistryServer::Reply json(Status status, const QJsonObject& object)
{
    return {status, "application/json", QJsonDocument(object).toJson(QJsonDocument::Compact), {}};
}

RegistryServer::Reply error(Status status, const QString& message)
{
    return json(status, QJsonObject{{QStringLiteral("error"), message}});
}

// What the registry refused, by its code; the first problem decides the status.
RegistryServer::Reply refused(const Problems& problems, const QString& prefix = {})
{
    static const QHash<QString, Status> statuses{{QStringLiteral("registry.not-registered"), Status::NotFound},
        {QStringLiteral("registry.unauthorized"), Status::Unauthorized}, {QStringLiteral("registry.forbidden"), Status::Forbidden},
        {QStringLiteral("registry.report-refused"), Status::UnprocessableEntity},
        {QStringLiteral("registry.facts-refused"), Status::UnprocessableEntity},
        {QStringLiteral("registry.validity-out-of-range"), Status::UnprocessableEntity},
        {QStringLiteral("registry.no-trust-anchor"), Status::ServiceUnavailable},
        {QStringLiteral("registry.not-a-pdf"), Status::BadRequest},
        {QStringLiteral("registry.override-without-revision"), Status::BadRequest},
        {QStringLiteral("registry.database-failed"), Status::InternalServerError}};
    const Problem& first = problems.constFirst();
    const Status status = statuses.value(first.code, Status::Conflict);
    QStringList texts;
    QStringList overrides; // what a member of staff would have to accept
    for (const Problem& p : problems) {
        texts << p.message.text(Language::English); // its place is the database's, not the client's to know
        if (p.code == QLatin1String("registry.override-needed"))
            overrides << p.key;
    }
    QString text = prefix + texts.join(QStringLiteral("; "));
    if (!overrides.isEmpty())
        text += QStringLiteral("; submit again with override=%1&reason=…").arg(overrides.join(QLatin1Char(',')));
    return json(status, QJsonObject{{QStringLiteral("error"), text}, {QStringLiteral("code"), first.code}});
}

// What a client sent, shortened and stripped of control characters, for quoting back in a message.
QString quoted(const QString& text)
{
    QString s = text.left(80);
    s.replace(QRegularExpression(QStringLiteral("[\\x00-\\x1f\\x7f]")), QStringLiteral("?"));
    return QLatin1Char('\'') + s + (text.size() > 80 ? QStringLiteral("…'") : QStringLiteral("'"));
}

RegistryServer::Reply badRegistration(const QString& text)
{
    return error(Status::BadRequest,
        QStringLiteral("%1 is not a registration number: they are written JCS-YY-NNNNNN (e.g. JCS-26-000123)").arg(quoted(text)));
}

// ?lang= wins (the page's toggle); then the best of ja/en in Accept-Language; Japanese by default.
Language languageOf(const RegistryServer::Incoming& in)
{
    const std::optional<Language> asked = languageFromCode(in.query.queryItemValue(QStringLiteral("lang")));
    if (asked)
        return *asked;
    double best = 0;
    Language chosen = Language::Japanese;
    for (const QByteArray& part : in.header("Accept-Language").split(',')) {
        const QList<QByteArray> fields = part.trimmed().split(';');
        const QByteArray tag = fields.value(0).trimmed().toLower();
        double q = 1;
        for (const QByteArray& f : fields.mid(1))
            if (f.trimmed().startsWith("q="))
                q = f.trimmed().mid(2).toDouble();
        const std::optional<Language> l = languageFromCode(QString::fromLatin1(tag.left(2)));
        if (l && q > best) {
            best = q;
            chosen = *l;
        }
    }
    return chosen;
}

QJsonObject productJson(const RegisteredProduct& p, const QDate& today, const QString& registryUrl)
{
    const auto text = [](const LocalizedText& t) { return QJsonObject{{QStringLiteral("ja"), t.ja}, {QStringLiteral("en"), t.en}}; };
    QJsonArray revisions;
    for (const RegisteredRevision& r : p.revisions) {
        QJsonObject revision{{QStringLiteral("firmware"), r.firmware}, {QStringLiteral("evaluated"), r.evaluated.toString(Qt::ISODate)},
            {QStringLiteral("valid_until"), r.validUntil.toString(Qt::ISODate)},
            {QStringLiteral("registered_at"), r.registeredAt.toString(Qt::ISODate)}};
        if (!r.overrides.isEmpty())
            revision.insert(QStringLiteral("override"),
                QJsonObject{{QStringLiteral("changes"), QJsonArray::fromStringList(r.overrides)},
                    {QStringLiteral("reason"), r.overrideReason}, {QStringLiteral("by"), r.overrideBy}});
        revisions.append(revision);
    }
    QString problem;
    const std::optional<LabelToken> token = LabelToken::decode(p.current().token, &problem);
    QJsonObject o{{QStringLiteral("registration"), p.registration},
        {QStringLiteral("status"), RegisteredProduct::statusName(p.status(today))}, {QStringLiteral("level"), p.level},
        {QStringLiteral("category"), p.category}, {QStringLiteral("manufacturer"), text(p.manufacturer)},
        {QStringLiteral("name"), text(p.name)}, {QStringLiteral("model"), p.model}, {QStringLiteral("firmware"), p.current().firmware},
        {QStringLiteral("evaluated"), p.current().evaluated.toString(Qt::ISODate)},
        {QStringLiteral("support_until"), p.supportUntil.toString(Qt::ISODate)},
        {QStringLiteral("valid_until"), p.current().validUntil.toString(Qt::ISODate)},
        {QStringLiteral("vulnerability_contact"), p.vulnerabilityContact},
        {QStringLiteral("registered_at"), p.registeredAt.toString(Qt::ISODate)}, {QStringLiteral("revisions"), revisions},
        {QStringLiteral("token"), p.current().token}, {QStringLiteral("url"), token ? LabelToken::url(registryUrl, *token) : QString()}};
    if (p.revokedAt) {
        o.insert(QStringLiteral("revoked_at"), p.revokedAt->toString(Qt::ISODate));
        o.insert(QStringLiteral("revocation_reason"), p.revocationReason);
    }
    return o;
}

} // namespace

RegistryServer::RegistryServer(std::unique_ptr<RegistryStore> store, Settings settings)
    : m_store(std::move(store))
    , m_settings(std::move(settings))
{
}

RegistryServer::~RegistryServer() = default;

std::optional<HttpResponse> RegistryServer::admit(const HttpRequest& request)
{
    if (request.method() != HttpRequestHead::Method::Post)
        return request.head.contentLength() > 0 ? std::optional(respond(request)) : std::nullopt;
    const QStringList s = request.url().path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const bool staffRoute = s.size() >= 3 && s[0] == QLatin1String("api") && s[1] == QLatin1String("v1")
        && ((s.size() == 3 && s[2] == QLatin1String("submissions"))
            || (s.size() == 5 && s[2] == QLatin1String("labels") && s[4] == QLatin1String("revoke")));
    if (!staffRoute) // no other route takes a body: answered without reading one
        return request.head.contentLength() > 0 ? std::optional(respond(request)) : std::nullopt;
    if (!request.tls && !m_settings.behindProxy && !request.peer.isLoopback())
        return finished(error(Status::Forbidden,
                            QStringLiteral("staff requests carry a bearer token, which must not cross a network in clear: this server "
                                           "has neither --tls-cert nor --behind-proxy, so it takes them from loopback clients only")),
            false);
    Reply refusal;
    if (!staff(Incoming{request, {}}, &refusal))
        return finished(refusal, overTls(request));
    return std::nullopt;
}

HttpResponse RegistryServer::respond(const HttpRequest& request)
{
    const Reply reply = route(request);
    if (int(reply.status) >= 500)
        QTextStream(stderr) << "starmark serve: " << request.url().path() << ": " << reply.body << '\n';
    return finished(reply, overTls(request));
}

bool RegistryServer::overTls(const HttpRequest& request) const
{
    return request.tls || (m_settings.behindProxy && request.head.header("X-Forwarded-Proto").compare("https", Qt::CaseInsensitive) == 0);
}

HttpResponse RegistryServer::refuse(int status, const QString& message) const
{
    return finished(error(Status(status), message), false);
}

HttpResponse RegistryServer::finished(const Reply& reply, bool hsts) const
{
    QByteArray headers = securityHeaders;
    if (hsts)
        headers += hstsHeader;
    for (const auto& [key, value] : reply.headers)
        headers += key + ": " + value + "\r\n";
    if (std::none_of(reply.headers.cbegin(), reply.headers.cend(), [](const auto& h) { return h.first == "Cache-Control"; }))
        headers += "Cache-Control: no-store\r\n"; // a revocation must never meet a stale copy
    headers += "Content-Type: " + reply.type + "; charset=utf-8\r\n";
    return {int(reply.status), headers, reply.body};
}

const QByteArray* RegistryServer::cached(const QString& key)
{
    const qint64 revision = m_store->revision();
    const QDate today = m_settings.clock->now().date();
    if (revision != m_cachedRevision || today != m_cachedDay || revision < 0 || m_cache.size() > 20000) {
        m_cache.clear();
        m_cachedRevision = revision;
        m_cachedDay = today;
    }
    const auto it = m_cache.constFind(key);
    return it == m_cache.cend() ? nullptr : &*it;
}

RegistryServer::Reply RegistryServer::route(const HttpRequest& request)
{
    const QUrl url = request.url();
    const Incoming in{request, QUrlQuery(url)};
    const QString path = url.path();
    const QStringList s = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const HttpRequestHead::Method method = request.method();
    const bool get = method == HttpRequestHead::Method::Get || method == HttpRequestHead::Method::Head;
    const bool post = method == HttpRequestHead::Method::Post;
    const auto onlyWith = [](const char* allowed) {
        Reply r = error(Status::MethodNotAllowed, QStringLiteral("this address answers %1 only").arg(QLatin1String(allowed)));
        r.headers.append(std::pair<QByteArray, QByteArray>("Allow", allowed));
        return r;
    };

    if (s.size() >= 2 && s[0].compare(QLatin1String("l"), Qt::CaseInsensitive) == 0) {
        if (!RegistryStore::isRegistrationNumber(s[1]))
            return badRegistration(s[1]);
        if (s.size() > 3)
            return error(Status::BadRequest, QStringLiteral("a label's address is /l/<registration number>[/<label token>], nothing more"));
        return get ? page(in, s) : onlyWith("GET");
    }
    if (s.size() == 2 && s[0] == QLatin1String("static")) {
        if (!get)
            return onlyWith("GET");
        if (s[1] == QLatin1String("registry.js"))
            return {Status::Ok, "text/javascript", m_settings.page->script(), {{"Cache-Control", "public, max-age=300"}}};
        if (s[1] == QLatin1String("registry.css"))
            return {Status::Ok, "text/css", m_settings.page->style(), {{"Cache-Control", "public, max-age=300"}}};
    }
    if (s.size() >= 3 && s[0] == QLatin1String("api") && s[1] == QLatin1String("v1")) {
        if (s.size() == 4 && s[2] == QLatin1String("labels"))
            return get ? label(s[3]) : onlyWith("GET");
        if (s.size() == 5 && s[2] == QLatin1String("labels") && s[4] == QLatin1String("revoke"))
            return post ? revoke(in, s[3]) : onlyWith("POST");
        if (s.size() == 3 && s[2] == QLatin1String("revocations"))
            return get ? revocations() : onlyWith("GET");
        if (s.size() == 3 && s[2] == QLatin1String("submissions"))
            return post ? submit(in) : onlyWith("POST");
        if (s.size() == 3 && s[2] == QLatin1String("issuer-key"))
            return get ? Reply{Status::Ok, "application/x-pem-file", m_settings.issuerKey->publicPem(), {}} : onlyWith("GET");
    }
    return error(Status::NotFound,
        QStringLiteral(
            "nothing at %1: the registry serves /l/<registration number>, /api/v1/labels/<registration number>, "
            "/api/v1/revocations, /api/v1/issuer-key, and POST /api/v1/submissions and /api/v1/labels/<registration number>/revoke")
            .arg(quoted(path)));
}

RegistryServer::Reply RegistryServer::page(const Incoming& in, const QStringList& segments)
{
    const QString registration = segments[1].toUpper();
    // The token is checked in the browser; here only that it could be one, so nothing odd is reflected.
    static const QRegularExpression tokenForm(QStringLiteral("^[A-Za-z2-7]+$"));
    if (segments.size() == 3 && (segments[2].size() > LabelToken::maxEncodedLength || !tokenForm.match(segments[2]).hasMatch()))
        return error(Status::BadRequest,
            QStringLiteral("the label token after the registration number is base32 (A–Z, 2–7) of at most %1 characters")
                .arg(LabelToken::maxEncodedLength));
    const Language language = languageOf(in);
    const QList<std::pair<QByteArray, QByteArray>> headers{{"Vary", "Accept-Language"}};
    const QString key = registration + (language == Language::English ? QStringLiteral("|en") : QStringLiteral("|ja"));
    if (const QByteArray* hit = cached(key))
        return {Status::Ok, "text/html", *hit, headers};
    const Result<RegisteredProduct> product = m_store->find(registration);
    if (!product) {
        if (!findProblem(product.problems(), u"registry.not-registered"))
            return refused(product.problems());
        return {Status::NotFound, "text/plain",
            QStringLiteral("%1: %2\n").arg(registration, m_settings.page->text(QStringLiteral("not_registered"), language)).toUtf8(),
            headers};
    }
    const QByteArray html = m_settings.page->render(*product, language, m_settings.clock->now().date(), *m_settings.issuerKey);
    m_cache.insert(key, html);
    return {Status::Ok, "text/html", html, headers};
}

RegistryServer::Reply RegistryServer::label(const QString& registration)
{
    if (!RegistryStore::isRegistrationNumber(registration))
        return badRegistration(registration);
    const QString key = QStringLiteral("api|") + registration.toUpper();
    if (const QByteArray* hit = cached(key))
        return {Status::Ok, "application/json", *hit, {}};
    const Result<RegisteredProduct> product = m_store->find(registration);
    if (!product)
        return refused(product.problems());
    const Reply reply = json(Status::Ok, productJson(*product, m_settings.clock->now().date(), m_settings.registryUrl));
    m_cache.insert(key, reply.body);
    return reply;
}

RegistryServer::Reply RegistryServer::revocations()
{
    if (const QByteArray* hit = cached(QStringLiteral("revocations")))
        return {Status::Ok, "application/json", *hit, {}};
    const Result<RevocationList> list = RevocationList::of(*m_store, *m_settings.issuerKey, m_settings.clock->now());
    if (!list)
        return refused(list.problems());
    const Reply reply = json(Status::Ok, list->toJson());
    m_cache.insert(QStringLiteral("revocations"), reply.body);
    return reply;
}

std::optional<QString> RegistryServer::staff(const Incoming& in, Reply* refusal) const
{
    const QByteArray authorization = in.header("Authorization");
    const qsizetype space = authorization.indexOf(' ');
    if (authorization.isEmpty()) {
        *refusal = error(Status::Unauthorized,
            QStringLiteral(
                "this needs a staff token: send 'Authorization: Bearer <token>' (tokens come from 'starmark serve add-token NAME')"));
    } else if (space < 0 || authorization.first(space).compare("Bearer", Qt::CaseInsensitive) != 0) { // schemes are case-insensitive
        *refusal = error(Status::Unauthorized, QStringLiteral("the Authorization header must read 'Bearer <token>'"));
    } else if (const Result<QString> who = m_store->staffOf(QString::fromLatin1(authorization.sliced(space).trimmed()))) {
        return *who;
    } else {
        *refusal = error(
            Status::Unauthorized, QStringLiteral("the bearer token is not a registry staff token (mistyped, or from another registry)"));
    }
    refusal->headers.append(std::pair<QByteArray, QByteArray>("WWW-Authenticate", "Bearer realm=\"starmark-registry\""));
    return std::nullopt;
}

RegistryServer::Reply RegistryServer::submit(const Incoming& in)
{
    Reply refusal;
    const std::optional<QString> who = staff(in, &refusal);
    if (!who)
        return refusal;
    if (!in.header("Content-Type").startsWith("application/pdf"))
        return error(Status::UnsupportedMediaType, QStringLiteral("send the signed report itself, with 'Content-Type: application/pdf'"));
    if (!in.request.body().startsWith("%PDF-"))
        return error(Status::BadRequest, QStringLiteral("the body is not a PDF (it does not start with %PDF-): send the signed report"));
    if (m_settings.trust.isEmpty())
        return error(Status::ServiceUnavailable,
            QStringLiteral("the server was started without a trust anchor (--trust, or the trust store): it cannot check whose signature a "
                           "report carries"));
    const QDate today = m_settings.clock->now().date();
    const QString validText = in.query.queryItemValue(QStringLiteral("valid_until"));
    const QDate validUntil = validText.isEmpty() ? QDate() : QDate::fromString(validText, Qt::ISODate);
    if (!validText.isEmpty() && !validUntil.isValid())
        return error(Status::BadRequest, QStringLiteral("valid_until=%1 is not a date: write it YYYY-MM-DD").arg(quoted(validText)));
    const QString existing = in.query.queryItemValue(QStringLiteral("registration"));
    if (!existing.isEmpty() && !RegistryStore::isRegistrationNumber(existing))
        return badRegistration(existing);
    const Result<RevisionOverride> override
        = RevisionOverride::parse(in.query.queryItemValue(QStringLiteral("override"), QUrl::FullyDecoded),
            in.query.queryItemValue(QStringLiteral("reason"), QUrl::FullyDecoded));
    if (!override)
        return error(Status::BadRequest, override.problems().constFirst().toString(Language::English));
    const Result<RegisteredProduct> product
        = Publication(*m_store, *m_settings.issuerKey, *m_settings.clock)
              .publish({in.request.body(), existing, validUntil, *override, *who}, m_settings.trust, *m_settings.catalogs);
    if (!product)
        return refused(product.problems(), existing.isEmpty() ? QStringLiteral("not registered: ") : QStringLiteral("no revision added: "));
    QString problem;
    QJsonObject o = productJson(*product, today, m_settings.registryUrl);
    const std::optional<QrCode> qr = QrCode::encode(o.value(QStringLiteral("url")).toString(), &problem);
    if (qr)
        o.insert(QStringLiteral("label_svg"),
            QString::fromUtf8(LabelArtwork::render(
                {product->level, product->registration, *qr, LabelArtwork::Size::Standard}, LabelArtwork::Format::Svg)));
    else
        o.insert(QStringLiteral("label_problem"), problem);
    return json(Status::Created, o);
}

RegistryServer::Reply RegistryServer::revoke(const Incoming& in, const QString& registration)
{
    Reply refusal;
    const std::optional<QString> who = staff(in, &refusal);
    if (!who)
        return refusal;
    if (!RegistryStore::isRegistrationNumber(registration))
        return badRegistration(registration);
    QJsonParseError parseError;
    const QJsonDocument body = QJsonDocument::fromJson(in.request.body(), &parseError);
    const QString reason = body.object().value(QStringLiteral("reason")).toString().trimmed();
    if (!body.isObject() || reason.isEmpty() || reason.size() > 2000)
        return error(Status::BadRequest,
            QStringLiteral("send a JSON body {\"reason\": \"…\"}: the page shows the reason (at most 2,000 characters)"));
    if (const Result<void> revoked = m_store->revoke(registration, reason, *who); !revoked)
        return refused(revoked.problems());
    return label(registration);
}

} // namespace starmark
