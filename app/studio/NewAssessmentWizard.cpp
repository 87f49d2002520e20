#include "NewAssessmentWizard.h"

#include "ProductFieldsPage.h"
#include "ProfileQuestionsPage.h"
#include "Session.h"
#include "Studio.h"

#include "evaluators/NewAssessment.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QRadioButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace starmark::studio {

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
    , m_product(new ProductFieldsPage)
    , m_profile(new ProfileQuestionsPage(studio))
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

    setPage(ProductPage, m_product);
    setPage(ProfilePage, m_profile);

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
    m_product->fill(existing);
    if (const Catalog* c = catalog())
        m_profile->ask(*c);
    m_profile->setAnswers(existing.profile);
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
    m_pathLabel->setText(tr("&File:"));
    m_path->setAccessibleName(tr("Assessment file"));
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
    a.product = m_product->product();
    a.evaluator = m_product->evaluator();
    a.profile = m_profile->answers();
    return a;
}

void NewAssessmentWizard::initializePage(int id)
{
    if (id == ProfilePage && catalog() && m_profile->catalog() != catalog())
        m_profile->ask(*catalog());
    if (id == FilePage && m_path->text().isEmpty()) {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        // A model number may hold a "/" (WXR18000BE10P/D): in a file name it would be a folder.
        const QString model = QString(m_product->model()).replace(QLatin1Char('/'), QLatin1Char('-'));
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

bool NewAssessmentWizard::validateCurrentPage()
{
    switch (currentId()) {
    case CatalogPage:
        return catalog() != nullptr;
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
    default: // the product step checks itself
        return QWizard::validateCurrentPage();
    }
}

} // namespace starmark::studio
