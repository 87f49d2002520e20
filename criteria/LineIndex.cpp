#include "criteria/LineIndex.h"

#include <cstring>

namespace starmark {

LineIndex::LineIndex(const QByteArray& text)
    : m_text(text)
{
    m_starts.push_back(0);
    const char* begin = text.constData();
    const char* end = begin + text.size();
    for (const char* p = begin; (p = static_cast<const char*>(std::memchr(p, '\n', size_t(end - p)))) != nullptr; ++p)
        m_starts.push_back(p - begin + 1);
}

qsizetype LineIndex::lineStart(int line) const
{
    if (line < 1)
        return 0;
    if (size_t(line) > m_starts.size())
        return m_text.size();
    return m_starts[size_t(line - 1)];
}

int LineIndex::characterColumn(int line, int byteColumn) const
{
    const qsizetype start = lineStart(line);
    const qsizetype end = std::min(m_text.size(), start + byteColumn - 1);
    int column = 1;
    for (qsizetype i = start; i < end; ++i) {
        if ((static_cast<unsigned char>(m_text.at(i)) & 0xC0) != 0x80) // not a UTF-8 continuation byte
            ++column;
    }
    return column;
}

} // namespace starmark
