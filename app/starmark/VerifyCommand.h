#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace starmark {

// `starmark verify report.pdf [--trust CA.pem] [--json]`, in the installed language.
class VerifyCommand {
    Q_DECLARE_TR_FUNCTIONS(VerifyCommand)

public:
    static int run(const QStringList& arguments);
};

} // namespace starmark
