#include "HttpRequestHead.h"

#include <algorithm>

namespace starmark {
namespace {

// RFC 9110 §5.6.2: the characters of a method or a header name.
bool isTokenChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

bool isToken(QByteArrayView s)
{
    return !s.isEmpty() && std::all_of(s.begin(), s.end(), isTokenChar);
}

// A field value: visible characters, spaces, tabs and obs-text; never a control character (a CR, a NUL).
bool isFieldValue(QByteArrayView s)
{
    return std::all_of(s.begin(), s.end(), [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return u == '\t' || (u >= 0x20 && u != 0x7f);
    });
}

QByteArrayView trimmed(QByteArrayView s)
{
    while (!s.isEmpty() && (s.front() == ' ' || s.front() == '\t'))
        s = s.sliced(1);
    while (!s.isEmpty() && (s.back() == ' ' || s.back() == '\t'))
        s.chop(1);
    return s;
}

// What a client sent, cut short and with anything unprintable replaced, for quoting back.
QString shown(QByteArrayView s)
{
    QString out;
    for (const char c : s.first(std::min<qsizetype>(s.size(), 40)))
        out += c >= 0x20 && c < 0x7f ? QLatin1Char(c) : QLatin1Char('?');
    return QLatin1Char('\'') + out + (s.size() > 40 ? QStringLiteral("…'") : QStringLiteral("'"));
}

qsizetype skipEmptyLines(QByteArrayView buffer)
{
    qsizetype i = 0;
    while (buffer.sliced(i).startsWith("\r\n"))
        i += 2;
    return i;
}

// Every refusal of a head is the client's input being unusable; its HTTP status comes from the code (HttpStatus).
Problem refused(const char* code, Message message)
{
    return Problem::unusable(QString::fromLatin1(code), std::move(message));
}

} // namespace

qsizetype HttpRequestHead::endOf(QByteArrayView buffer, qsizetype from)
{
    // A bare LF ends a line here too, so that such a head is refused at once rather than awaited.
    for (qsizetype i = buffer.indexOf('\n', std::max(from, skipEmptyLines(buffer))); i >= 0; i = buffer.indexOf('\n', i + 1)) {
        if (i + 1 < buffer.size() && buffer[i + 1] == '\n')
            return i + 2;
        if (i + 2 < buffer.size() && buffer[i + 1] == '\r' && buffer[i + 2] == '\n')
            return i + 3;
    }
    return -1;
}

Result<HttpRequestHead> HttpRequestHead::parse(QByteArrayView head)
{
    QList<QByteArrayView> lines;
    for (qsizetype start = skipEmptyLines(head), end = 0; start < head.size(); start = end + 1) {
        end = head.indexOf('\n', start);
        if (end < 0 || end == start || head[end - 1] != '\r')
            return refused("http.line-without-crlf", Message("HttpRequestHead", "a line of the request head does not end in CRLF"));
        lines.append(head.sliced(start, end - 1 - start));
    }
    if (lines.size() < 2 || !lines.constLast().isEmpty())
        return refused("http.head-unterminated", Message("HttpRequestHead", "the request head does not end with an empty line"));
    lines.removeLast();

    HttpRequestHead h;
    const QByteArrayView requestLine = lines.takeFirst();
    const qsizetype sp1 = requestLine.indexOf(' ');
    const qsizetype sp2 = sp1 < 0 ? -1 : requestLine.indexOf(' ', sp1 + 1);
    if (sp2 < 0 || requestLine.indexOf(' ', sp2 + 1) >= 0)
        return refused("http.bad-request-line",
            Message("HttpRequestHead", "the request line %1 is not 'METHOD /path HTTP/1.1' (three parts, one space apart)").arg(shown(requestLine)));
    const QByteArrayView method = requestLine.first(sp1);
    const QByteArrayView target = requestLine.sliced(sp1 + 1, sp2 - sp1 - 1);
    const QByteArrayView version = requestLine.sliced(sp2 + 1);
    if (!isToken(method))
        return refused("http.bad-method", Message("HttpRequestHead", "the method %1 is not an HTTP method").arg(shown(method)));
    if (!target.startsWith('/') || target.contains('#')
        || !std::all_of(target.begin(), target.end(), [](char c) { return c > 0x20 && c < 0x7f; }))
        return refused("http.bad-target",
            Message("HttpRequestHead", "the request target %1 is not a path: a path starts with '/', holds no '#' and only visible ASCII")
                .arg(shown(target)));
    if (version != "HTTP/1.1" && version != "HTTP/1.0") {
        const bool looksLikeHttp = version.size() == 8 && version.startsWith("HTTP/") && version[6] == '.';
        return looksLikeHttp ? refused("http.unsupported-version", Message("HttpRequestHead", "%1 is not a version of HTTP the registry speaks").arg(shown(version)))
                             : refused("http.not-http", Message("HttpRequestHead", "%1 is not a protocol the registry speaks").arg(shown(version)));
    }
    h.m_methodName = method.toByteArray();
    h.m_method = method == "GET" ? Method::Get : method == "HEAD" ? Method::Head : method == "POST" ? Method::Post : Method::Other;
    h.m_target = target.toByteArray();
    const bool http11 = version == "HTTP/1.1";
    h.m_keepAlive = http11;

    if (lines.size() > maxFields)
        return refused("http.too-many-fields",
            Message("HttpRequestHead", "the request has %1 header fields; the registry accepts at most %2").arg(lines.size()).arg(maxFields));
    int hosts = 0;
    int lengths = 0;
    bool transferEncoding = false;
    for (const QByteArrayView line : lines) {
        if (line.startsWith(' ') || line.startsWith('\t'))
            return refused("http.folded-header", Message("HttpRequestHead", "a header line starts with a space (obsolete line folding)"));
        const qsizetype colon = line.indexOf(':');
        const QByteArrayView name = line.first(std::max<qsizetype>(colon, 0));
        if (colon < 0 || !isToken(name))
            return refused("http.bad-header-line",
                Message("HttpRequestHead", "the header line %1 is not 'Name: value' (a name of letters, digits and !#$%&'*+-.^_`|~, then a colon at once)")
                    .arg(shown(line)));
        const QByteArrayView value = trimmed(line.sliced(colon + 1));
        if (!isFieldValue(value))
            return refused("http.control-character", Message("HttpRequestHead", "the value of %1 holds a control character").arg(shown(name)));
        h.m_headers.append({name.toByteArray(), value.toByteArray()});
        if (name.compare("Host", Qt::CaseInsensitive) == 0) {
            ++hosts;
        } else if (name.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0) {
            transferEncoding = true;
        } else if (name.compare("Content-Length", Qt::CaseInsensitive) == 0) {
            ++lengths;
            if (value.isEmpty() || value.size() > maxLengthDigits
                || !std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; }))
                return refused("http.bad-content-length",
                    Message("HttpRequestHead", "Content-Length %1 is not a length: the body's size in bytes, digits only (at most %2 of them)")
                        .arg(shown(value))
                        .arg(maxLengthDigits));
            h.m_contentLength = value.toLongLong();
        } else if (name.compare("Connection", Qt::CaseInsensitive) == 0) {
            for (const QByteArray& option : value.toByteArray().split(',')) {
                const QByteArray o = option.trimmed().toLower();
                if (o == "close")
                    h.m_keepAlive = false;
                else if (o == "keep-alive" && !http11)
                    h.m_keepAlive = true;
            }
        }
    }
    if (hosts > 1 || (http11 && hosts == 0)) // two could each be read as the one meant
        return refused("http.host-count", Message("HttpRequestHead", "an HTTP/1.1 request carries exactly one Host field; this one has %1").arg(hosts));
    if (lengths > 1)
        return refused("http.content-length-count",
            Message("HttpRequestHead", "the request has %1 Content-Length fields; exactly one lets every reader agree where the body ends")
                .arg(lengths));
    if (transferEncoding && lengths > 0)
        return refused("http.length-and-encoding", Message("HttpRequestHead", "the request has both Content-Length and Transfer-Encoding"));
    if (transferEncoding)
        return refused("http.transfer-encoding", Message("HttpRequestHead", "the registry takes no Transfer-Encoding, only a body with a Content-Length"));
    return h;
}

QUrl HttpRequestHead::url() const
{
    const qsizetype question = m_target.indexOf('?');
    QUrl url;
    url.setPath(QString::fromLatin1(m_target.first(question < 0 ? m_target.size() : question)), QUrl::TolerantMode);
    if (question >= 0)
        url.setQuery(QString::fromLatin1(m_target.sliced(question + 1)), QUrl::TolerantMode);
    return url;
}

QByteArray HttpRequestHead::header(QByteArrayView name) const
{
    for (const auto& [key, value] : m_headers)
        if (name.compare(key, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

} // namespace starmark
