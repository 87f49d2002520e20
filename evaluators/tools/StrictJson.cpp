#include "evaluators/tools/StrictJson.h"

#include "criteria/InputLimits.h"
#include "evaluators/tools/ToolLimits.h"

namespace starmark {
namespace {

// The deepest nesting of the text, counted before Qt builds the tree, and where it first passes the limit.
qsizetype tooDeepAt(const QByteArray& bytes)
{
    int depth = 0;
    bool inString = false;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            if (++depth > ToolLimits::depth)
                return i;
        } else if (c == '}' || c == ']') {
            --depth;
        }
    }
    return -1;
}

SourceLocation placeOf(const QString& file, const QByteArray& bytes, qsizetype offset)
{
    const QByteArrayView before = QByteArrayView(bytes).first(qBound<qsizetype>(0, offset, bytes.size()));
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    const int line = int(before.count('\n')) + 1;
    const int column = int(QString::fromUtf8(before.sliced(lineStart)).size()) + 1;
    return {file, line, column};
}

} // namespace

StrictJson::StrictJson(QString file)
    : m_file(std::move(file))
{
}

Result<QJsonDocument> StrictJson::parse(const QByteArray& bytes)
{
    if (const qsizetype at = tooDeepAt(bytes); at >= 0)
        return Problem::unusable(QStringLiteral("tool.too-deep"),
            Message("StrictJson", "lists and objects are nested more than %1 deep (docs/limits.md)").arg(ToolLimits::depth),
            placeOf(m_file, bytes, at));
    QJsonParseError error;
    QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        // Qt names the error it met; the file was cut short when that is at its very end.
        qsizetype end = bytes.size();
        while (end > 0 && QChar::isSpace(uchar(bytes[end - 1])))
            --end;
        const bool truncated = error.offset >= end;
        return Problem::unusable(truncated ? QStringLiteral("tool.json-truncated") : QStringLiteral("tool.json-malformed"),
            truncated ? Message("StrictJson", "the file ends inside the JSON: the tool stopped before it finished writing")
                      : Message("StrictJson", "not valid JSON (%1)").arg(Message::plain(error.errorString())),
            placeOf(m_file, bytes, error.offset));
    }
    return document;
}

QString StrictJson::text(const QJsonObject& object, QStringView key, const QString& path)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return {};
    return entryText(value, path + u'.' + key.toString());
}

QJsonArray StrictJson::list(const QJsonObject& object, QStringView key, const QString& path)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isArray()) {
        wrongType(path + u'.' + key.toString(), Message("StrictJson", "a list"));
        return {};
    }
    return value.toArray();
}

QJsonObject StrictJson::object(const QJsonObject& object, QStringView key, const QString& path)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return {};
    return entry(value, path + u'.' + key.toString());
}

QJsonObject StrictJson::entry(const QJsonValue& value, const QString& path)
{
    if (!value.isObject()) {
        wrongType(path, Message("StrictJson", "an object"));
        return {};
    }
    return value.toObject();
}

QString StrictJson::entryText(const QJsonValue& value, const QString& path)
{
    if (!value.isString()) {
        wrongType(path, Message("StrictJson", "a text"));
        return {};
    }
    const QString text = value.toString();
    if (text.size() > ToolLimits::textBytes) {
        fail(QStringLiteral("tool.text-too-long"),
            Message("StrictJson", "a text of %1 characters; the limit is %2 (docs/limits.md)")
                .arg(Message::plain(InputLimits::figure(text.size())))
                .arg(Message::plain(InputLimits::figure(ToolLimits::textBytes))),
            path);
        return {};
    }
    return text;
}

double StrictJson::number(const QJsonObject& object, QStringView key, const QString& path, double absent)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return absent;
    if (!value.isDouble()) {
        wrongType(path + u'.' + key.toString(), Message("StrictJson", "a number"));
        return absent;
    }
    return value.toDouble();
}

void StrictJson::fail(QString code, Message message, const QString& path)
{
    if (m_problems.isEmpty())
        m_problems.append(Problem::unusable(std::move(code), std::move(message), {m_file, 0, 0}, path));
}

bool StrictJson::countFinding(const QString& path)
{
    if (++m_findings <= ToolLimits::findings)
        return true;
    fail(QStringLiteral("tool.too-many-findings"),
        Message("StrictJson", "the file holds more than %1 findings (docs/limits.md)")
            .arg(Message::plain(InputLimits::figure(ToolLimits::findings))),
        path);
    return false;
}

void StrictJson::wrongType(const QString& path, const Message& expected)
{
    fail(QStringLiteral("tool.json-wrong-type"),
        Message("StrictJson", "this must be %1").arg(expected), path);
}

} // namespace starmark
