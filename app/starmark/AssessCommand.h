#pragma once

#include "CommandLine.h"

#include <QStringList>

namespace starmark {

// `starmark assess init|set|sign-off|import|export|status|revise|audit` on a *.starmark file.
class AssessCommand {
public:
    static int run(const QStringList& arguments); // arguments after "assess"
    // Imports a declaration into OUTPUT (created, or updated when it exists); `declare` uses it too.
    static int import(CommandLine& cli, const QString& declaration, const QString& output, const QString& who);
};

} // namespace starmark
