#pragma once

#include "reports/ReportVerifier.h"

namespace starmark {

// Who may be the author of a report, read from its signed record: a
// self-declaration is signed in the manufacturer role by the manufacturer it
// names; a lab evaluation in the lab role by the lab it names (the evaluator's
// organisation), with the reviewer's sign-off; a surveillance report by the
// certification body. The author is the first signature. Every path that
// accepts a report (verify, label, the registry) comes through here.
class ReportAuthor {
public:
    SignerRole::Role role = SignerRole::Role::Manufacturer;
    QStringList organisations; // the names the record gives it (any one); empty: no organisation is named
    Message kind; // what the report is, for messages

    // The problem when the record itself cannot have a valid author (it names
    // nobody, or claims what its kind cannot).
    static Result<ReportAuthor> expected(const ReportContent& content);
    // Why the report's author does not fit; empty when it does. For a report whose signatures are trusted.
    static Problems problems(const ReportVerifier::Result& report);
};

} // namespace starmark
