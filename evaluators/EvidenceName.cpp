#include "evaluators/EvidenceName.h"

#include <QFileInfo>

namespace starmark {

QString EvidenceName::numbered(const QString& name, int n)
{
    const QFileInfo info(name);
    const QString folder = info.path() == QLatin1String(".") ? QString() : info.path() + QLatin1Char('/');
    const QString suffix = info.suffix().isEmpty() ? QString() : QLatin1Char('.') + info.suffix();
    return QStringLiteral("%1%2 (%3)%4").arg(folder, info.completeBaseName()).arg(n).arg(suffix);
}

QString EvidenceName::unique(const QString& name, const std::function<bool(const QString&)>& taken)
{
    QString candidate = name;
    for (int n = 2; taken(candidate); ++n)
        candidate = numbered(name, n);
    return candidate;
}

} // namespace starmark
