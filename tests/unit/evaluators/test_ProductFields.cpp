#include "evaluators/ProductFields.h"

#include <gtest/gtest.h>

using namespace starmark;

namespace {

QHash<QString, QString> camera()
{
    return {{QStringLiteral("manufacturer.ja"), QStringLiteral("株式会社ミライセンス")}, {QStringLiteral("name.en"), QStringLiteral("Indoor camera")},
        {QStringLiteral("model"), QStringLiteral("MS-CAM100")}, {QStringLiteral("firmware"), QStringLiteral("2.4.1")},
        {QStringLiteral("released"), QStringLiteral("2026-04-01")}, {QStringLiteral("support_until"), QStringLiteral("2031-03-31")},
        {QStringLiteral("vulnerability_contact"), QStringLiteral("https://miraisense.example/security")}};
}

// The one problem of `code`, which must name `key`.
void expectOnly(const Problems& problems, const char* code, const QString& key)
{
    ASSERT_EQ(problems.size(), 1) << (problems.isEmpty() ? std::string("none") : problems.first().code.toStdString());
    EXPECT_EQ(problems.first().code, QLatin1String(code));
    EXPECT_EQ(problems.first().key, key);
    EXPECT_EQ(problems.first().severity, Problem::Severity::Invalid);
}

} // namespace

TEST(ProductFields, AProductFilledInAsItShouldBeHasNoProblemAndIsReadBack)
{
    const ProductFields fields(camera());
    EXPECT_TRUE(fields.problems().isEmpty());
    const Product p = fields.product();
    EXPECT_EQ(p.model, QStringLiteral("MS-CAM100"));
    EXPECT_EQ(p.manufacturer.ja, QStringLiteral("株式会社ミライセンス"));
    EXPECT_EQ(p.released, QDate(2026, 4, 1));
    EXPECT_EQ(p.supportUntil, QDate(2031, 3, 31));
}

TEST(ProductFields, SupportEndingBeforeTheReleaseIsRefusedOnTheSupportField)
{
    QHash<QString, QString> f = camera();
    f[QStringLiteral("support_until")] = QStringLiteral("2026-03-31");
    const Problems problems = ProductFields(f).problems();
    expectOnly(problems, "product.support-before-release", QStringLiteral("support_until"));
    // Both dates, in either language.
    for (const Language language : {Language::English, Language::Japanese}) {
        const QString said = problems.first().message.text(language);
        EXPECT_TRUE(said.contains(QStringLiteral("2026-03-31")) && said.contains(QStringLiteral("2026-04-01"))) << said.toStdString();
    }
    f[QStringLiteral("support_until")] = QStringLiteral("2026-04-01");
    EXPECT_TRUE(ProductFields(f).problems().isEmpty()) << "support may end on the day of release";
}

TEST(ProductFields, ADateThatIsNotOneIsNamedAndNotComparedWithTheOther)
{
    for (const char* bad : {"2026-02-30", "2031-3-31", "31/03/2031", "tomorrow"}) {
        QHash<QString, QString> f = camera();
        f[QStringLiteral("support_until")] = QString::fromUtf8(bad);
        const Problems problems = ProductFields(f).problems();
        expectOnly(problems, "product.not-a-date", QStringLiteral("support_until"));
        EXPECT_TRUE(problems.first().message.text(Language::English).contains(QString::fromUtf8(bad)));
        EXPECT_TRUE(ProductFields(f).product().supportUntil.isNull()) << bad;
    }
}

TEST(ProductFields, WhatMustBeGivenIsRequiredFieldByField)
{
    QHash<QString, QString> f = camera();
    f[QStringLiteral("model")] = QStringLiteral("   ");
    f.remove(QStringLiteral("released"));
    f[QStringLiteral("manufacturer.ja")].clear();
    f[QStringLiteral("name.en")].clear();
    const Problems problems = ProductFields(f).problems();
    QSet<QString> keys;
    for (const Problem& p : problems)
        keys.insert(p.code + QLatin1Char(' ') + p.key);
    EXPECT_EQ(keys,
        (QSet<QString>{QStringLiteral("product.required model"), QStringLiteral("product.required released"),
            QStringLiteral("product.name-missing manufacturer.ja"), QStringLiteral("product.name-missing name.ja")}));
}

TEST(ProductFields, AContactThatIsNeitherHttpsNorMailIsRefused)
{
    for (const char* bad : {"http://miraisense.example/security", "miraisense.example/security", "javascript:alert(1)", "mailto:nobody"}) {
        QHash<QString, QString> f = camera();
        f[QStringLiteral("vulnerability_contact")] = QString::fromUtf8(bad);
        expectOnly(ProductFields(f).problems(), "product.contact-unusable", QStringLiteral("vulnerability_contact"));
    }
    QHash<QString, QString> f = camera();
    f[QStringLiteral("vulnerability_contact")] = QStringLiteral("mailto:psirt@miraisense.example");
    EXPECT_TRUE(ProductFields(f).problems().isEmpty());
}

TEST(ProductFields, TheOtherModelsAreReadOneALineAfterTheRepresentative)
{
    QHash<QString, QString> f = camera();
    f[QStringLiteral("other_models")] = QStringLiteral("MS-CAM100W\n\n  MS-CAM100/B  \n");
    const ProductFields fields(f);
    EXPECT_TRUE(fields.problems().isEmpty());
    EXPECT_EQ(fields.product().models(),
        (QStringList{QStringLiteral("MS-CAM100"), QStringLiteral("MS-CAM100W"), QStringLiteral("MS-CAM100/B")}));
}

TEST(ProductFields, AHostileModelIsRefusedUnderItsField)
{
    QHash<QString, QString> f = camera();
    f[QStringLiteral("model")] = QStringLiteral("..\\MS-CAM100");
    expectOnly(ProductFields(f).problems(), "product.bad-model", QStringLiteral("model"));
    f = camera();
    f[QStringLiteral("other_models")] = QStringLiteral("MS-CAM100W\nMS\x07");
    expectOnly(ProductFields(f).problems(), "product.bad-model", QStringLiteral("other_models"));
    f[QStringLiteral("other_models")] = QStringLiteral("MS-CAM100W\nMS-CAM100");
    expectOnly(ProductFields(f).problems(), "product.duplicate-model", QStringLiteral("other_models"));
    f[QStringLiteral("other_models")] = QString(10240, QLatin1Char('X'));
    expectOnly(ProductFields(f).problems(), "product.bad-model", QStringLiteral("other_models"));
}

TEST(ProductFields, TenThousandModelsAreRefusedByTheirCount)
{
    QHash<QString, QString> f = camera();
    QStringList many;
    for (int i = 0; i < 9999; ++i)
        many << QStringLiteral("MS-%1").arg(i);
    f[QStringLiteral("other_models")] = many.join(QLatin1Char('\n'));
    const Problems problems = ProductFields(f).problems();
    expectOnly(problems, "product.too-many-models", QStringLiteral("other_models"));
    EXPECT_TRUE(problems.first().message.text(Language::Japanese).contains(QStringLiteral("10000")));
}
