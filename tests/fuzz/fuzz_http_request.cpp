// Any bytes as what a client sends first: the head's end found the same however the bytes
// arrive, and a head either read into fields that read back the same, or refused with a
// http.* code whose status is 4xx/505, and a message; never a crash.
#include "HttpRequestHead.h"
#include "HttpStatus.h"

#include <QUrlQuery>

#include <cstdlib>

using starmark::HttpRequestHead;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const qsizetype end = HttpRequestHead::endOf(bytes);
    if (end < -1 || end == 0 || end > bytes.size())
        std::abort();
    // HttpConnection searches on from just before where its last search stopped.
    for (qsizetype split = 0; split <= bytes.size(); split += 1 + split / 4) {
        const qsizetype early = HttpRequestHead::endOf(QByteArrayView(bytes).first(split));
        const qsizetype resumed = early >= 0 ? early : HttpRequestHead::endOf(bytes, std::max<qsizetype>(0, split - 2));
        if (resumed != end)
            std::abort();
    }
    const QByteArrayView head = end < 0 ? QByteArrayView(bytes) : QByteArrayView(bytes).first(end);
    const starmark::Result<HttpRequestHead> parsed = HttpRequestHead::parse(head);
    if (!parsed) {
        const int status = parsed.problems().isEmpty() ? 0 : starmark::HttpStatus::of(parsed.problems().constFirst());
        if (parsed.problems().size() != 1 || !parsed.problems().constFirst().code.startsWith(QLatin1String("http."))
            || parsed.problems().constFirst().message.isEmpty() || (status != 400 && status != 411 && status != 431 && status != 505))
            std::abort();
        return 0;
    }
    if (!parsed->target().startsWith('/') || parsed->contentLength() < 0 || parsed->contentLength() >= 1'000'000'000'000'000LL)
        std::abort();
    const QUrl url = parsed->url(); // what RegistryServer routes on
    (void)QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    (void)url.path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    // Written out again, the fields read back the same (without a Host it can only have been HTTP/1.0).
    const bool host = std::any_of(parsed->headers().begin(), parsed->headers().end(), [](const auto& h) {
        return h.first.compare("Host", Qt::CaseInsensitive) == 0;
    });
    QByteArray again = parsed->methodName() + ' ' + parsed->target() + (host ? " HTTP/1.1\r\n" : " HTTP/1.0\r\n");
    for (const auto& [name, value] : parsed->headers())
        again += name + ": " + value + "\r\n";
    again += "\r\n";
    const starmark::Result<HttpRequestHead> back = HttpRequestHead::parse(again);
    if (!back || back->methodName() != parsed->methodName() || back->target() != parsed->target()
        || back->contentLength() != parsed->contentLength() || back->headers() != parsed->headers())
        std::abort();
    return 0;
}
