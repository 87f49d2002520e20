#pragma once

#include "evaluators/Assessment.h"

#include <QWizard>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QRadioButton;

namespace starmark {
struct Catalog;
}

namespace starmark::studio {

class ProductFieldsPage;
class ProfileQuestionsPage;
class Session;
class Studio;

// Starts an assessment in four steps: scheme, catalog, level and mode; the
// product, checked as it is typed; the product profile, showing which
// requirements each answer rules out and why; where to keep the file.
class NewAssessmentWizard : public QWizard {
    Q_OBJECT
public:
    enum Page { CatalogPage, ProductPage, ProfilePage, FilePage };

    NewAssessmentWizard(const Studio& studio, QWidget* parent = nullptr);
    // The product and profile steps alone, filled in from `existing`: how they are changed later.
    NewAssessmentWizard(const Studio& studio, const Assessment& existing, QWidget* parent = nullptr);
    ~NewAssessmentWizard() override;
    // The assessment as entered so far.
    Assessment assessment() const;
    // After the wizard is accepted: the file it created, open.
    std::unique_ptr<Session> takeSession();

    bool validateCurrentPage() override;
    void initializePage(int id) override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    const Catalog* catalog() const;
    void fillCatalogs();
    void catalogChosen();

    const Studio& m_studio;
    // Catalog page
    QLabel* m_schemeLabel;
    QComboBox* m_scheme;
    QLabel* m_catalogLabel;
    QListWidget* m_catalogs;
    QLabel* m_catalogInfo;
    QRadioButton* m_self;
    QRadioButton* m_lab;
    QLabel* m_modeNote;
    ProductFieldsPage* m_product;
    ProfileQuestionsPage* m_profile;
    // File page
    QLabel* m_pathLabel;
    QLineEdit* m_path;
    QLabel* m_summary;
    std::unique_ptr<Session> m_session;
    std::optional<Assessment> m_existing; // when changing an assessment rather than starting one
};

} // namespace starmark::studio
