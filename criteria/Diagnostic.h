#pragma once

#include "criteria/Problem.h" // SourceLocation, until Diagnostic gives way to Problem

#include <QList>
#include <QString>

namespace starmark {

// One problem found in an input file: where it is, which key it concerns, what
// is wrong and what to do about it. Carried unchanged from the loader to the
// CLI and the GUI so that every user sees the same precise message.
struct Diagnostic {
    enum class Severity {
        Invalid, // the file was read but its content is wrong (exit 1)
        Unreadable, // the file could not be read as what it should be (exit 2)
    };

    SourceLocation where;
    QString key; // path of the key concerned, e.g. requirements[S1.1-04].method
    QString message; // what is wrong, and how to fix it
    Severity severity = Severity::Invalid;

    QString toString() const;
};

using Diagnostics = QList<Diagnostic>;

bool hasUnreadable(const Diagnostics& diagnostics);

} // namespace starmark
