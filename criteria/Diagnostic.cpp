#include "criteria/Diagnostic.h"

#include <algorithm>

namespace starmark {

QString Diagnostic::toString() const
{
    QString text = where.file;
    if (where.line > 0)
        text += QStringLiteral(":%1:%2").arg(where.line).arg(where.column);
    text += QStringLiteral(": ");
    if (!key.isEmpty())
        text += key + QStringLiteral(": ");
    return text + message;
}

bool hasUnreadable(const Diagnostics& diagnostics)
{
    return std::any_of(
        diagnostics.begin(), diagnostics.end(), [](const Diagnostic& d) { return d.severity == Diagnostic::Severity::Unreadable; });
}

} // namespace starmark
