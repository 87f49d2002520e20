#include "evaluators/ProductFields.h"

#include <QSet>

namespace starmark {

ProductFields::ProductFields(QHash<QString, QString> fields)
    : m_fields(std::move(fields))
{
}

QString ProductFields::field(const QString& key) const
{
    return m_fields.value(key).trimmed();
}

QStringList ProductFields::otherModels() const
{
    QStringList models;
    for (const QString& line : field(QStringLiteral("other_models")).split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            models << line.trimmed();
    }
    return models;
}

Product ProductFields::product() const
{
    Product p;
    p.manufacturer = {field(QStringLiteral("manufacturer.ja")), field(QStringLiteral("manufacturer.en"))};
    p.name = {field(QStringLiteral("name.ja")), field(QStringLiteral("name.en"))};
    p.model = field(QStringLiteral("model"));
    p.otherModels = otherModels();
    p.firmware = field(QStringLiteral("firmware"));
    p.hardware = field(QStringLiteral("hardware"));
    p.released = Product::parseDate(field(QStringLiteral("released"))).value_or(QDate());
    p.supportUntil = Product::parseDate(field(QStringLiteral("support_until"))).value_or(QDate());
    p.vulnerabilityContact = field(QStringLiteral("vulnerability_contact"));
    return p;
}

Problems ProductFields::problems() const
{
    Problems problems;
    auto problem = [&](const char* code, const QString& key, const Message& message) {
        problems << Problem::invalid(QString::fromLatin1(code), message, {}, key);
    };
    for (const QString& key : {QStringLiteral("model"), QStringLiteral("firmware"), QStringLiteral("vulnerability_contact")}) {
        if (field(key).isEmpty())
            problem("product.required", key, Message("ProductFields", "required"));
    }
    if (field(QStringLiteral("manufacturer.ja")).isEmpty() && field(QStringLiteral("manufacturer.en")).isEmpty())
        problem("product.name-missing", QStringLiteral("manufacturer.ja"),
            Message("ProductFields", "the manufacturer is named neither in Japanese nor in English"));
    if (field(QStringLiteral("name.ja")).isEmpty() && field(QStringLiteral("name.en")).isEmpty())
        problem("product.name-missing", QStringLiteral("name.ja"),
            Message("ProductFields", "the product is named neither in Japanese nor in English"));
    const QString model = field(QStringLiteral("model"));
    if (!model.isEmpty()) {
        if (const std::optional<Message> said = Product::modelProblem(model))
            problem("product.bad-model", QStringLiteral("model"), *said);
    }
    const QStringList others = otherModels();
    if (others.size() >= Product::maxModels) {
        problem("product.too-many-models", QStringLiteral("other_models"),
            Message("ProductFields", "the family lists %1 model numbers; the limit is %2").arg(others.size() + 1).arg(Product::maxModels));
    } else {
        QSet<QString> seen{model};
        for (const QString& other : others) {
            if (const std::optional<Message> said = Product::modelProblem(other))
                problem("product.bad-model", QStringLiteral("other_models"), Message("ProductFields", "%1: %2").arg(other).arg(*said));
            else if (seen.contains(other))
                problem("product.duplicate-model", QStringLiteral("other_models"),
                    Message("ProductFields", "the model number \"%1\" is listed twice").arg(other));
            seen.insert(other);
        }
    }
    bool datesRead = true;
    for (const QString& key : {QStringLiteral("released"), QStringLiteral("support_until")}) {
        const QString text = field(key);
        if (text.isEmpty())
            problem("product.required", key, Message("ProductFields", "required"));
        else if (!Product::parseDate(text))
            problem("product.not-a-date", key, Message("ProductFields", "\"%1\" is not a date of the form YYYY-MM-DD").arg(text));
        datesRead = datesRead && Product::parseDate(text).has_value();
    }
    const Product p = product();
    if (datesRead && p.datesProblem())
        problem("product.support-before-release", QStringLiteral("support_until"),
            Message("ProductFields", "security updates end (%1) before the product is released (%2)")
                .arg(p.supportUntil.toString(Qt::ISODate))
                .arg(p.released.toString(Qt::ISODate)));
    if (!p.vulnerabilityContact.isEmpty() && Product::contactProblem(p.vulnerabilityContact))
        problem("product.contact-unusable", QStringLiteral("vulnerability_contact"),
            Message("ProductFields", "\"%1\" is neither an https:// page nor a mailto: address").arg(p.vulnerabilityContact));
    return problems;
}

} // namespace starmark
