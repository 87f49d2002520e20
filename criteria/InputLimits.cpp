#include "criteria/InputLimits.h"

#include <QLocale>

#include <algorithm>

namespace starmark {

qsizetype InputLimits::characters(const QString& text)
{
    return text.size() - std::count_if(text.cbegin(), text.cend(), [](QChar c) { return c.isLowSurrogate(); });
}

QString InputLimits::figure(qint64 value)
{
    QLocale grouped = QLocale::c();
    grouped.setNumberOptions(QLocale::DefaultNumberOptions);
    return grouped.toString(value);
}

QString InputLimits::exceeded(const QString& what, qint64 found, qint64 limit, const QString& unit, const QString& fix)
{
    return QStringLiteral("%1 %2 %3; the limit is %4 %3 (docs/limits.md): %5").arg(what, figure(found), unit, figure(limit), fix);
}

} // namespace starmark
