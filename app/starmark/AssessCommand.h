#pragma once

#include "CommandLine.h"

#include "criteria/Problem.h"
#include "evaluators/OpenedAssessment.h"

#include <QCoreApplication>
#include <QStringList>

namespace starmark {

// `starmark assess init|set|sign-off|import|export|status|revise|audit|upgrade` on a *.starmark file.
class AssessCommand {
    Q_DECLARE_TR_FUNCTIONS(AssessCommand)
public:
    static int run(const QStringList& arguments); // arguments after "assess"
    // Imports a declaration into OUTPUT (created, or updated when it exists); `declare` uses it too.
    static int import(CommandLine& cli, const QString& declaration, const QString& output, const QString& who);
    // Opens the command's FILE with the catalogs of `library`: nullopt once the problems are
    // printed, with the exit code in `code`; warnings are printed too.
    static std::optional<OpenedAssessment> open(CommandLine& cli, const CatalogLibrary& library, AssessmentFile::Access access, int* code);
};

} // namespace starmark
