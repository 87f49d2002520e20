#pragma once

#include <QStringList>

namespace starmark {

// `starmark report ASSESSMENT …` and `starmark declare DECLARATION …` (import, then report).
class ReportCommand {
public:
    static int report(const QStringList& arguments);
    static int declare(const QStringList& arguments);
};

} // namespace starmark
