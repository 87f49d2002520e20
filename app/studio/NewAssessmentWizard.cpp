#include "NewAssessmentWizard.h"

#include "Session.h"
#include "Studio.h"

#include "evaluators/Applicability.h"
#include "evaluators/NewAssessment.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QRadioButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace starmark::studio {
namespace {

// The product fields in the order asked, by the key `starmark assess set` uses.
const QStringList productKeys{QStringLiteral("manufacturer.ja"), QStringLiteral("manufacturer.en"), QStringLiteral("name.ja"),
    QStringLiteral("name.en"), QStringLiteral("model"), QStringLiteral("firmware"), QStringLiteral("hardware"),
    QStringLiteral("released"), QStringLiteral("support_until"), QStringLiteral("vulnerability_contact"),
    QStringLiteral("evaluator.name"), QStringLiteral("evaluator.organisation")};

QLabel* errorLabel()
{
    auto* label = new QLabel;
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    label->hide();
    return label;
}

} // namespace

NewAssessmentWizard::NewAssessmentWizard(const Studio& studio, QWidget* parent)
    : QWizard(parent)
    , m_studio(studio)
    , m_schemeLabel(new QLabel)
    , m_scheme(new QComboBox)
    , m_catalogLabel(new QLabel)
    , m_catalogs(new QListWidget)
    , m_catalogInfo(new QLabel)
    , m_self(new QRadioButton)
    , m_lab(new QRadioButton)
    , m_modeNote(new QLabel)
    , m_productForm(new QFormLayout)
    , m_questionsLayout(new QVBoxLayout)
    , m_effectsLabel(new QLabel)
    , m_effects(new QListWidget)
    , m_pathLabel(new QLabel)
    , m_path(new QLineEdit)
    , m_summary(new QLabel)
{
    setObjectName(QStringLiteral("newAssessmentWizard"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    m_scheme->setObjectName(QStringLiteral("scheme"));
    m_catalogs->setObjectName(QStringLiteral("catalogs"));
    m_self->setObjectName(QStringLiteral("modeSelf"));
    m_lab->setObjectName(QStringLiteral("modeLab"));
    m_effects->setObjectName(QStringLiteral("effects"));
    m_effects->setWordWrap(true);
    m_path->setObjectName(QStringLiteral("path"));

    auto* catalogPage = new QWizardPage;
    auto* c = new QVBoxLayout(catalogPage);
    c->addWidget(m_schemeLabel);
    c->addWidget(m_scheme);
    c->addWidget(m_catalogLabel);
    c->addWidget(m_catalogs, 1);
    m_catalogInfo->setWordWrap(true);
    c->addWidget(m_catalogInfo);
    auto* modes = new QButtonGroup(catalogPage);
    modes->addButton(m_self);
    modes->addButton(m_lab);
    c->addWidget(m_self);
    c->addWidget(m_lab);
    m_modeNote->setWordWrap(true);
    c->addWidget(m_modeNote);
    m_schemeLabel->setBuddy(m_scheme);
    m_catalogLabel->setBuddy(m_catalogs);
    setPage(CatalogPage, catalogPage);

    auto* productPage = new QWizardPage;
    productPage->setLayout(m_productForm);
    for (const QString& key : productKeys) {
        auto* field = new QLineEdit;
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
        m_productForm->addRow(label, box);
        m_fields.insert(key, field);
        m_fieldErrors.insert(key, error);
        m_fieldLabels.insert(key, label);
        connect(field, &QLineEdit::textChanged, this, &NewAssessmentWizard::checkProduct);
    }
    m_fields[QStringLiteral("released")]->setPlaceholderText(QStringLiteral("2026-04-01"));
    m_fields[QStringLiteral("support_until")]->setPlaceholderText(QStringLiteral("2031-03-31"));
    m_fields[QStringLiteral("vulnerability_contact")]->setPlaceholderText(QStringLiteral("https://example.com/security"));
    setPage(ProductPage, productPage);

    auto* profilePage = new QWizardPage;
    auto* p = new QVBoxLayout(profilePage);
    p->addLayout(m_questionsLayout);
    m_effectsLabel->setWordWrap(true);
    p->addWidget(m_effectsLabel);
    p->addWidget(m_effects, 1);
    setPage(ProfilePage, profilePage);

    auto* filePage = new QWizardPage;
    auto* f = new QVBoxLayout(filePage);
    f->addWidget(m_pathLabel);
    f->addWidget(m_path);
    m_pathLabel->setBuddy(m_path);
    m_summary->setWordWrap(true);
    f->addWidget(m_summary);
    f->addStretch();
    setPage(FilePage, filePage);

    fillCatalogs();
    connect(m_scheme, &QComboBox::currentIndexChanged, this, &NewAssessmentWizard::fillCatalogs);
    connect(m_catalogs, &QListWidget::currentRowChanged, this, &NewAssessmentWizard::catalogChosen);
    catalogChosen();
    resize(760, 640);
    retranslate();
}

NewAssessmentWizard::NewAssessmentWizard(const Studio& studio, const Assessment& existing, QWidget* parent)
    : NewAssessmentWizard(studio, parent)
{
    m_existing = existing;
    for (int i = 0; i < m_catalogs->count(); ++i) {
        if (m_catalogs->item(i)->data(Qt::UserRole).toString() == existing.catalog)
            m_catalogs->setCurrentRow(i);
    }
    (existing.mode == Assessment::Mode::Lab ? m_lab : m_self)->setChecked(true);
    const Product& p = existing.product;
    const QList<std::pair<const char*, QString>> values{{"manufacturer.ja", p.manufacturer.ja}, {"manufacturer.en", p.manufacturer.en},
        {"name.ja", p.name.ja}, {"name.en", p.name.en}, {"model", p.model}, {"firmware", p.firmware}, {"hardware", p.hardware},
        {"released", p.released.toString(Qt::ISODate)}, {"support_until", p.supportUntil.toString(Qt::ISODate)},
        {"vulnerability_contact", p.vulnerabilityContact}, {"evaluator.name", existing.evaluator.name},
        {"evaluator.organisation", existing.evaluator.organisation}};
    for (const auto& [key, value] : values)
        m_fields.value(QLatin1String(key))->setText(value);
    buildProfile();
    for (auto it = existing.profile.cbegin(); it != existing.profile.cend(); ++it) {
        if (QComboBox* answer = m_answers.value(it.key())) {
            const int index = answer->findData(it.value());
            if (index >= 0)
                answer->setCurrentIndex(index);
            else if (answer->isEditable())
                answer->setEditText(it.value());
        }
    }
    // The catalog and the file are what the assessment is; only the product and profile change.
    // Removed pages stay (hidden): their widgets still say which catalog this is.
    for (const Page id : {CatalogPage, FilePage}) {
        QWizardPage* removed = page(id);
        removePage(id);
        removed->hide();
    }
    setStartId(ProductPage);
    retranslate();
}

NewAssessmentWizard::~NewAssessmentWizard() = default;

std::unique_ptr<Session> NewAssessmentWizard::takeSession()
{
    return std::move(m_session);
}

void NewAssessmentWizard::fillCatalogs()
{
    const QString scheme = m_scheme->currentText();
    if (m_scheme->count() == 0) {
        QStringList schemes;
        for (const Catalog* c : m_studio.library().catalogs()) {
            if (!schemes.contains(c->scheme))
                schemes << c->scheme;
        }
        const QSignalBlocker block(m_scheme);
        m_scheme->addItems(schemes);
    }
    m_catalogs->clear();
    for (const Catalog* c : m_studio.library().catalogs()) {
        // A catalog with errors is not offered; the start page lists its errors.
        if (c->scheme != m_scheme->currentText() || !m_studio.library().isValid(*c))
            continue;
        auto* item = new QListWidgetItem(QStringLiteral("★%1  %2  (%3)").arg(c->level).arg(c->title.in(m_studio.language()), c->id));
        item->setData(Qt::UserRole, c->qualifiedId());
        m_catalogs->addItem(item);
    }
    m_catalogs->setCurrentRow(0);
}

void NewAssessmentWizard::catalogChosen()
{
    const Catalog* cat = catalog();
    if (!cat)
        return;
    const bool labOnly = NewAssessment::defaultMode(cat->level) == Assessment::Mode::Lab;
    m_self->setEnabled(!labOnly);
    (labOnly ? m_lab : m_self)->setChecked(true);
    retranslate();
}

const Catalog* NewAssessmentWizard::catalog() const
{
    const QListWidgetItem* item = m_catalogs->currentItem();
    return item ? m_studio.library().find(item->data(Qt::UserRole).toString()) : nullptr;
}

void NewAssessmentWizard::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizard::changeEvent(event);
}

void NewAssessmentWizard::retranslate()
{
    setWindowTitle(m_existing ? tr("Product and profile") : tr("New assessment"));
    // When a product is changed later, the catalog and file pages are gone.
    auto titles = [this](Page id, const QString& title, const QString& subTitle) {
        if (QWizardPage* p = page(id)) {
            p->setTitle(title);
            p->setSubTitle(subTitle);
        }
    };
    titles(CatalogPage, tr("Scheme, level and mode"), tr("The catalog of the level you aim for; it includes the levels below."));
    titles(ProductPage, tr("The product"), tr("One model at one firmware version. Problems are shown as you type."));
    titles(ProfilePage, tr("Product profile"), tr("Your answers decide which requirements apply."));
    titles(FilePage, tr("Where to keep it"), tr("Every change is saved into this file as you make it."));
    m_schemeLabel->setText(tr("&Scheme:"));
    m_catalogLabel->setText(tr("&Catalog (target level and product category):"));
    m_scheme->setAccessibleName(tr("Scheme"));
    m_catalogs->setAccessibleName(tr("Catalog"));
    m_self->setText(tr("Self-declaration by the manufacturer (★1, ★2)"));
    m_lab->setText(tr("Evaluation by a lab, with test cases and reviewer sign-off (★3, ★4; optional below)"));
    if (const Catalog* c = catalog()) {
        int count = 0;
        for (const Catalog* link : m_studio.library().chain(*c))
            count += int(link->requirements.size());
        m_catalogInfo->setText(tr("★%1 · category %2 · version %3 · %4 requirements including the levels below")
                                   .arg(c->level)
                                   .arg(c->category, c->version)
                                   .arg(count));
        m_modeNote->setText(NewAssessment::defaultMode(c->level) == Assessment::Mode::Lab
                ? tr("★%1 is evaluated by a lab: self-declaration is not offered.").arg(c->level)
                : QString());
    }
    static const QHash<QString, const char*> labels{{QStringLiteral("manufacturer.ja"), QT_TR_NOOP("Manufacturer (Japanese):")},
        {QStringLiteral("manufacturer.en"), QT_TR_NOOP("Manufacturer (English):")},
        {QStringLiteral("name.ja"), QT_TR_NOOP("Product name (Japanese):")},
        {QStringLiteral("name.en"), QT_TR_NOOP("Product name (English):")}, {QStringLiteral("model"), QT_TR_NOOP("&Model number:")},
        {QStringLiteral("firmware"), QT_TR_NOOP("&Firmware version:")}, {QStringLiteral("hardware"), QT_TR_NOOP("&Hardware revision:")},
        {QStringLiteral("released"), QT_TR_NOOP("&Released (YYYY-MM-DD):")},
        {QStringLiteral("support_until"), QT_TR_NOOP("Security &updates until (YYYY-MM-DD):")},
        {QStringLiteral("vulnerability_contact"), QT_TR_NOOP("&Vulnerability contact (https:// or mailto:):")},
        {QStringLiteral("evaluator.name"), QT_TR_NOOP("&Evaluator or declarant:")},
        {QStringLiteral("evaluator.organisation"), QT_TR_NOOP("&Organisation:")}};
    for (auto it = m_fieldLabels.cbegin(); it != m_fieldLabels.cend(); ++it) {
        const QString text = tr(labels.value(it.key()));
        it.value()->setText(text);
        m_fields[it.key()]->setAccessibleName(QString(text).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
    }
    m_effectsLabel->setText(tr("Effect of the answers:"));
    m_effects->setAccessibleName(tr("Effect of the answers"));
    m_pathLabel->setText(tr("&File:"));
    m_path->setAccessibleName(tr("Assessment file"));
    checkProduct();
    if (!m_profileCatalog.isEmpty())
        buildProfile();
}

void NewAssessmentWizard::checkProduct()
{
    QHash<QString, QString> problems;
    auto required = [&](const QString& key) {
        if (m_fields[key]->text().trimmed().isEmpty())
            problems.insert(key, tr("Required."));
    };
    required(QStringLiteral("model"));
    required(QStringLiteral("firmware"));
    if (m_fields[QStringLiteral("manufacturer.ja")]->text().trimmed().isEmpty()
        && m_fields[QStringLiteral("manufacturer.en")]->text().trimmed().isEmpty())
        problems.insert(QStringLiteral("manufacturer.ja"), tr("Give the manufacturer in Japanese, English or both."));
    if (m_fields[QStringLiteral("name.ja")]->text().trimmed().isEmpty() && m_fields[QStringLiteral("name.en")]->text().trimmed().isEmpty())
        problems.insert(QStringLiteral("name.ja"), tr("Give the product name in Japanese, English or both."));
    for (const QString& key : {QStringLiteral("released"), QStringLiteral("support_until")}) {
        const QString text = m_fields[key]->text().trimmed();
        if (text.isEmpty())
            problems.insert(key, tr("Required."));
        else if (!Product::parseDate(text))
            problems.insert(key, tr("Not a date: write it as YYYY-MM-DD, e.g. 2031-03-31."));
    }
    const Product product = assessment().product;
    if (!problems.contains(QStringLiteral("released")) && !problems.contains(QStringLiteral("support_until"))) {
        if (const std::optional<QString> p = product.datesProblem())
            problems.insert(QStringLiteral("support_until"), *p);
    }
    const QString contact = m_fields[QStringLiteral("vulnerability_contact")]->text().trimmed();
    if (contact.isEmpty())
        problems.insert(QStringLiteral("vulnerability_contact"), tr("Required: where to report a vulnerability."));
    else if (const std::optional<QString> p = Product::contactProblem(contact))
        problems.insert(QStringLiteral("vulnerability_contact"), *p);
    for (auto it = m_fieldErrors.cbegin(); it != m_fieldErrors.cend(); ++it) {
        // A field not yet touched is not scolded; Next names what is missing.
        const bool show = problems.contains(it.key()) && (!m_fields[it.key()]->text().isEmpty() || m_triedNext);
        it.value()->setText(problems.value(it.key()));
        it.value()->setVisible(show);
        m_fields[it.key()]->setAccessibleDescription(problems.value(it.key()));
    }
    m_productProblems = QStringList(problems.values()).join(QLatin1Char('\n'));
}

Assessment NewAssessmentWizard::assessment() const
{
    Assessment a;
    if (const Catalog* c = catalog()) {
        const Result<Assessment> started
            = NewAssessment::of(m_studio.library(), *c, m_lab->isChecked() ? Assessment::Mode::Lab : Assessment::Mode::Self);
        if (started)
            a = *started;
    }
    auto text = [&](const char* key) { return m_fields.value(QLatin1String(key))->text().trimmed(); };
    a.product.manufacturer = {text("manufacturer.ja"), text("manufacturer.en")};
    a.product.name = {text("name.ja"), text("name.en")};
    a.product.model = text("model");
    a.product.firmware = text("firmware");
    a.product.hardware = text("hardware");
    a.product.released = Product::parseDate(text("released")).value_or(QDate());
    a.product.supportUntil = Product::parseDate(text("support_until")).value_or(QDate());
    a.product.vulnerabilityContact = text("vulnerability_contact");
    a.evaluator = {text("evaluator.name"), text("evaluator.organisation")};
    a.profile = profile();
    return a;
}

void NewAssessmentWizard::initializePage(int id)
{
    if (id == ProfilePage && catalog() && m_profileCatalog != catalog()->qualifiedId())
        buildProfile();
    if (id == FilePage && m_path->text().isEmpty()) {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        const QString model = m_fields[QStringLiteral("model")]->text().trimmed();
        m_path->setText(QDir(folder).filePath((model.isEmpty() ? QStringLiteral("assessment") : model) + QStringLiteral(".starmark")));
    }
    if (id == FilePage) {
        const Assessment a = assessment();
        m_summary->setText(tr("%1 %2 (firmware %3): ★%4, %5.")
                               .arg(a.product.name.in(m_studio.language()), a.product.model, a.product.firmware)
                               .arg(a.level)
                               .arg(a.mode == Assessment::Mode::Lab ? tr("lab evaluation") : tr("self-declaration")));
    }
    QWizard::initializePage(id);
}

void NewAssessmentWizard::buildProfile()
{
    const QMap<QString, QString> kept = profile();
    qDeleteAll(m_questionRows);
    m_questionRows.clear();
    m_answers.clear();
    const Catalog* c = catalog();
    if (!c)
        return;
    m_profileCatalog = c->qualifiedId();
    const Language language = m_studio.language();
    for (const Catalog* link : m_studio.library().chain(*c)) {
        for (const Question& q : link->questions) {
            auto* row = new QWidget;
            auto* form = new QFormLayout(row);
            form->setContentsMargins(0, 0, 0, 0);
            auto* label = new QLabel(q.text.in(language));
            label->setWordWrap(true);
            auto* answer = new QComboBox;
            answer->setObjectName(QStringLiteral("profile.") + q.id);
            answer->setAccessibleName(q.text.in(language));
            label->setBuddy(answer);
            answer->addItem(tr("— not answered —"), QString());
            switch (q.type) {
            case Question::Type::Boolean:
                answer->addItem(tr("Yes"), QStringLiteral("true"));
                answer->addItem(tr("No"), QStringLiteral("false"));
                break;
            case Question::Type::Choice:
                for (const Question::Option& o : q.options)
                    answer->addItem(o.text.in(language), o.id);
                break;
            case Question::Type::Text:
                answer->setEditable(true);
                break;
            }
            const int kept_ = answer->findData(kept.value(q.id));
            answer->setCurrentIndex(kept_ >= 0 ? kept_ : 0);
            connect(answer, &QComboBox::currentIndexChanged, this, &NewAssessmentWizard::showEffects);
            form->addRow(label, answer);
            m_questionsLayout->addWidget(row);
            m_questionRows << row;
            m_answers.insert(q.id, answer);
        }
    }
    showEffects();
}

QMap<QString, QString> NewAssessmentWizard::profile() const
{
    QMap<QString, QString> answers;
    for (auto it = m_answers.cbegin(); it != m_answers.cend(); ++it) {
        const QString value = it.value()->isEditable() ? it.value()->currentText().trimmed() : it.value()->currentData().toString();
        if (!value.isEmpty() && value != tr("— not answered —"))
            answers.insert(it.key(), value);
    }
    return answers;
}

void NewAssessmentWizard::showEffects()
{
    m_effects->clear();
    const Catalog* c = catalog();
    if (!c)
        return;
    const QMap<QString, QString> answers = profile();
    const Language language = m_studio.language();
    int ruledOut = 0;
    int undecided = 0;
    for (const Catalog* link : m_studio.library().chain(*c)) {
        for (const Requirement& r : link->requirements) {
            const Applicability a = Applicability::of(r, answers);
            if (a.state == Applicability::State::NotApplicable) {
                ++ruledOut;
                new QListWidgetItem(tr("%1 %2 — not applicable: %3").arg(r.id, r.title.in(language), a.justification.in(language)), m_effects);
            } else if (a.state == Applicability::State::Unknown) {
                ++undecided;
                new QListWidgetItem(
                    tr("%1 %2 — applies until answered: %3").arg(r.id, r.title.in(language), a.unanswered.join(QStringLiteral(", "))),
                    m_effects);
            }
        }
    }
    m_effectsLabel->setText(ruledOut + undecided == 0 ? tr("Effect of the answers: every requirement applies.")
                                                      : tr("Effect of the answers: %1 not applicable, %2 waiting for an answer.")
                                                            .arg(ruledOut)
                                                            .arg(undecided));
}

bool NewAssessmentWizard::validateCurrentPage()
{
    switch (currentId()) {
    case CatalogPage:
        return catalog() != nullptr;
    case ProductPage:
        m_triedNext = true;
        checkProduct();
        return m_productProblems.isEmpty();
    case FilePage: {
        QString path = m_path->text().trimmed();
        if (!path.endsWith(QLatin1String(".starmark")))
            path += QStringLiteral(".starmark");
        m_path->setText(path);
        QString error;
        if (QFileInfo::exists(path))
            error = tr("%1 already exists; choose another name, or open it from the start page").arg(path);
        else if (!QDir().mkpath(QFileInfo(path).absolutePath()))
            error = tr("%1: the folder cannot be created; choose another place").arg(QFileInfo(path).absolutePath());
        else
            m_session = Session::create(path, assessment(), m_studio, &error);
        if (!m_session) {
            QMessageBox::warning(this, tr("New assessment"), error);
            return false;
        }
        return true;
    }
    default:
        return true;
    }
}

} // namespace starmark::studio
