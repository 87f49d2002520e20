#include "ProductFieldsPage.h"

#include "evaluators/ProductFields.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace starmark::studio {
namespace {

// The fields in the order asked, by the key `starmark assess set` uses.
const QStringList keys{QStringLiteral("manufacturer.ja"), QStringLiteral("manufacturer.en"), QStringLiteral("name.ja"),
    QStringLiteral("name.en"), QStringLiteral("model"), QStringLiteral("firmware"), QStringLiteral("hardware"),
    QStringLiteral("released"), QStringLiteral("support_until"), QStringLiteral("vulnerability_contact"),
    QStringLiteral("evaluator.name"), QStringLiteral("evaluator.organisation")};

const QString otherModels = QStringLiteral("other_models");

QLabel* errorLabel()
{
    auto* label = new QLabel;
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    label->hide();
    return label;
}

} // namespace

ProductFieldsPage::ProductFieldsPage(QWidget* parent)
    : QWizardPage(parent)
    , m_form(new QFormLayout(this))
    , m_otherModels(new QPlainTextEdit)
{
    const auto addRow = [&](const QString& key, QWidget* field) {
        field->setObjectName(key);
        auto* box = new QWidget;
        auto* v = new QVBoxLayout(box);
        v->setContentsMargins(0, 0, 0, 0);
        v->setSpacing(2);
        v->addWidget(field);
        QLabel* error = errorLabel();
        error->setObjectName(key + QStringLiteral(".error"));
        v->addWidget(error);
        auto* label = new QLabel;
        label->setBuddy(field);
        m_form->addRow(label, box);
        m_errors.insert(key, error);
        m_labels.insert(key, label);
    };
    for (const QString& key : keys) {
        auto* field = new QLineEdit;
        addRow(key, field);
        m_fields.insert(key, field);
        connect(field, &QLineEdit::textChanged, this, &ProductFieldsPage::check);
        if (key == QLatin1String("model"))
            addRow(otherModels, m_otherModels);
    }
    m_otherModels->setTabChangesFocus(true);
    m_otherModels->setFixedHeight(m_otherModels->fontMetrics().lineSpacing() * 4 + 12);
    m_otherModels->setPlaceholderText(QStringLiteral("MS-CAM100W\nMS-CAM100/B"));
    connect(m_otherModels, &QPlainTextEdit::textChanged, this, &ProductFieldsPage::check);
    m_fields[QStringLiteral("released")]->setPlaceholderText(QStringLiteral("2026-04-01"));
    m_fields[QStringLiteral("support_until")]->setPlaceholderText(QStringLiteral("2031-03-31"));
    m_fields[QStringLiteral("vulnerability_contact")]->setPlaceholderText(QStringLiteral("https://example.com/security"));
    retranslate();
}

void ProductFieldsPage::fill(const Assessment& existing)
{
    const Product& p = existing.product;
    const QList<std::pair<const char*, QString>> values{{"manufacturer.ja", p.manufacturer.ja}, {"manufacturer.en", p.manufacturer.en},
        {"name.ja", p.name.ja}, {"name.en", p.name.en}, {"model", p.model}, {"firmware", p.firmware}, {"hardware", p.hardware},
        {"released", p.released.toString(Qt::ISODate)}, {"support_until", p.supportUntil.toString(Qt::ISODate)},
        {"vulnerability_contact", p.vulnerabilityContact}, {"evaluator.name", existing.evaluator.name},
        {"evaluator.organisation", existing.evaluator.organisation}};
    for (const auto& [key, value] : values)
        m_fields.value(QLatin1String(key))->setText(value);
    m_otherModels->setPlainText(p.otherModels.join(QLatin1Char('\n')));
}

QHash<QString, QString> ProductFieldsPage::texts() const
{
    QHash<QString, QString> texts;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        texts.insert(it.key(), it.value()->text());
    texts.insert(otherModels, m_otherModels->toPlainText());
    return texts;
}

QString ProductFieldsPage::text(const QString& key) const
{
    return key == otherModels ? m_otherModels->toPlainText() : m_fields.value(key)->text();
}

void ProductFieldsPage::setAccessibleDescription(const QString& key, const QString& description)
{
    if (key == otherModels)
        m_otherModels->setAccessibleDescription(description);
    else
        m_fields.value(key)->setAccessibleDescription(description);
}

Product ProductFieldsPage::product() const
{
    return ProductFields(texts()).product();
}

Assessment::Person ProductFieldsPage::evaluator() const
{
    return {m_fields[QStringLiteral("evaluator.name")]->text().trimmed(), m_fields[QStringLiteral("evaluator.organisation")]->text().trimmed()};
}

QString ProductFieldsPage::model() const
{
    return m_fields[QStringLiteral("model")]->text().trimmed();
}

bool ProductFieldsPage::validatePage()
{
    m_triedNext = true;
    return check();
}

bool ProductFieldsPage::check()
{
    const Problems problems = ProductFields(texts()).problems();
    QHash<QString, QString> said;
    for (const Problem& p : problems)
        said.insert(p.key, p.message.text()); // under its field: the field is the place
    for (auto it = m_errors.cbegin(); it != m_errors.cend(); ++it) {
        // A field not yet touched is not scolded; Next names what is missing.
        const bool show = said.contains(it.key()) && (!text(it.key()).isEmpty() || m_triedNext);
        it.value()->setText(said.value(it.key()));
        it.value()->setVisible(show);
        setAccessibleDescription(it.key(), said.value(it.key()));
    }
    return problems.isEmpty();
}

void ProductFieldsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void ProductFieldsPage::retranslate()
{
    setTitle(tr("The product"));
    setSubTitle(tr("One product family at one firmware version: the representative model, and the other models the application covers. Problems are shown as you type."));
    static const QHash<QString, const char*> labels{{QStringLiteral("manufacturer.ja"), QT_TR_NOOP("Manufacturer (Japanese):")},
        {QStringLiteral("manufacturer.en"), QT_TR_NOOP("Manufacturer (English):")},
        {QStringLiteral("name.ja"), QT_TR_NOOP("Product name (Japanese):")},
        {QStringLiteral("name.en"), QT_TR_NOOP("Product name (English):")}, {QStringLiteral("model"), QT_TR_NOOP("&Model number (representative):")},
        {otherModels, QT_TR_NOOP("O&ther models of the family (one a line):")},
        {QStringLiteral("firmware"), QT_TR_NOOP("&Firmware version:")}, {QStringLiteral("hardware"), QT_TR_NOOP("&Hardware revision:")},
        {QStringLiteral("released"), QT_TR_NOOP("&Released (YYYY-MM-DD):")},
        {QStringLiteral("support_until"), QT_TR_NOOP("Security &updates until (YYYY-MM-DD):")},
        {QStringLiteral("vulnerability_contact"), QT_TR_NOOP("&Vulnerability contact (https:// or mailto:):")},
        {QStringLiteral("evaluator.name"), QT_TR_NOOP("&Evaluator or declarant:")},
        {QStringLiteral("evaluator.organisation"), QT_TR_NOOP("&Organisation:")}};
    for (auto it = m_labels.cbegin(); it != m_labels.cend(); ++it) {
        const QString caption = tr(labels.value(it.key()));
        it.value()->setText(caption);
        const QString name = QString(caption).remove(QLatin1Char('&')).remove(QLatin1Char(':'));
        if (it.key() == otherModels)
            m_otherModels->setAccessibleName(name);
        else
            m_fields[it.key()]->setAccessibleName(name);
    }
    check();
}

} // namespace starmark::studio
