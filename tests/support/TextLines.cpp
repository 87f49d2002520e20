#include "TextLines.h"

namespace starmark::test {

std::string joined(const std::vector<std::string>& lines)
{
    std::string out;
    for (const std::string& line : lines)
        out += line + "\n";
    return out;
}

std::vector<std::string> replaced(std::vector<std::string> lines, int line, const std::string& text)
{
    lines.at(size_t(line - 1)) = text;
    return lines;
}

std::vector<std::string> inserted(std::vector<std::string> lines, int afterLine, const std::string& text)
{
    lines.insert(lines.begin() + afterLine, text);
    return lines;
}

std::vector<std::string> removed(std::vector<std::string> lines, int first, int last)
{
    lines.erase(lines.begin() + (first - 1), lines.begin() + last);
    return lines;
}

} // namespace starmark::test
