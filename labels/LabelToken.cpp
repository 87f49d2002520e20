#include "labels/LabelToken.h"

#include <QRegularExpression>

#include <cstring>

namespace starmark {
namespace {

const QDate epoch(2000, 1, 1);
constexpr char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

QString base32(const QByteArray& bytes)
{
    QString out;
    out.reserve(bytes.size() * 8 / 5 + 1);
    quint32 buffer = 0;
    int bits = 0;
    for (const char c : bytes) {
        buffer = (buffer << 8) | quint8(c);
        bits += 8;
        while (bits >= 5) {
            out += QLatin1Char(alphabet[(buffer >> (bits - 5)) & 31]);
            bits -= 5;
        }
    }
    if (bits > 0)
        out += QLatin1Char(alphabet[(buffer << (5 - bits)) & 31]);
    return out;
}

std::optional<QByteArray> fromBase32(const QString& text)
{
    QByteArray out;
    quint32 buffer = 0;
    int bits = 0;
    for (const QChar c : text) {
        const char upper = char(c.toUpper().unicode());
        const char* at = c.unicode() < 128 ? std::strchr(alphabet, upper) : nullptr;
        if (!at || upper == '\0')
            return std::nullopt;
        buffer = (buffer << 5) | quint32(at - alphabet);
        bits += 5;
        if (bits >= 8) {
            out += char((buffer >> (bits - 8)) & 0xff);
            bits -= 8;
        }
    }
    return out;
}

void putDate(QByteArray& out, const QDate& date)
{
    const qint64 days = epoch.daysTo(date);
    out += char((days >> 8) & 0xff);
    out += char(days & 0xff);
}

void putText(QByteArray& out, const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    out += char(utf8.size());
    out += utf8;
}

} // namespace

QString LabelToken::problem() const
{
    if (level < 1 || level > 4)
        return QStringLiteral("the level must be ★1 to ★4");
    for (const QDate& d : {evaluated, supportUntil, validUntil}) {
        if (!d.isValid() || epoch.daysTo(d) < 0 || epoch.daysTo(d) > 65535)
            return QStringLiteral("dates must lie between 2000 and 2179");
    }
    for (const QString& t : {registration, category, model, firmware}) {
        if (t.isEmpty() || t.toUtf8().size() > maxTextLength)
            return QStringLiteral("registration, category, model and firmware must each be 1 to %1 bytes").arg(maxTextLength);
    }
    if (issuerKeyId.size() != 8)
        return QStringLiteral("the issuer key id must be 8 bytes");
    return {};
}

QByteArray LabelToken::payload() const
{
    QByteArray out;
    out += char(formatVersion);
    out += char(level);
    putDate(out, evaluated);
    putDate(out, supportUntil);
    putDate(out, validUntil);
    out += issuerKeyId;
    putText(out, registration);
    putText(out, category);
    putText(out, model);
    putText(out, firmware);
    return out;
}

void LabelToken::sign(const IssuerKey& key)
{
    issuerKeyId = key.id();
    signature = key.sign(payload());
}

bool LabelToken::verify(const IssuerKey& key) const
{
    return key.id() == issuerKeyId && key.verify(payload(), signature);
}

QString LabelToken::encode() const
{
    return base32(payload() + signature);
}

Result<LabelToken> LabelToken::decode(const QString& text)
{
    const auto fail = [](const char* code, const Message& message) { return Problem::invalid(QString::fromLatin1(code), message); };
    if (text.size() > maxEncodedLength)
        return fail("label.token-too-long",
            Message("LabelToken", "the token is %1 characters long; a label token has at most %2").arg(text.size()).arg(maxEncodedLength));
    const std::optional<QByteArray> bytes = fromBase32(text);
    if (!bytes)
        return fail("label.token-not-base32", Message("LabelToken", "the token is not base32 (A–Z, 2–7): it is not a StarMark label token"));
    const QByteArray& b = *bytes;
    if (b.size() < 16 + 4 + 64)
        return fail("label.token-truncated", Message("LabelToken", "the token is too short (%1 bytes): it was truncated").arg(b.size()));
    if (quint8(b.at(0)) != formatVersion)
        return fail("label.token-format",
            Message("LabelToken", "label token format %1 is not one this StarMark reads (it reads %2)").arg(quint8(b.at(0))).arg(formatVersion));
    LabelToken t;
    t.level = quint8(b.at(1));
    const auto date = [&](int at) { return epoch.addDays((quint8(b.at(at)) << 8) | quint8(b.at(at + 1))); };
    t.evaluated = date(2);
    t.supportUntil = date(4);
    t.validUntil = date(6);
    t.issuerKeyId = b.mid(8, 8);
    qsizetype at = 16;
    for (QString* field : {&t.registration, &t.category, &t.model, &t.firmware}) {
        const int length = at < b.size() ? quint8(b.at(at)) : 0;
        if (at >= b.size() || at + 1 + length > b.size())
            return fail("label.token-truncated", Message("LabelToken", "the token ends inside its fields: it was truncated"));
        *field = QString::fromUtf8(b.mid(at + 1, length));
        at += 1 + length;
    }
    if (b.size() - at != 64)
        return fail("label.token-signature-size",
            Message("LabelToken", "the token's signature is %1 bytes, not 64: it was truncated or extended").arg(b.size() - at));
    t.signature = b.mid(at);
    if (const QString wrong = t.problem(); !wrong.isEmpty())
        return fail("label.token-out-of-range", Message("LabelToken", "the token's fields are out of range (%1)").arg(Message::plain(wrong)));
    return t;
}

QString LabelToken::url(const QString& registry, const LabelToken& token)
{
    QString base = registry.trimmed().toUpper(); // a newline from a script's $(cat …) would cut the URL in two
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    return QStringLiteral("%1/L/%2/%3").arg(base, token.registration.toUpper(), token.encode());
}

Result<QString> LabelToken::tokenOfUrl(const QString& url)
{
    const QString trimmed = url.trimmed();
    if (trimmed.size() > maxEncodedLength + 200)
        return Problem::invalid(QStringLiteral("label.url-too-long"),
            Message("LabelToken", "the text is %1 characters long: too long to be a label URL").arg(trimmed.size()));
    static const QRegularExpression labelUrl(
        QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*://[^/]+(?:/.*)?/L/[^/]+/([A-Za-z2-7]+)/?$"), QRegularExpression::CaseInsensitiveOption);
    if (const QRegularExpressionMatch m = labelUrl.match(trimmed); m.hasMatch())
        return m.captured(1);
    static const QRegularExpression bare(QStringLiteral("^[A-Za-z2-7]+$"));
    if (bare.match(trimmed).hasMatch())
        return trimmed;
    return Problem::invalid(QStringLiteral("label.not-a-label-url"),
        Message("LabelToken", "'%1' is not a StarMark label URL (…/L/<registration>/<token>)").arg(trimmed.left(80)));
}

} // namespace starmark
