#pragma once

#include <QByteArray>

#include <vector>

namespace starmark {

// Where each line of a text starts, so that a (line, byte column) mark from
// yaml-cpp becomes the character column a person sees, in O(column) not O(file).
class LineIndex {
public:
    explicit LineIndex(const QByteArray& text);

    // 1-based line and byte column in; 1-based character column out.
    int characterColumn(int line, int byteColumn) const;
    // Byte offset of the first character of a 1-based line (the end of the text past the last).
    qsizetype lineStart(int line) const;

private:
    const QByteArray& m_text;
    std::vector<qsizetype> m_starts;
};

} // namespace starmark
