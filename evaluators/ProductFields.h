#pragma once

#include "criteria/Problem.h"
#include "evaluators/Product.h"

#include <QHash>

namespace starmark {

// The product as a user fills it in, field by field, under the keys
// `starmark assess set` uses (manufacturer.ja, model, released, …): what it must
// be before an assessment is started on it or changed to it. Every problem names
// its field in `key`, so that a form shows it under that field. `other_models`
// holds the rest of the family, one model number a line.
class ProductFields {
public:
    explicit ProductFields(QHash<QString, QString> fields);

    // The product the fields describe; a date that is not a date stays null.
    Product product() const;
    // Empty when the product may be saved. Codes: product.required, product.name-missing,
    // product.not-a-date, product.support-before-release, product.contact-unusable,
    // product.bad-model, product.duplicate-model, product.too-many-models.
    Problems problems() const;

private:
    QString field(const QString& key) const;
    QStringList otherModels() const;

    QHash<QString, QString> m_fields;
};

} // namespace starmark
