#include "labels/IssuerKey.h"
#include "labels/registry/RegisteredProduct.h"
#include "labels/registry/RegistryPage.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace starmark;

namespace {

const QString shipped = QStringLiteral(STARMARK_SOURCE_SHARE_DIR "/registry");

} // namespace

TEST(RegistryPage, NamesEveryFileItCannotRead)
{
    QTemporaryDir dir;
    const Result<RegistryPage> page = RegistryPage::load(dir.path());
    ASSERT_FALSE(page);
    ASSERT_EQ(page.problems().size(), 3) << "every missing file, not only the first";
    for (const Problem& p : page.problems()) {
        EXPECT_EQ(p.code, QStringLiteral("registry.page-unreadable"));
        EXPECT_EQ(p.severity, Problem::Severity::Unusable);
        EXPECT_TRUE(p.where.file.startsWith(dir.path())) << p.where.file.toStdString();
    }
}

TEST(RegistryPage, RendersARevokedProductWithItsReasonEscaped)
{
    const Result<RegistryPage> page = RegistryPage::load(shipped);
    ASSERT_TRUE(page) << page.problems().value(0).toString(Language::English).toStdString();
    RegisteredProduct p;
    p.registration = QStringLiteral("JCS-26-000001");
    p.level = 1;
    p.category = QStringLiteral("common");
    p.name = {QStringLiteral("カメラ"), QStringLiteral("Camera")};
    p.supportUntil = QDate(2031, 3, 31);
    p.revisions.append({QStringLiteral("1.0"), QDate(2026, 11, 1), QDate(2028, 11, 21), {}, {}, {}, {}, {}, {}, {}});
    p.revokedAt = QDateTime(QDate(2026, 11, 22), QTime(9, 0), Qt::UTC);
    p.revocationReason = QStringLiteral("<script>alert(1)</script>");
    const QString html = QString::fromUtf8(page->render(p, Language::English, QDate(2026, 11, 22), IssuerKey::generate()));
    EXPECT_TRUE(html.contains(QStringLiteral("data-status=\"revoked\"")) || html.contains(QStringLiteral("revoked"))) << html.toStdString();
    EXPECT_FALSE(html.contains(QStringLiteral("<script>alert(1)")));
    EXPECT_TRUE(html.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;")));
}

TEST(RegistryPage, ListsTheWholeFamilyEscapedAndWhichRevisionAddedWhichModel)
{
    const Result<RegistryPage> page = RegistryPage::load(shipped);
    ASSERT_TRUE(page);
    RegisteredProduct p;
    p.registration = QStringLiteral("JCS-26-000001");
    p.level = 1;
    p.category = QStringLiteral("common");
    p.name = {QStringLiteral("カメラ"), QStringLiteral("Camera")};
    p.model = QStringLiteral("SC-100");
    p.otherModels = {QStringLiteral("SC-100W"), QStringLiteral("SC-100/B"), QStringLiteral("<b>SC</b>")};
    p.supportUntil = QDate(2031, 3, 31);
    p.revisions.append({QStringLiteral("1.0"), QDate(2026, 11, 1), QDate(2028, 11, 21), {}, {}, {}, {}, {}, {}, {}});
    p.revisions.append({QStringLiteral("1.1"), QDate(2026, 11, 20), QDate(2028, 11, 21), {}, {}, {}, {}, {}, {}, {}, {QStringLiteral("<b>SC</b>")}});
    for (const Language language : {Language::Japanese, Language::English}) {
        const QString html = QString::fromUtf8(page->render(p, language, QDate(2026, 11, 22), IssuerKey::generate()));
        for (const char* model : {"<li>SC-100</li>", "<li>SC-100W</li>", "<li>SC-100/B</li>", "<li>&lt;b&gt;SC&lt;/b&gt;</li>"})
            EXPECT_TRUE(html.contains(QString::fromUtf8(model))) << model;
        EXPECT_FALSE(html.contains(QStringLiteral("<b>SC</b>")));
        EXPECT_TRUE(html.contains(language == Language::Japanese ? QStringLiteral("対象型番") : QStringLiteral("Models covered")));
        EXPECT_TRUE(html.contains(language == Language::Japanese ? QStringLiteral("追加された型番: &lt;b&gt;SC&lt;/b&gt;")
                                                                 : QStringLiteral("Models added to the registration: &lt;b&gt;SC&lt;/b&gt;")))
            << html.toStdString();
    }
}
