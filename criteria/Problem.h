#pragma once

#include "criteria/Message.h"

#include <QList>
#include <QString>

namespace starmark {

// A place in a text file, 1-based like an editor shows it. Line 0 means the
// whole file (nothing more precise is known, e.g. it could not be read at all).
struct SourceLocation {
    QString file;
    int line = 0;
    int column = 0;
};

// The one error type of every library: what is wrong (a stable code, listed in
// docs/errors.md, and a message to translate), where in the input (file, line,
// column, key) and how bad. Libraries say what is wrong; the shells add how to
// fix it (flags, menu items) and map the code to an exit code or HTTP status.
struct Problem {
    enum class Severity {
        Warning, // worth telling, changes no result
        Invalid, // the input was read but what it says is wrong (CLI exit 1)
        Unusable, // the input could not be used at all: unreadable, wrong kind (CLI exit 2)
    };

    QString code; // e.g. "catalog.unknown-key"; stable across releases and languages
    Message message;
    SourceLocation where;
    QString key; // path of the key concerned, e.g. requirements[S1.1-04].method
    Severity severity = Severity::Invalid;

    static Problem invalid(QString code, Message message, SourceLocation where = {}, QString key = {});
    static Problem unusable(QString code, Message message, SourceLocation where = {}, QString key = {});
    static Problem warning(QString code, Message message, SourceLocation where = {}, QString key = {});

    // "file:line:column: key: message", in the installed language or the one given.
    QString toString() const;
    QString toString(Language language) const;
};

using Problems = QList<Problem>;

bool hasUnusable(const Problems& problems);
// Any problem but a warning.
bool hasErrors(const Problems& problems);
// The problem of that code, or nullptr: for tests and for shells that treat one code specially.
const Problem* findProblem(const Problems& problems, QStringView code);

} // namespace starmark
