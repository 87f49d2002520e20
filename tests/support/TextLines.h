#pragma once

#include <string>
#include <vector>

namespace starmark::test {

// A text as lines, so that a test can change one line and know exactly which
// line and column an error should then report.
std::string joined(const std::vector<std::string>& lines);
std::vector<std::string> replaced(std::vector<std::string> lines, int line, const std::string& text); // 1-based
std::vector<std::string> inserted(std::vector<std::string> lines, int afterLine, const std::string& text);
std::vector<std::string> removed(std::vector<std::string> lines, int first, int last);

} // namespace starmark::test
