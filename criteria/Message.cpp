#include "criteria/Message.h"

#include "criteria/Translator.h"

namespace starmark {

Message::Message(const char* context, const char* source, const char* disambiguation, int n)
    : m_context(context)
    , m_source(source)
    , m_disambiguation(disambiguation)
    , m_n(n)
{
}

Message Message::plain(const QString& text)
{
    Message m;
    m.m_plain = text;
    return m;
}

Message Message::arg(const QString& value) const
{
    return arg(plain(value));
}

Message Message::arg(const Message& value) const
{
    Message m = *this;
    m.m_args.append(value);
    return m;
}

Message Message::arg(qint64 value) const
{
    return arg(QString::number(value));
}

QString Message::text() const
{
    return text(Translator::installed());
}

QString Message::text(Language language) const
{
    if (m_source == nullptr)
        return m_plain;
    QString pattern = Translator::translate(language, m_context, m_source, m_disambiguation, m_n);
    if (m_n >= 0)
        pattern.replace(QLatin1String("%n"), QString::number(m_n));
    // One pass over the pattern, so that what an argument says is never read as a marker.
    QString out;
    out.reserve(pattern.size());
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        if (pattern[i] == QLatin1Char('%') && i + 1 < pattern.size() && pattern[i + 1].isDigit() && pattern[i + 1] != QLatin1Char('0')) {
            qsizetype end = i + 1;
            while (end < pattern.size() && end < i + 3 && pattern[end].isDigit())
                ++end;
            const int index = pattern.mid(i + 1, end - i - 1).toInt() - 1;
            if (index < m_args.size()) {
                out += m_args[index].text(language);
                i = end - 1;
                continue;
            }
        }
        out += pattern[i];
    }
    return out;
}

} // namespace starmark
