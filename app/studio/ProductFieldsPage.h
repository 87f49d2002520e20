#pragma once

#include "evaluators/Assessment.h"

#include <QHash>
#include <QWizardPage>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace starmark::studio {

// The wizard's product step: the product and who assesses it, checked as it is
// typed (ProductFields: the rules are the library's), each problem shown under
// its field in the app's language.
class ProductFieldsPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ProductFieldsPage(QWidget* parent = nullptr);

    void fill(const Assessment& existing);
    Product product() const;
    Assessment::Person evaluator() const;
    QString model() const;

    // Next: from then on, empty required fields are flagged too.
    bool validatePage() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    // Shows each field's problem; true when there is none.
    bool check();
    QHash<QString, QString> texts() const;
    QString text(const QString& key) const;
    void setAccessibleDescription(const QString& key, const QString& description);

    QFormLayout* m_form;
    QHash<QString, QLineEdit*> m_fields;
    // The rest of the family, one model number a line: a list pasted from a spreadsheet column lands as it is.
    QPlainTextEdit* m_otherModels;
    QHash<QString, QLabel*> m_labels;
    QHash<QString, QLabel*> m_errors;
    bool m_triedNext = false;
};

} // namespace starmark::studio
