#include "reports/ReportAttachments.h"

#include <QRegularExpression>

#include <zlib.h>

namespace starmark {
namespace {

// The body of the newest definition of object `number`, up to its endobj.
// Byte searches, not regular expressions: this runs on every verification.
QByteArray object(const QByteArray& pdf, const QByteArray& number)
{
    const QByteArray header = number + " 0 obj";
    for (qsizetype at = pdf.lastIndexOf(header); at >= 0; at = pdf.lastIndexOf(header, at - 1)) {
        if (at > 0 && !QChar::isSpace(uchar(pdf.at(at - 1))))
            continue; // 12 0 obj is not 2 0 obj
        const qsizetype body = at + header.size();
        const qsizetype end = pdf.indexOf("endobj", body);
        return end < 0 ? QByteArray() : pdf.mid(body, end - body);
    }
    return {};
}

// The object number in "N 0 R" right after `at`, or empty.
QByteArray referenceAt(const QByteArray& text, qsizetype at)
{
    while (at < text.size() && QChar::isSpace(uchar(text.at(at))))
        ++at;
    const qsizetype start = at;
    while (at < text.size() && text.at(at) >= '0' && text.at(at) <= '9')
        ++at;
    const QByteArray number = text.mid(start, at - start);
    const qsizetype rest = text.indexOf(" 0 R", at);
    return !number.isEmpty() && rest == at ? number : QByteArray();
}

std::optional<QByteArray> inflate(const QByteArray& compressed)
{
    z_stream stream{};
    if (inflateInit(&stream) != Z_OK)
        return std::nullopt;
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(compressed.constData()));
    stream.avail_in = uInt(compressed.size());
    QByteArray out;
    char buffer[65536];
    int status = Z_OK;
    while (status == Z_OK) {
        stream.next_out = reinterpret_cast<Bytef*>(buffer);
        stream.avail_out = sizeof buffer;
        status = ::inflate(&stream, Z_NO_FLUSH);
        out.append(buffer, qsizetype(sizeof buffer - stream.avail_out));
        if (out.size() > (64 << 20))
            status = Z_MEM_ERROR; // no report attachment is this large
    }
    inflateEnd(&stream);
    return status == Z_STREAM_END ? std::optional<QByteArray>(out) : std::nullopt;
}

// The content of a stream object, decoded when it is FlateDecode.
std::optional<QByteArray> streamContent(const QByteArray& pdf, const QByteArray& body)
{
    static const QRegularExpression length(QStringLiteral("/Length\\s+(\\d+)(\\s+0\\s+R)?"));
    const QRegularExpressionMatch m = length.match(QString::fromLatin1(body.left(body.indexOf("stream"))));
    if (!m.hasMatch())
        return std::nullopt;
    bool ok = false;
    qsizetype size = m.captured(1).toLongLong(&ok);
    if (m.capturedLength(2) > 0)
        size = object(pdf, m.captured(1).toLatin1()).trimmed().toLongLong(&ok);
    qsizetype data = body.indexOf("stream");
    if (!ok || data < 0)
        return std::nullopt;
    data += 6;
    if (body.mid(data, 2) == "\r\n")
        data += 2;
    else if (body.mid(data, 1) == "\n" || body.mid(data, 1) == "\r")
        data += 1;
    if (size < 0 || data + size > body.size())
        return std::nullopt;
    const QByteArray raw = body.mid(data, size);
    if (body.left(data).contains("/FlateDecode"))
        return inflate(raw);
    return body.left(data).contains("/Filter") ? std::nullopt : std::optional<QByteArray>(raw);
}

} // namespace

Result<ReportAttachments> ReportAttachments::read(const QByteArray& pdf)
{
    ReportAttachments out;
    // The record is the /StarMark key whose value is a dictionary (the signature's
    // /Prop_Build names StarMark too).
    qsizetype open = -1;
    for (qsizetype at = pdf.lastIndexOf("/StarMark"); at >= 0 && open < 0; at = pdf.lastIndexOf("/StarMark", at - 1)) {
        qsizetype next = at + 9;
        while (next < pdf.size() && QChar::isSpace(uchar(pdf.at(next))))
            ++next;
        if (pdf.mid(next, 2) == "<<")
            open = next;
    }
    const qsizetype close = open < 0 ? -1 : pdf.indexOf(">>", open);
    if (close < 0)
        return Problem::invalid(
            QStringLiteral("report.not-starmark"), Message("ReportAttachments", "the PDF has no StarMark record: it is not a StarMark report"));
    static const QRegularExpression entry(QStringLiteral("/([A-Za-z0-9._-]+)\\s*\\(([0-9a-f]{64})\\)"));
    for (auto it = entry.globalMatch(QString::fromLatin1(pdf.mid(open + 2, close - open - 2))); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out.recorded.insert(m.captured(1), m.captured(2).toLatin1());
    }
    for (auto it = out.recorded.cbegin(); it != out.recorded.cend(); ++it) {
        // The name tree entry (name) N 0 R → the Filespec → /EF << /F M 0 R >> → the stream.
        const QByteArray key = "(" + it.key().toLatin1() + ")";
        QByteArray spec;
        for (qsizetype n = pdf.lastIndexOf(key); n >= 0 && spec.isEmpty(); n = pdf.lastIndexOf(key, n - 1))
            spec = referenceAt(pdf, n + key.size());
        const QByteArray filespec = spec.isEmpty() ? QByteArray() : object(pdf, spec);
        const qsizetype ef = filespec.indexOf("/EF");
        const qsizetype f = ef < 0 ? -1 : filespec.indexOf("/F", ef + 3);
        const QByteArray stream = f < 0 ? QByteArray() : referenceAt(filespec, f + 2);
        const std::optional<QByteArray> content = stream.isEmpty() ? std::nullopt : streamContent(pdf, object(pdf, stream));
        if (!content)
            return Problem::invalid(QStringLiteral("report.attachment-unreadable"),
                Message("ReportAttachments", "the attachment %1 cannot be read from the PDF").arg(it.key()));
        out.attachments.insert(it.key(), *content);
    }
    return out;
}

} // namespace starmark
