#include "evaluators/Product.h"

#include <QRegularExpression>
#include <QUrl>

namespace starmark {

std::optional<QDate> Product::parseDate(const QString& text)
{
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!shape.match(text).hasMatch())
        return std::nullopt;
    const QDate date = QDate::fromString(text, Qt::ISODate);
    return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
}

std::optional<QString> Product::contactProblem(const QString& contact)
{
    const QUrl url(contact, QUrl::StrictMode);
    if (url.isValid() && url.scheme() == QLatin1String("https") && !url.host().isEmpty())
        return std::nullopt;
    if (url.isValid() && url.scheme() == QLatin1String("mailto") && url.path().contains(QLatin1Char('@')))
        return std::nullopt;
    return QStringLiteral("'%1' is not a usable vulnerability contact; give an https:// page or a mailto: address").arg(contact);
}

std::optional<QString> Product::datesProblem() const
{
    if (released.isValid() && supportUntil.isValid() && supportUntil < released) {
        return QStringLiteral("support ends (%1) before the product is released (%2); check both dates")
            .arg(supportUntil.toString(Qt::ISODate), released.toString(Qt::ISODate));
    }
    return std::nullopt;
}

} // namespace starmark
