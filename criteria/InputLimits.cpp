#include "criteria/InputLimits.h"

#include <QLocale>

#include <algorithm>

namespace starmark {

qsizetype InputLimits::characters(const QString& text)
{
    return text.size() - std::count_if(text.cbegin(), text.cend(), [](QChar c) { return c.isLowSurrogate(); });
}

QString InputLimits::exceeded(const QString& what, qint64 found, qint64 limit, const QString& unit, const QString& fix)
{
    // Digits grouped (50,000,000) because people compare the two figures.
    QLocale grouped = QLocale::c();
    grouped.setNumberOptions(QLocale::DefaultNumberOptions);
    return QStringLiteral("%1 %2 %3; the limit is %4 %3 (docs/limits.md): %5")
        .arg(what, grouped.toString(found), unit, grouped.toString(limit), fix);
}

} // namespace starmark
