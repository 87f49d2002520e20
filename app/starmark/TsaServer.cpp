#include "TsaServer.h"

#include "HttpStatus.h"

#include "evaluators/Clock.h"
#include "reports/TimestampAuthority.h"

namespace starmark {
namespace {

HttpResponse text(int status, const QByteArray& body, const QByteArray& extra = {})
{
    return {status, "Content-Type: text/plain; charset=utf-8\r\n" + extra, body + '\n'};
}

} // namespace

TsaServer::TsaServer(TimestampAuthority& authority, const Clock& clock)
    : m_authority(authority)
    , m_clock(clock)
{
}

std::optional<HttpResponse> TsaServer::admit(const HttpRequest& request)
{
    if (request.method() != HttpRequestHead::Method::Post)
        return text(405, "a time-stamp authority takes POST requests of application/timestamp-query", "Allow: POST\r\n");
    if (request.head.header("Content-Type").trimmed().toLower() != "application/timestamp-query")
        return text(415, "the body must be application/timestamp-query (RFC 3161 3.4)");
    return std::nullopt;
}

HttpResponse TsaServer::respond(const HttpRequest& request)
{
    const QByteArray answer = m_authority.respond(request.body(), m_clock.now());
    if (answer.isEmpty())
        return text(500, "the time-stamp response could not be made");
    return {200, "Content-Type: application/timestamp-reply\r\n", answer};
}

HttpResponse TsaServer::refuse(const Problem& problem, const HttpRequestHead*) const
{
    return text(HttpStatus::of(problem), problem.message.text(Language::English).toUtf8());
}

} // namespace starmark
