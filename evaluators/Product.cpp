#include "evaluators/Product.h"

#include <QRegularExpression>
#include <QSet>
#include <QUrl>

namespace starmark {

QStringList Product::models() const
{
    return QStringList{model} + otherModels;
}

std::optional<Message> Product::modelProblem(const QString& model)
{
    if (model.isEmpty())
        return Message("Product", "the model number is empty");
    const qsizetype bytes = model.toUtf8().size();
    if (bytes > maxModelBytes)
        return Message("Product", "the model number has %1 bytes in UTF-8; the limit is %2").arg(bytes).arg(maxModelBytes);
    for (const QChar c : model) {
        const QChar::Category category = c.category();
        if (category == QChar::Other_Control || category == QChar::Other_Format || category == QChar::Separator_Line
            || category == QChar::Separator_Paragraph)
            return Message("Product", "the model number contains the control character U+%1")
                .arg(QStringLiteral("%1").arg(c.unicode(), 4, 16, QLatin1Char('0')).toUpper());
    }
    if (model.front().isSpace() || model.back().isSpace())
        return Message("Product", "the model number begins or ends with a space");
    // A model number becomes part of file names and addresses: it must not be able to walk a path.
    const QStringList segments = model.split(QLatin1Char('/'));
    if (model.contains(QLatin1Char('\\')) || model.startsWith(QLatin1Char('/'))
        || segments.contains(QStringLiteral(".")) || segments.contains(QStringLiteral("..")))
        return Message("Product", "the model number \"%1\" reads as a file path").arg(model);
    return std::nullopt;
}

std::optional<Message> Product::familyProblem(const QStringList& models)
{
    if (models.size() > maxModels)
        return Message("Product", "the family has %1 models; the limit is %2").arg(models.size()).arg(maxModels);
    QSet<QString> seen;
    for (const QString& model : models) {
        if (const std::optional<Message> problem = modelProblem(model))
            return Message("Product", "model %1: %2").arg(model).arg(*problem);
        if (seen.contains(model))
            return Message("Product", "the model %1 is listed twice").arg(model);
        seen.insert(model);
    }
    return std::nullopt;
}

std::optional<Message> Product::interfaceProblem(const QString& entry)
{
    static const QRegularExpression shape(QStringLiteral("^(tcp|udp|sctp)/([1-9][0-9]{0,4})(?: (\\S.{0,63}))?$"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch match = shape.match(entry);
    if (!match.hasMatch())
        return Message("Product", "\"%1\" is not a needed interface written as a protocol (tcp, udp or sctp), a slash and a port, e.g. tcp/443 https")
            .arg(entry);
    if (match.captured(2).toInt() > 65535)
        return Message("Product", "the port %1 is outside 1–65535").arg(match.captured(2));
    for (const QChar c : match.captured(3)) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return Message("Product", "the service name of %1 contains a control character").arg(interfaceKey(entry));
    }
    return std::nullopt;
}

QString Product::interfaceKey(const QString& entry)
{
    return entry.section(QLatin1Char(' '), 0, 0).toLower();
}

std::optional<Message> Product::interfacesProblem(const QStringList& entries)
{
    if (entries.size() > maxNeededInterfaces)
        return Message("Product", "%1 needed interfaces are listed; the limit is %2").arg(entries.size()).arg(maxNeededInterfaces);
    QSet<QString> seen;
    for (const QString& entry : entries) {
        if (const std::optional<Message> problem = interfaceProblem(entry))
            return problem;
        if (seen.contains(interfaceKey(entry)))
            return Message("Product", "the interface %1 is listed twice").arg(interfaceKey(entry));
        seen.insert(interfaceKey(entry));
    }
    return std::nullopt;
}

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
