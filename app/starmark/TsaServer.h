#pragma once

#include "HttpHandler.h"

namespace starmark {

class Clock;
class TimestampAuthority;

// The time-stamp authority over HTTP (RFC 3161 3.4): a POST of an
// application/timestamp-query body gets an application/timestamp-reply. Anything
// else is refused on its head alone, before a byte of its body is read.
class TsaServer : public HttpHandler {
public:
    TsaServer(TimestampAuthority& authority, const Clock& clock);

    std::optional<HttpResponse> admit(const HttpRequest& request) override;
    HttpResponse respond(const HttpRequest& request) override;
    HttpResponse refuse(const Problem& problem, const HttpRequestHead* head) const override;

    static constexpr qint64 maxQuery = 16 * 1024; // a query is an imprint and a nonce: some 60 bytes

private:
    TimestampAuthority& m_authority;
    const Clock& m_clock;
};

} // namespace starmark
