#include "RegistryServer.h"

#include "criteria/CatalogLibrary.h"
#include "evaluators/Clock.h"
#include "evaluators/Product.h"
#include "labels/IssuerKey.h"
#include "labels/LabelIssuer.h"
#include "labels/LabelArtwork.h"
#include "labels/LabelToken.h"
#include "labels/ProductFacts.h"
#include "labels/RegistryPageTexts.h"
#include "labels/registry/Publication.h"
#include "labels/registry/RegistryStore.h"
#include "labels/registry/LogProof.h"
#include "labels/registry/RevocationList.h"
#include "labels/registry/SignedTreeHead.h"
#include "labels/registry/TransparencyLog.h"

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

// Everything the registry refused, as one Problem: the first decides code and status; the
// revision rules a member of staff would have to accept are named with how to accept them.
Problem refusalOf(const Problems& problems)
{
    Problem first = problems.constFirst();
    QStringList overrides;
    Message text = first.message;
    for (qsizetype i = 1; i < problems.size(); ++i)
        text = Message("RegistryServer", "%1; %2").arg(text).arg(problems[i].message);
    for (const Problem& p : problems)
        if (p.code == QLatin1String("registry.override-needed"))
            overrides << p.key;
    if (!overrides.isEmpty())
        text = Message("RegistryServer", "%1; submit again with override=%2&reason=…").arg(text).arg(overrides.join(QLatin1Char(',')));
    first.message = text;
    first.where = {}; // the database's place, not the client's to know
    return first;
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

// ?lang= wins (the page's toggle); then the best of ja/en in Accept-Language; Japanese by default.
Language languageOf(const HttpRequestHead& head, const QUrlQuery& query)
{
    if (const std::optional<Language> asked = languageFromCode(query.queryItemValue(QStringLiteral("lang"))))
        return *asked;
    return languageFromAcceptLanguage(head.header("Accept-Language"), Language::Japanese);
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
    return request.tls || (m_settings.behindProxy && request.head.header("X-Forwarded-Proto").compare("https", Qt::CaseInsensitive) == 0);
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
    // Per hour: the page names the revocation list of the hour (RevocationList), and its day decides a label's status.
    const QDateTime now = m_settings.clock->now();
    const qint64 hour = now.toSecsSinceEpoch() / 3600;
    if (revision != m_cachedRevision || hour != m_cachedHour || revision < 0 || m_cache.size() > 20000) {
        m_cache.clear();
        m_cachedRevision = revision;
        m_cachedHour = hour;
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
        if (s.size() == 3 && s[2] == QLatin1String("labels"))
            return get ? labelsOfModel(in) : onlyWith("GET");
        if (s.size() == 4 && s[2] == QLatin1String("labels"))
            return get ? label(s[3], in.language) : onlyWith("GET");
        if (s.size() == 5 && s[2] == QLatin1String("labels") && s[4] == QLatin1String("revoke"))
            return post ? revoke(in, s[3]) : onlyWith("POST");
        if (s.size() == 3 && s[2] == QLatin1String("revocations"))
            return get ? revocations(in.language) : onlyWith("GET");
        const bool logRoute = s.size() >= 4 && s[2] == QLatin1String("log")
            && ((s.size() == 4 && (s[3] == QLatin1String("sth") || s[3] == QLatin1String("entries")))
                || (s.size() == 5 && s[3] == QLatin1String("proof")
                    && (s[4] == QLatin1String("inclusion") || s[4] == QLatin1String("consistency"))));
        if (logRoute)
            return get ? log(in, s.constLast()) : onlyWith("GET");
        if (s.size() == 3 && s[2] == QLatin1String("submissions"))
            return post ? submit(in) : onlyWith("POST");
        if (s.size() == 3 && s[2] == QLatin1String("issuer-key"))
            return get ? Reply{Status::Ok, "application/x-pem-file", m_settings.issuerKey->publicPem(), {}} : onlyWith("GET");
    }
    return fail(Problem::unusable(QStringLiteral("http.not-found"),
        Message("RegistryServer",
            "nothing at %1: the registry serves /l/<registration number>, /api/v1/labels/<registration number>, /api/v1/labels?model=<model number>, "
            "/api/v1/revocations, /api/v1/issuer-key, /api/v1/log/sth, /api/v1/log/entries, /api/v1/log/proof/inclusion, "
            "/api/v1/log/proof/consistency, and POST /api/v1/submissions and /api/v1/labels/<registration number>/revoke")
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
    const Result<RegisteredProduct> product = m_store->find(registration);
    if (!product) {
        if (!findProblem(product.problems(), u"registry.not-registered"))
            return failure(refusalOf(product.problems()), language);
        return {Status::NotFound, "text/plain",
            QStringLiteral("%1: %2\n").arg(registration, m_settings.page->text(QStringLiteral("not_registered"), language)).toUtf8(),
            headers};
    }
    const Result<RevocationList> revocations = RevocationList::of(*m_store, *m_settings.issuerKey, m_settings.clock->now());
    const QByteArray html = m_settings.page->render(
        *product, language, m_settings.clock->now().date(), *m_settings.issuerKey, revocations ? &*revocations : nullptr);
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
    const Result<RegisteredProduct> product = m_store->find(registration);
    if (!product)
        return failure(refusalOf(product.problems()), language);
    const Reply reply = json(Status::Ok, product->toJson(m_settings.clock->now().date(), m_settings.registryUrl));
    m_cache.insert(key, reply.body);
    return reply;
}

RegistryServer::Reply RegistryServer::labelsOfModel(const Incoming& in)
{
    const QStringList asked = in.query.allQueryItemValues(QStringLiteral("model"), QUrl::FullyDecoded);
    const auto bad = [&](const Message& why) {
        return failure(Problem::unusable(QStringLiteral("registry.bad-model-query"), why, {}, QStringLiteral("model")), in.language);
    };
    if (asked.size() != 1)
        return bad(Message("RegistryServer", "GET /api/v1/labels takes exactly one ?model=<model number>"));
    const QString& model = asked.constFirst();
    // Held to the rule every registered model number keeps: what no registration can hold is not looked up.
    if (const std::optional<Message> problem = Product::modelProblem(model))
        return bad(Message("RegistryServer", "?model= is not a model number: %1").arg(*problem));
    const QString key = QStringLiteral("model|") + model;
    if (const QByteArray* hit = cached(key))
        return {Status::Ok, "application/json", *hit, {}};
    const Result<QList<RegisteredProduct>> found = m_store->findByModel(model);
    if (!found)
        return failure(refusalOf(found.problems()), in.language);
    if (found->isEmpty())
        return failure(Problem::invalid(QStringLiteral("registry.model-not-registered"),
                           Message("RegistryServer", "no registration covers the model %1").arg(quoted(model)), {}, QStringLiteral("model")),
            in.language);
    QJsonArray labels;
    for (const RegisteredProduct& product : *found)
        labels.append(product.toJson(m_settings.clock->now().date(), m_settings.registryUrl));
    const Reply reply = json(Status::Ok, QJsonObject{{QStringLiteral("model"), model}, {QStringLiteral("labels"), labels}});
    m_cache.insert(key, reply.body);
    return reply;
}

RegistryServer::Reply RegistryServer::revocations(Language language)
{
    // Signed anew on each request (a millisecond): its this_update is the moment it is asked for.
    const Result<RevocationList> list = RevocationList::of(*m_store, *m_settings.issuerKey, m_settings.clock->now());
    if (!list)
        return failure(refusalOf(list.problems()), language);
    return {Status::Ok, "application/json", list->sealed(*m_settings.issuerKey), {}};
}

RegistryServer::Reply RegistryServer::log(const Incoming& in, const QString& what)
{
    const auto fail = [&](const Problem& p) { return failure(p, in.language); };
    // A count the client sent: a whole number within qint64, else a 400 naming the parameter.
    const auto number = [&](const char* name, std::optional<qint64> fallback = std::nullopt) -> Result<qint64> {
        const QString text = in.query.queryItemValue(QString::fromLatin1(name));
        if (text.isEmpty() && fallback)
            return *fallback;
        bool ok = false;
        const qint64 value = text.toLongLong(&ok);
        if (!ok || value < 0)
            return Problem::unusable(QStringLiteral("log.bad-parameter"),
                Message("RegistryServer", "%1 must be a whole number from 0 up, not %2").arg(QString::fromLatin1(name)).arg(quoted(text)), {},
                QString::fromLatin1(name));
        return value;
    };
    const TransparencyLog& log = m_store->log();
    Result<QJsonObject> answer = QJsonObject();
    if (what == QLatin1String("sth")) {
        const Result<SignedTreeHead> head = SignedTreeHead::of(log, *m_settings.issuerKey, m_settings.clock->now());
        if (!head)
            return fail(refusalOf(head.problems()));
        return {Status::Ok, "application/json", head->sealed(*m_settings.issuerKey), {}};
    }
    if (what == QLatin1String("entries")) {
        const Result<qint64> start = number("start");
        if (!start)
            return fail(start.problems().constFirst());
        const Result<qint64> end = number("end", *start + TransparencyLog::maxEntries - 1);
        if (!end)
            return fail(end.problems().constFirst());
        const Result<QList<TransparencyLog::Entry>> entries = log.entries(*start, *end);
        if (!entries)
            return fail(refusalOf(entries.problems()));
        QJsonArray list;
        for (const TransparencyLog::Entry& e : *entries)
            list.append(QJsonObject{{QStringLiteral("index"), e.index}, {QStringLiteral("entry"), QString::fromUtf8(e.entry)}});
        return json(Status::Ok, {{QStringLiteral("entries"), list}});
    }
    if (what == QLatin1String("inclusion")) {
        const Result<qint64> size = number("tree_size");
        if (!size)
            return fail(size.problems().constFirst());
        const QString hash = in.query.queryItemValue(QStringLiteral("hash"));
        if (!hash.isEmpty()) {
            const QByteArray leaf = QByteArray::fromHex(hash.toLatin1());
            if (leaf.size() != 32 || hash.size() != 64)
                return fail(Problem::unusable(QStringLiteral("log.bad-parameter"),
                    Message("RegistryServer", "hash must be a leaf hash, 64 hexadecimal digits, not %1").arg(quoted(hash)), {},
                    QStringLiteral("hash")));
            answer = LogProof::inclusionOf(log, leaf, *size);
        } else {
            const Result<qint64> index = number("leaf_index");
            if (!index)
                return fail(index.problems().constFirst());
            answer = LogProof::inclusion(log, *index, *size);
        }
    } else if (what == QLatin1String("consistency")) {
        const Result<qint64> first = number("first");
        const Result<qint64> second = number("second");
        if (!first || !second)
            return fail((first ? second : first).problems().constFirst());
        answer = LogProof::consistency(log, *first, *second);
    }
    if (!answer)
        return fail(refusalOf(answer.problems()));
    return json(Status::Ok, *answer);
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
    } else if (const Result<QString> who = m_store->staffOf(QString::fromLatin1(authorization.sliced(space).trimmed()))) {
        return *who;
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
    if (!in.request.body().startsWith("%PDF-"))
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
    const Result<RevisionOverride> override
        = RevisionOverride::parse(in.query.queryItemValue(QStringLiteral("override"), QUrl::FullyDecoded),
            in.query.queryItemValue(QStringLiteral("reason"), QUrl::FullyDecoded));
    if (!override)
        return fail(refusalOf(override.problems()));
    const Result<RegisteredProduct> product
        = Publication(*m_store, *m_settings.issuerKey, *m_settings.clock)
              .publish({in.request.body(), existing, *validUntil, *override, *who}, m_settings.trust, *m_settings.catalogs);
    if (!product)
        return fail(refusalOf(product.problems()));
    QJsonObject o = product->toJson(today, m_settings.registryUrl);
    QString problem;
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
    if (const Result<void> revoked = m_store->revoke(registration, reason, *who); !revoked)
        return fail(refusalOf(revoked.problems()));
    return label(registration, in.language);
}

} // namespace starmark
