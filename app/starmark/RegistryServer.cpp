#include "RegistryServer.h"

#include "criteria/CatalogLibrary.h"
#include "evaluators/Clock.h"
#include "labels/IssuerKey.h"
#include "labels/LabelIssuer.h"
#include "labels/LabelArtwork.h"
#include "labels/LabelToken.h"
#include "labels/ProductFacts.h"
#include "labels/RegistryPageTexts.h"
#include "labels/RegistryStore.h"

#include "HttpStatus.h"

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
const QByteArray securityHeaders = "Content-Security-Policy: default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
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

// What a client sent, shortened and stripped of control characters, for quoting back in a message.
QString quoted(const QString& text)
{
    QString s = text.left(80);
    s.replace(QRegularExpression(QStringLiteral("[\\x00-\\x1f\\x7f]")), QStringLiteral("?"));
    return QLatin1Char('\'') + s + (text.size() > 80 ? QStringLiteral("…'") : QStringLiteral("'"));
}

Problem badRegistration(const QString& text, const QString& where)
{
    return Problem::unusable(QStringLiteral("registry.bad-registration-number"),
        Message("RegistryServer", "%1 is not a registration number: they are written JCS-YY-NNNNNN (e.g. JCS-26-000123)").arg(quoted(text)), {},
        where);
}

// What the store says went wrong, which it says only in English (RegistryStore reports no codes yet): the
// code is chosen here from what the server asked, never from those words.
Problem storeSays(const char* code, const QString& text, Problem::Severity severity)
{
    Problem p = Problem::invalid(QString::fromLatin1(code), Message::plain(text));
    p.severity = severity;
    return p;
}

Problem notRegistered(const QString& registration)
{
    return Problem::invalid(QStringLiteral("registry.not-registered"), Message("RegistryServer", "%1 is not registered").arg(registration.toUpper()));
}

// ?lang= wins (the page's toggle); then the best of ja/en in Accept-Language; Japanese by default.
Language languageOf(const HttpRequestHead& head, const QUrlQuery& query)
{
    if (const std::optional<Language> asked = languageFromCode(query.queryItemValue(QStringLiteral("lang"))))
        return *asked;
    return languageFromAcceptLanguage(head.header("Accept-Language"), Language::Japanese);
}

QJsonObject productJson(const RegisteredProduct& p, const QDate& today, const QString& registryUrl)
{
    const auto text = [](const LocalizedText& t) { return QJsonObject{{QStringLiteral("ja"), t.ja}, {QStringLiteral("en"), t.en}}; };
    QJsonArray revisions;
    for (const FirmwareRevision& r : p.revisions) {
        QJsonObject revision{{QStringLiteral("firmware"), r.firmware}, {QStringLiteral("evaluated"), r.evaluated.toString(Qt::ISODate)},
            {QStringLiteral("valid_until"), r.validUntil.toString(Qt::ISODate)},
            {QStringLiteral("registered_at"), r.registeredAt.toString(Qt::ISODate)}};
        if (!r.overrides.isEmpty())
            revision.insert(QStringLiteral("override"),
                QJsonObject{{QStringLiteral("changes"), QJsonArray::fromStringList(r.overrides)},
                    {QStringLiteral("reason"), r.overrideReason}, {QStringLiteral("by"), r.overrideBy}});
        revisions.append(revision);
    }
    const Result<LabelToken> token = LabelToken::decode(p.current().token);
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
    const QUrlQuery query(request.url());
    const Language language = languageOf(request.head, query);
    if (!request.tls && !m_settings.behindProxy && !request.peer.isLoopback())
        return finished(failure(Problem::invalid(QStringLiteral("registry.forbidden"),
                                    Message("RegistryServer",
                                        "staff requests carry a bearer token, which must not cross a network in clear: this server "
                                        "has neither --tls-cert nor --behind-proxy, so it takes them from loopback clients only"),
                                    {}, QStringLiteral("Authorization")),
                            language),
            false);
    Reply refusal;
    if (!staff(Incoming{request, query, language}, &refusal))
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
    return request.tls
        || (m_settings.behindProxy && request.head.header("X-Forwarded-Proto").compare("https", Qt::CaseInsensitive) == 0);
}

HttpResponse RegistryServer::refuse(const Problem& problem, const HttpRequestHead* head) const
{
    return finished(failure(problem, head ? languageOf(*head, QUrlQuery(head->url())) : Language::Japanese), false);
}

RegistryServer::Reply RegistryServer::failure(const Problem& problem, Language language)
{
    QString where = problem.key;
    if (!problem.where.file.isEmpty())
        where = problem.where.file + (where.isEmpty() ? QString() : QStringLiteral(": ") + where);
    Reply r = json(Status(HttpStatus::of(problem)),
        QJsonObject{{QStringLiteral("error"),
            QJsonObject{{QStringLiteral("code"), problem.code}, {QStringLiteral("message"), problem.message.text(language)},
                {QStringLiteral("where"), where}}}});
    r.headers.append({"Content-Language", languageCode(language).toLatin1()});
    return r;
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
    const QUrlQuery query(url);
    const Incoming in{request, query, languageOf(request.head, query)};
    const auto fail = [&](const Problem& p) { return failure(p, in.language); };
    const QString path = url.path();
    const QStringList s = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const HttpRequestHead::Method method = request.method();
    const bool get = method == HttpRequestHead::Method::Get || method == HttpRequestHead::Method::Head;
    const bool post = method == HttpRequestHead::Method::Post;
    const auto onlyWith = [&](const char* allowed) {
        Reply r = fail(Problem::unusable(QStringLiteral("http.method-not-allowed"),
            Message("RegistryServer", "this address answers %1 only").arg(QString::fromLatin1(allowed)), {}, path));
        r.headers.append(std::pair<QByteArray, QByteArray>("Allow", allowed));
        return r;
    };

    if (s.size() >= 2 && s[0].compare(QLatin1String("l"), Qt::CaseInsensitive) == 0) {
        if (!RegistryStore::isRegistrationNumber(s[1]))
            return fail(badRegistration(s[1], path));
        if (s.size() > 3)
            return fail(Problem::unusable(QStringLiteral("registry.bad-label-address"),
                Message("RegistryServer", "a label's address is /l/<registration number>[/<label token>], nothing more"), {}, path));
        return get ? page(in, s) : onlyWith("GET");
    }
    if (s.size() == 1 && s[0] == QLatin1String("strings.json")) {
        if (!get)
            return onlyWith("GET");
        Reply r = json(Status::Ok, RegistryPageTexts::all(in.language));
        r.headers.append(std::pair<QByteArray, QByteArray>("Vary", "Accept-Language"));
        r.headers.append({"Content-Language", languageCode(in.language).toLatin1()});
        return r;
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
            return get ? label(s[3], in.language) : onlyWith("GET");
        if (s.size() == 5 && s[2] == QLatin1String("labels") && s[4] == QLatin1String("revoke"))
            return post ? revoke(in, s[3]) : onlyWith("POST");
        if (s.size() == 3 && s[2] == QLatin1String("revocations"))
            return get ? revocations(in.language) : onlyWith("GET");
        if (s.size() == 3 && s[2] == QLatin1String("submissions"))
            return post ? submit(in) : onlyWith("POST");
        if (s.size() == 3 && s[2] == QLatin1String("issuer-key"))
            return get ? Reply{Status::Ok, "application/x-pem-file", m_settings.issuerKey->publicPem(), {}} : onlyWith("GET");
    }
    return fail(Problem::unusable(QStringLiteral("http.not-found"),
        Message("RegistryServer",
            "nothing at %1: the registry serves /l/<registration number>, /api/v1/labels/<registration number>, "
            "/api/v1/revocations, /api/v1/issuer-key, and POST /api/v1/submissions and /api/v1/labels/<registration number>/revoke")
            .arg(quoted(path)),
        {}, path));
}

RegistryServer::Reply RegistryServer::page(const Incoming& in, const QStringList& segments)
{
    const QString registration = segments[1].toUpper();
    // The token is checked in the browser; here only that it could be one, so nothing odd is reflected.
    static const QRegularExpression tokenForm(QStringLiteral("^[A-Za-z2-7]+$"));
    if (segments.size() == 3 && (segments[2].size() > LabelToken::maxEncodedLength || !tokenForm.match(segments[2]).hasMatch()))
        return failure(Problem::unusable(QStringLiteral("registry.bad-label-token"),
                           Message("RegistryServer", "the label token after the registration number is base32 (A–Z, 2–7) of at most %1 characters")
                               .arg(LabelToken::maxEncodedLength),
                           {}, in.request.url().path()),
            in.language);
    const Language language = in.language;
    const QList<std::pair<QByteArray, QByteArray>> headers{{"Vary", "Accept-Language"}};
    const QString key = registration + (language == Language::English ? QStringLiteral("|en") : QStringLiteral("|ja"));
    if (const QByteArray* hit = cached(key))
        return {Status::Ok, "text/html", *hit, headers};
    QString problem;
    const std::optional<RegisteredProduct> product = m_store->find(registration, &problem);
    if (!product) {
        if (!problem.isEmpty())
            return failure(storeSays("registry.store-failed", problem, Problem::Severity::Unusable), language);
        return {Status::NotFound, "text/plain",
            QStringLiteral("%1: %2\n").arg(registration, m_settings.page->text(QStringLiteral("not_registered"), language)).toUtf8(),
            headers};
    }
    const QByteArray html = m_settings.page->render(*product, language, m_settings.clock->now().date(), *m_settings.issuerKey);
    m_cache.insert(key, html);
    return {Status::Ok, "text/html", html, headers};
}

RegistryServer::Reply RegistryServer::label(const QString& registration, Language language)
{
    if (!RegistryStore::isRegistrationNumber(registration))
        return failure(badRegistration(registration, QStringLiteral("registration")), language);
    const QString key = QStringLiteral("api|") + registration.toUpper();
    if (const QByteArray* hit = cached(key))
        return {Status::Ok, "application/json", *hit, {}};
    QString problem;
    const std::optional<RegisteredProduct> product = m_store->find(registration, &problem);
    if (!product)
        return failure(problem.isEmpty() ? notRegistered(registration)
                                         : storeSays("registry.store-failed", problem, Problem::Severity::Unusable),
            language);
    const Reply reply = json(Status::Ok, productJson(*product, m_settings.clock->now().date(), m_settings.registryUrl));
    m_cache.insert(key, reply.body);
    return reply;
}

RegistryServer::Reply RegistryServer::revocations(Language language)
{
    if (const QByteArray* hit = cached(QStringLiteral("revocations")))
        return {Status::Ok, "application/json", *hit, {}};
    QString problem;
    const QList<RegisteredProduct> all = m_store->list(&problem);
    if (!problem.isEmpty())
        return failure(storeSays("registry.store-failed", problem, Problem::Severity::Unusable), language);
    QJsonArray revoked;
    for (const RegisteredProduct& p : all)
        if (p.revokedAt)
            revoked.append(QJsonObject{{QStringLiteral("registration"), p.registration},
                {QStringLiteral("revoked_at"), p.revokedAt->toString(Qt::ISODate)}, {QStringLiteral("reason"), p.revocationReason}});
    const Reply reply = json(Status::Ok,
        QJsonObject{{QStringLiteral("issuer_key"), QString::fromLatin1(m_settings.issuerKey->id().toHex())},
            {QStringLiteral("generated_at"), m_settings.clock->now().toUTC().toString(Qt::ISODate)},
            {QStringLiteral("revocations"), revoked}});
    m_cache.insert(QStringLiteral("revocations"), reply.body);
    return reply;
}

std::optional<QString> RegistryServer::staff(const Incoming& in, Reply* refusal) const
{
    const QByteArray authorization = in.header("Authorization");
    const qsizetype space = authorization.indexOf(' ');
    const auto unauthorized = [&](const Message& why) {
        *refusal = failure(Problem::invalid(QStringLiteral("registry.unauthorized"), why, {}, QStringLiteral("Authorization")), in.language);
    };
    if (authorization.isEmpty()) {
        unauthorized(Message("RegistryServer",
            "this needs a staff token: send 'Authorization: Bearer <token>' (tokens come from 'starmark serve add-token NAME')"));
    } else if (space < 0 || authorization.first(space).compare("Bearer", Qt::CaseInsensitive) != 0) { // schemes are case-insensitive
        unauthorized(Message("RegistryServer", "the Authorization header must read 'Bearer <token>'"));
    } else if (const std::optional<QString> who = m_store->staffOf(QString::fromLatin1(authorization.sliced(space).trimmed()))) {
        return who;
    } else {
        unauthorized(Message("RegistryServer", "the bearer token is not a registry staff token (mistyped, or from another registry)"));
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
    const auto fail = [&](const Problem& p) { return failure(p, in.language); };
    if (!in.header("Content-Type").startsWith("application/pdf"))
        return fail(Problem::unusable(QStringLiteral("http.unsupported-media-type"),
            Message("RegistryServer", "send the signed report itself, with 'Content-Type: application/pdf'"), {},
            QStringLiteral("Content-Type")));
    const QByteArray pdf = in.request.body();
    if (!pdf.startsWith("%PDF-"))
        return fail(Problem::unusable(QStringLiteral("registry.not-a-pdf"),
            Message("RegistryServer", "the body is not a PDF (it does not start with %PDF-): send the signed report"), {}, QStringLiteral("body")));
    if (m_settings.trust.isEmpty())
        return fail(Problem::unusable(QStringLiteral("registry.no-trust-anchor"),
            Message("RegistryServer",
                "the server was started without a trust anchor (--trust, or the trust store): it cannot check whose signature a report carries")));
    const QDate today = m_settings.clock->now().date();
    Result<QDate> validUntil = LabelIssuer::validUntil(in.query.queryItemValue(QStringLiteral("valid_until")), today);
    if (!validUntil) {
        Problem p = validUntil.problems().constFirst();
        p.key = QStringLiteral("valid_until");
        return fail(p);
    }
    const QString existing = in.query.queryItemValue(QStringLiteral("registration"));
    if (!existing.isEmpty() && !RegistryStore::isRegistrationNumber(existing))
        return fail(badRegistration(existing, QStringLiteral("registration")));
    QString problem;
    const std::optional<RevisionOverride> override
        = RevisionOverride::parse(in.query.queryItemValue(QStringLiteral("override"), QUrl::FullyDecoded),
            in.query.queryItemValue(QStringLiteral("reason"), QUrl::FullyDecoded), &problem);
    if (!override)
        return fail(storeSays("registry.bad-override", problem, Problem::Severity::Unusable));
    if (!override->changes.isEmpty() && existing.isEmpty())
        return fail(Problem::unusable(QStringLiteral("registry.override-without-registration"),
            Message("RegistryServer", "override= applies to a firmware revision only: name the registration it revises (?registration=R)"), {},
            QStringLiteral("override")));
    const Result<ProductFacts> facts = ProductFacts::fromReport(pdf, m_settings.trust, *m_settings.catalogs, m_settings.clock->now());
    if (!facts) {
        Problem p = facts.problems().constFirst();
        p.key = QStringLiteral("body");
        return fail(p);
    }
    if (const std::optional<QString> registered = m_store->registrationOf(facts->reportSha256))
        return fail(Problem::invalid(QStringLiteral("registry.already-registered"),
            Message("RegistryServer", "this report is already registered as %1; a new firmware comes with its own new report (?registration=%1)")
                .arg(*registered),
            {}, QStringLiteral("body")));
    if (!existing.isEmpty()) {
        const std::optional<RegisteredProduct> known = m_store->find(existing, &problem);
        if (!known)
            return fail(problem.isEmpty() ? notRegistered(existing) : storeSays("registry.store-failed", problem, Problem::Severity::Unusable));
    }
    const std::optional<RegisteredProduct> product = existing.isEmpty()
        ? m_store->registerProduct(*facts, *validUntil, *m_settings.issuerKey, *who, &problem)
        : m_store->addRevision(existing, *facts, *validUntil, *m_settings.issuerKey, *who, *override, &problem);
    if (!product && !existing.isEmpty())
        return fail(Problem::invalid(QStringLiteral("registry.revision-refused"),
            Message("RegistryServer", "no revision added: %1").arg(Message::plain(problem)), {}, QStringLiteral("registration")));
    if (!product)
        return fail(Problem::invalid(QStringLiteral("registry.registration-refused"),
            Message("RegistryServer", "not registered: %1").arg(Message::plain(problem))));
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
    const auto fail = [&](const Problem& p) { return failure(p, in.language); };
    if (!RegistryStore::isRegistrationNumber(registration))
        return fail(badRegistration(registration, in.request.url().path()));
    QJsonParseError parseError;
    const QJsonDocument body = QJsonDocument::fromJson(in.request.body(), &parseError);
    const QString reason = body.object().value(QStringLiteral("reason")).toString().trimmed();
    if (!body.isObject() || reason.isEmpty() || reason.size() > 2000)
        return fail(Problem::unusable(QStringLiteral("registry.bad-revocation"),
            Message("RegistryServer", "send a JSON body {\"reason\": \"…\"}: the page shows the reason (at most 2,000 characters)"), {},
            QStringLiteral("body")));
    QString problem;
    const std::optional<RegisteredProduct> known = m_store->find(registration, &problem);
    if (!known)
        return fail(problem.isEmpty() ? notRegistered(registration) : storeSays("registry.store-failed", problem, Problem::Severity::Unusable));
    if (known->revokedAt)
        return fail(Problem::invalid(QStringLiteral("registry.already-revoked"),
            Message("RegistryServer", "%1 is already revoked").arg(known->registration), {}, in.request.url().path()));
    if (!m_store->revoke(registration, reason, *who, &problem)) {
        const std::optional<RegisteredProduct> now = m_store->find(registration);
        return fail(now && now->revokedAt ? storeSays("registry.already-revoked", problem, Problem::Severity::Invalid) // by another request meanwhile
                                          : storeSays("registry.store-failed", problem, Problem::Severity::Unusable));
    }
    return label(registration, in.language);
}

} // namespace starmark
