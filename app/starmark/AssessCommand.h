#pragma once

#include <QStringList>

namespace starmark {

// `starmark assess init|set|sign-off|import|export|status|revise|audit` on a *.starmark file.
class AssessCommand {
public:
    static int run(const QStringList& arguments); // arguments after "assess"
};

} // namespace starmark
