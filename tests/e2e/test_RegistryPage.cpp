// The consumer page as a phone's browser shows it: headless Chromium against a real
// `starmark serve` on loopback. The visible fields in both languages, the in-browser
// (WebCrypto) check of the label token, and a phone-sized screenshot.
#include "CliRunner.h"
#include "RunningRegistry.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace starmark::test;

namespace {

class RegistryPage : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        dir = new QTemporaryDir;
        registry = new RunningRegistry(dir->path());
        const HttpReply r = registry->submit(registry->report);
        ASSERT_EQ(r.status, 201) << r.text().toStdString();
        const QString url = r.json().value(QStringLiteral("url")).toString();
        labelPath = url.mid(url.indexOf(QStringLiteral("/L/")));
    }
    static void TearDownTestSuite()
    {
        delete registry;
        delete dir;
    }

    // Chromium as root needs --no-sandbox; everything that would reach the network is off.
    static QStringList chromium(const QStringList& extra)
    {
        const QString binary = QStandardPaths::findExecutable(QStringLiteral("chromium"));
        EXPECT_FALSE(binary.isEmpty()) << "chromium is not installed: scripts/bootstrap.sh test installs it (Debian package chromium)";
        if (binary.isEmpty())
            return {};
        QTemporaryDir profile;
        QProcess p;
        p.start(binary,
            QStringList{QStringLiteral("--headless"), QStringLiteral("--no-sandbox"), QStringLiteral("--disable-gpu"),
                QStringLiteral("--disable-quic"), QStringLiteral("--no-first-run"), QStringLiteral("--disable-background-networking"),
                QStringLiteral("--disable-component-update"), QStringLiteral("--disable-sync"), QStringLiteral("--hide-scrollbars"),
                QStringLiteral("--user-data-dir=") + profile.path(), QStringLiteral("--virtual-time-budget=5000")}
                + extra);
        EXPECT_TRUE(p.waitForFinished(90000)) << "chromium did not finish";
        return {QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }
    static QString dom(const QString& path, const QString& acceptLanguage)
    {
        return chromium({QStringLiteral("--accept-lang=") + acceptLanguage, QStringLiteral("--dump-dom"),
                            QStringLiteral("http://127.0.0.1:%1%2").arg(registry->port).arg(path)})
            .value(0);
    }
    static QString resultOf(const QString& html)
    {
        const qsizetype at = html.indexOf(QStringLiteral("id=\"signature-result\">"));
        return at < 0 ? QString() : html.mid(at + 22, html.indexOf(QStringLiteral("</p>"), at) - at - 22);
    }

    static inline QTemporaryDir* dir = nullptr;
    static inline RunningRegistry* registry = nullptr;
    static inline QString labelPath;
};

} // namespace

TEST_F(RegistryPage, JapaneseFieldsAndAVerifiedSignature)
{
    const QString html = dom(labelPath, QStringLiteral("ja-JP,ja"));
    for (const char* expected : {"株式会社ミライセンス", "屋内ネットワークカメラ", "MS-CAM100", "2.4.1", "評価日", "2026年11月22日",
             "セキュリティアップデート提供期限", "2031年3月31日", "ラベル有効期限", "2028年11月22日", "https://miraisense.example/security",
             ">有効<", "ファームウェアの評価履歴"})
        EXPECT_TRUE(html.contains(QString::fromUtf8(expected))) << expected;
    EXPECT_TRUE(resultOf(html).startsWith(QStringLiteral("署名を確認しました"))) << resultOf(html).toStdString();
    EXPECT_TRUE(html.contains(QStringLiteral("data-state=\"ok\"")));
}

TEST_F(RegistryPage, EnglishFieldsThroughTheToggleAndAVerifiedSignature)
{
    const QString html = dom(labelPath + QStringLiteral("?lang=en"), QStringLiteral("ja"));
    for (const char* expected : {"Miraisense Co., Ltd.", "Indoor network camera", "Firmware evaluated", "Evaluated on", "22 November 2026",
             "Security updates until", "31 March 2031", "Label valid until", "22 November 2028", "Vulnerability contact", ">Valid<",
             "Firmware revisions evaluated"})
        EXPECT_TRUE(html.contains(QString::fromUtf8(expected))) << expected;
    EXPECT_TRUE(resultOf(html).startsWith(QStringLiteral("Signature verified"))) << resultOf(html).toStdString();
    EXPECT_TRUE(dom(labelPath, QStringLiteral("en-US,en")).contains(QStringLiteral("Signature verified"))) << "Accept-Language alone";
}

TEST_F(RegistryPage, AnAlteredTokenDoesNotMatch)
{
    QString altered = labelPath;
    const qsizetype at = altered.lastIndexOf(QLatin1Char('/')) + 20; // inside the signed payload
    altered[at] = altered[at] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
    const QString html = dom(altered + QStringLiteral("?lang=en"), QStringLiteral("en"));
    EXPECT_TRUE(resultOf(html).startsWith(QStringLiteral("The signature does not match"))) << resultOf(html).toStdString();
    const QString ja = dom(altered, QStringLiteral("ja"));
    EXPECT_TRUE(resultOf(ja).startsWith(QStringLiteral("署名が一致しません"))) << resultOf(ja).toStdString();
    const QString bare = dom(labelPath.left(labelPath.lastIndexOf(QLatin1Char('/'))) + QStringLiteral("?lang=en"), QStringLiteral("en"));
    EXPECT_TRUE(resultOf(bare).startsWith(QStringLiteral("Open this page from the label's QR code"))) << resultOf(bare).toStdString();
}

TEST_F(RegistryPage, APhoneSizedScreenshot)
{
    const QString shot = QDir::current().filePath(QStringLiteral("registry-page-ja.png"));
    QFile::remove(shot);
    chromium({QStringLiteral("--accept-lang=ja"), QStringLiteral("--window-size=390,1250"), QStringLiteral("--screenshot=") + shot,
        QStringLiteral("http://127.0.0.1:%1%2").arg(registry->port).arg(labelPath)});
    EXPECT_GT(QFileInfo(shot).size(), 20000) << shot.toStdString();
}
