// The wizard's product step in the app's language: the date rules are the
// library's (ProductFields), and what the wizard shows under a field is the
// library's Problem, translated; a product that breaks them goes no further.
#include "StudioFixture.h"

#include "NewAssessmentWizard.h"

#include "evaluators/ProductFields.h"

#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTest>

#include <gtest/gtest.h>

using namespace starmark;
using namespace starmark::studio;
using namespace starmark::studio::test;

namespace {

const QHash<QString, QString> camera{{QStringLiteral("manufacturer.ja"), QStringLiteral("株式会社ミライセンス")},
    {QStringLiteral("name.ja"), QStringLiteral("屋内ネットワークカメラ")}, {QStringLiteral("model"), QStringLiteral("MS-CAM100")},
    {QStringLiteral("firmware"), QStringLiteral("2.4.1")}, {QStringLiteral("released"), QStringLiteral("2026-04-01")},
    {QStringLiteral("support_until"), QStringLiteral("2031-03-31")},
    {QStringLiteral("vulnerability_contact"), QStringLiteral("https://miraisense.example/security")}};

// The wizard at its product step with `fields` typed in.
void type(NewAssessmentWizard& wizard, const QHash<QString, QString>& fields)
{
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        auto* field = wizard.findChild<QLineEdit*>(it.key());
        ASSERT_NE(field, nullptr) << it.key().toStdString();
        field->setText(it.value());
    }
}

// The library's own words for the problem of `code` in these fields.
Message libraryMessage(const QHash<QString, QString>& fields, const char* code)
{
    const Problems problems = ProductFields(fields).problems();
    const Problem* problem = findProblem(problems, QString::fromLatin1(code));
    EXPECT_NE(problem, nullptr) << code;
    return problem ? problem->message : Message();
}

} // namespace

TEST(NewAssessmentWizard, SupportEndingBeforeTheReleaseIsRefusedInTheAppsLanguage)
{
    StudioFixture& f = StudioFixture::instance();
    NewAssessmentWizard wizard(*f.studio);
    wizard.show();
    wizard.next();
    ASSERT_EQ(wizard.currentId(), NewAssessmentWizard::ProductPage);
    QHash<QString, QString> fields = camera;
    fields[QStringLiteral("support_until")] = QStringLiteral("2026-03-31");
    type(wizard, fields);

    auto* error = wizard.findChild<QLabel*>(QStringLiteral("support_until.error"));
    ASSERT_NE(error, nullptr);
    EXPECT_TRUE(error->isVisibleTo(&wizard));
    const Message said = libraryMessage(fields, "product.support-before-release");
    EXPECT_EQ(error->text(), said.text(Language::Japanese));
    EXPECT_NE(said.text(Language::Japanese), said.text(Language::English)) << "the library's sentence has its Japanese";
    EXPECT_TRUE(error->text().contains(QStringLiteral("2026-03-31")) && error->text().contains(QStringLiteral("2026-04-01")));
    wizard.next();
    EXPECT_EQ(wizard.currentId(), NewAssessmentWizard::ProductPage) << "Next refuses the product";

    f.studio->setLanguage(Language::English);
    EXPECT_EQ(error->text(), said.text(Language::English));
    f.studio->setLanguage(Language::Japanese);

    wizard.findChild<QLineEdit*>(QStringLiteral("support_until"))->setText(QStringLiteral("2026-04-01"));
    EXPECT_FALSE(error->isVisibleTo(&wizard)) << "support may end on the day of release";
    wizard.next();
    EXPECT_EQ(wizard.currentId(), NewAssessmentWizard::ProfilePage);
    EXPECT_TRUE(QDir(f.path(QString())).entryList({QStringLiteral("*.starmark")}, QDir::Files).isEmpty()) << "nothing is written yet";
}

TEST(NewAssessmentWizard, ADateThatIsNotOneIsNamedUnderItsFieldAndNothingIsCompared)
{
    StudioFixture& f = StudioFixture::instance();
    NewAssessmentWizard wizard(*f.studio);
    wizard.show();
    wizard.next();
    QHash<QString, QString> fields = camera;
    fields[QStringLiteral("released")] = QStringLiteral("2026-02-30");
    type(wizard, fields);
    auto* released = wizard.findChild<QLabel*>(QStringLiteral("released.error"));
    EXPECT_TRUE(released->isVisibleTo(&wizard));
    EXPECT_EQ(released->text(), libraryMessage(fields, "product.not-a-date").text(Language::Japanese));
    EXPECT_TRUE(released->text().contains(QStringLiteral("2026-02-30")));
    EXPECT_FALSE(wizard.findChild<QLabel*>(QStringLiteral("support_until.error"))->isVisibleTo(&wizard));
    wizard.next();
    EXPECT_EQ(wizard.currentId(), NewAssessmentWizard::ProductPage);
}

TEST(NewAssessmentWizard, NextNamesEveryRequiredFieldLeftEmptyButNotBefore)
{
    StudioFixture& f = StudioFixture::instance();
    NewAssessmentWizard wizard(*f.studio);
    wizard.show();
    wizard.next();
    auto* model = wizard.findChild<QLabel*>(QStringLiteral("model.error"));
    EXPECT_FALSE(model->isVisibleTo(&wizard)) << "a field not yet touched is not scolded";
    wizard.next();
    EXPECT_EQ(wizard.currentId(), NewAssessmentWizard::ProductPage);
    EXPECT_TRUE(model->isVisibleTo(&wizard));
    EXPECT_EQ(model->text(), libraryMessage({}, "product.required").text(Language::Japanese));
    EXPECT_TRUE(wizard.findChild<QLabel*>(QStringLiteral("name.ja.error"))->isVisibleTo(&wizard));
}

TEST(NewAssessmentWizard, TheFamilyIsEditedOneModelALineAndADuplicateIsRefusedUnderItsField)
{
    StudioFixture& f = StudioFixture::instance();
    NewAssessmentWizard wizard(*f.studio);
    wizard.show();
    wizard.next();
    ASSERT_EQ(wizard.currentId(), NewAssessmentWizard::ProductPage);
    type(wizard, camera);
    auto* others = wizard.findChild<QPlainTextEdit*>(QStringLiteral("other_models"));
    ASSERT_NE(others, nullptr);
    auto* error = wizard.findChild<QLabel*>(QStringLiteral("other_models.error"));
    ASSERT_NE(error, nullptr);
    QString caption;
    for (const QLabel* label : wizard.findChildren<QLabel*>())
        if (label->buddy() == others)
            caption = label->text();
    EXPECT_TRUE(caption.contains(QStringLiteral("型番"))) << "the field is named in the app's language: " << caption.toStdString();

    QHash<QString, QString> fields = camera;
    fields[QStringLiteral("other_models")] = QStringLiteral("MS-CAM100W\nMS-CAM100");
    others->setPlainText(fields[QStringLiteral("other_models")]);
    EXPECT_TRUE(error->isVisibleTo(&wizard));
    EXPECT_EQ(error->text(), libraryMessage(fields, "product.duplicate-model").text(Language::Japanese));
    wizard.next();
    EXPECT_EQ(wizard.currentId(), NewAssessmentWizard::ProductPage) << "Next refuses a family that lists a model twice";

    others->setPlainText(QStringLiteral("MS-CAM100W\nMS-CAM100/B\n"));
    EXPECT_FALSE(error->isVisibleTo(&wizard));
    EXPECT_EQ(wizard.assessment().product.models(),
        (QStringList{QStringLiteral("MS-CAM100"), QStringLiteral("MS-CAM100W"), QStringLiteral("MS-CAM100/B")}));
    // A representative written with a variant's "/" names a file, not a folder.
    wizard.findChild<QLineEdit*>(QStringLiteral("model"))->setText(QStringLiteral("MS-CAM100/D"));
    wizard.next();
    ASSERT_EQ(wizard.currentId(), NewAssessmentWizard::ProfilePage);
    wizard.next();
    ASSERT_EQ(wizard.currentId(), NewAssessmentWizard::FilePage);
    EXPECT_TRUE(wizard.findChild<QLineEdit*>(QStringLiteral("path"))->text().endsWith(QStringLiteral("/MS-CAM100-D.starmark")));
}
