#pragma once

#include <QStringList>

namespace starmark {

// `starmark verify report.pdf [--trust CA.pem] [--json]`.
class VerifyCommand {
public:
    static int run(const QStringList& arguments);
};

} // namespace starmark
