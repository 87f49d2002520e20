#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace starmark {

// `starmark assess audit FILE [--against REPORT.pdf]`: the audit trail, and whether it holds (exit 1 if not).
class AssessAudit {
    Q_DECLARE_TR_FUNCTIONS(AssessAudit)
public:
    static int run(const QStringList& arguments);
};

} // namespace starmark
