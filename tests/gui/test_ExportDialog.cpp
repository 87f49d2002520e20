#include "CliRunner.h"
#include "SqliteEdit.h"
#include "StudioFixture.h"

#include "ExportDialog.h"
#include "MainWindow.h"
#include "Session.h"

#include "reports/ReportVerifier.h"
#include "reports/TrustAnchors.h"

#include "TestClock.h"

#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QRegularExpression>

#include <memory>

#include <gtest/gtest.h>

using namespace starmark;
using namespace starmark::studio;
using namespace starmark::studio::test;

TEST(ExportDialog, AsksForThePassphraseOfAnEncryptedKeyAndSaysWhenItIsWrong)
{
    StudioFixture& f = StudioFixture::instance();
    const QString key = f.path(QStringLiteral("encrypted.key"));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"), {QStringLiteral("pkey"), QStringLiteral("-in"), f.pki(QStringLiteral("manufacturer.key")),
                                                 QStringLiteral("-aes256"), QStringLiteral("-passout"), QStringLiteral("pass:正しい馬"),
                                                 QStringLiteral("-out"), key});
    ASSERT_TRUE(openssl.waitForFinished());
    MainWindow window(*f.studio);
    ASSERT_TRUE(window.openDemo(QStringLiteral("camera-star1"))) << window.lastProblem().toStdString();
    ExportDialog dialog(*window.session(), ExportDialog::ReportTab);
    dialog.findChild<QLineEdit*>(QStringLiteral("keyPath"))->setText(key);
    dialog.findChild<QLineEdit*>(QStringLiteral("certPath"))->setText(f.pki(QStringLiteral("manufacturer.pem")));
    dialog.findChild<QLineEdit*>(QStringLiteral("reportPath"))->setText(f.path(QStringLiteral("encrypted-report.pdf")));
    auto* status = dialog.findChild<QLabel*>(QStringLiteral("reportStatus"));
    int asked = 0;
    QString answer = QStringLiteral("違う馬");
    dialog.setPassphrasePrompt([&](const QString& path) -> std::optional<QString> {
        ++asked;
        EXPECT_EQ(path, key);
        return answer;
    });
    dialog.previewReport();
    EXPECT_FALSE(dialog.signReport());
    EXPECT_TRUE(status->text().contains(QStringLiteral("does not unlock"))) << status->text().toStdString();
    answer = QStringLiteral("正しい馬");
    EXPECT_TRUE(dialog.signReport()) << status->text().toStdString();
    EXPECT_EQ(asked, 2);
    dialog.setPassphrasePrompt([](const QString&) { return std::nullopt; });
    EXPECT_FALSE(dialog.signReport()) << "cancelling the passphrase dialog signs nothing";
}

TEST(ExportDialog, NoLabelForAnAssessmentBelowItsLevel)
{
    StudioFixture& f = StudioFixture::instance();
    MainWindow window(*f.studio);
    ASSERT_TRUE(window.openDemo(QStringLiteral("router-star3"))) << window.lastProblem().toStdString();
    ExportDialog dialog(*window.session(), ExportDialog::LabelTab);
    dialog.findChild<QLineEdit*>(QStringLiteral("issuerKeyPath"))->setText(f.pki(QStringLiteral("label-issuer.key")));
    dialog.findChild<QLineEdit*>(QStringLiteral("registration"))->setText(QStringLiteral("JCS-26-000999"));
    dialog.findChild<QLineEdit*>(QStringLiteral("labelPath"))->setText(f.path(QStringLiteral("router-label.png")));
    EXPECT_FALSE(dialog.saveLabel());
    const QString status = dialog.findChild<QLabel*>(QStringLiteral("labelStatus"))->text();
    EXPECT_TRUE(status.contains(QStringLiteral("★2")) && status.contains(QStringLiteral("★3"))) << status.toStdString();
    EXPECT_FALSE(QFile::exists(f.path(QStringLiteral("router-label.png"))));
}

TEST(ExportDialog, AFileChangedOutsideStarMarkIsNotSigned)
{
    StudioFixture& f = StudioFixture::instance();
    const QString copy = f.demoCopy(QStringLiteral("camera-star1"), QStringLiteral("tampered.starmark"));
    MainWindow window(*f.studio);
    ASSERT_TRUE(window.openFile(copy)) << window.lastProblem().toStdString();
    // A verdict changed with sqlite3 while the window has the file open.
    starmark::test::sqliteEdit(copy, {QStringLiteral(
            "UPDATE results SET body = replace(body, '\"verdict\":\"pass\"', '\"verdict\":\"fail\"') WHERE requirement = 'S1.1-04'")});
    ExportDialog dialog(*window.session(), ExportDialog::ReportTab);
    dialog.findChild<QLineEdit*>(QStringLiteral("keyPath"))->setText(f.pki(QStringLiteral("manufacturer.key")));
    dialog.findChild<QLineEdit*>(QStringLiteral("certPath"))->setText(f.pki(QStringLiteral("manufacturer.pem")));
    const QString pdf = f.path(QStringLiteral("tampered.pdf"));
    dialog.findChild<QLineEdit*>(QStringLiteral("reportPath"))->setText(pdf);
    EXPECT_FALSE(dialog.signReport());
    const QString status = dialog.findChild<QLabel*>(QStringLiteral("reportStatus"))->text();
    EXPECT_TRUE(status.contains(QStringLiteral("changed outside StarMark"))) << status.toStdString();
    EXPECT_FALSE(QFile::exists(pdf));

    ExportDialog labels(*window.session(), ExportDialog::LabelTab);
    labels.findChild<QLineEdit*>(QStringLiteral("issuerKeyPath"))->setText(f.pki(QStringLiteral("label-issuer.key")));
    labels.findChild<QLineEdit*>(QStringLiteral("registration"))->setText(QStringLiteral("JCS-26-000998"));
    const QString png = f.path(QStringLiteral("tampered-label.png"));
    labels.findChild<QLineEdit*>(QStringLiteral("labelPath"))->setText(png);
    EXPECT_FALSE(labels.saveLabel());
    const QString labelStatus = labels.findChild<QLabel*>(QStringLiteral("labelStatus"))->text();
    EXPECT_TRUE(labelStatus.contains(QStringLiteral("changed outside StarMark"))) << labelStatus.toStdString();
    EXPECT_FALSE(QFile::exists(png));
}

TEST(ExportDialog, TimestampsTheReportWhenATsaIsNamedAndSignsNothingWhenItCannotBeReached)
{
    StudioFixture& f = StudioFixture::instance();
    MainWindow window(*f.studio);
    ASSERT_TRUE(window.openDemo(QStringLiteral("camera-star1"))) << window.lastProblem().toStdString();
    ExportDialog dialog(*window.session(), ExportDialog::ReportTab);
    dialog.findChild<QLineEdit*>(QStringLiteral("keyPath"))->setText(f.pki(QStringLiteral("manufacturer.key")));
    dialog.findChild<QLineEdit*>(QStringLiteral("certPath"))->setText(f.pki(QStringLiteral("manufacturer.pem")));
    dialog.findChild<QLineEdit*>(QStringLiteral("chainPath"))->setText(f.pki(QStringLiteral("ca.pem")));
    const QString pdf = f.path(QStringLiteral("timestamped.pdf"));
    dialog.findChild<QLineEdit*>(QStringLiteral("reportPath"))->setText(pdf);
    auto* tsa = dialog.findChild<QLineEdit*>(QStringLiteral("tsaUrl"));
    ASSERT_NE(tsa, nullptr);
    auto* status = dialog.findChild<QLabel*>(QStringLiteral("reportStatus"));

    tsa->setText(QStringLiteral("http://127.0.0.1:1/"));
    EXPECT_FALSE(dialog.signReport());
    EXPECT_TRUE(status->text().contains(QStringLiteral("127.0.0.1:1"))) << status->text().toStdString();
    EXPECT_FALSE(QFile::exists(pdf));

    std::unique_ptr<QProcess> server(starmark::test::startStarmark({QStringLiteral("tsa"), QStringLiteral("serve"), QStringLiteral("--key"),
                                                                        f.pki(QStringLiteral("tsa.key")), QStringLiteral("--cert"),
                                                                        f.pki(QStringLiteral("tsa.pem")), QStringLiteral("--port"), QStringLiteral("0")},
        starmark::test::Time::Flowing));
    QString started;
    while (!started.contains(QLatin1Char('\n')) && server->waitForReadyRead(20000))
        started += QString::fromUtf8(server->readAllStandardOutput());
    const QRegularExpressionMatch url = QRegularExpression(QStringLiteral("(http://127.0.0.1:\\d+/)")).match(started);
    ASSERT_TRUE(url.hasMatch()) << started.toStdString();
    tsa->setText(url.captured(1));
    EXPECT_TRUE(dialog.signReport()) << status->text().toStdString();
    server->kill();
    server->waitForFinished();
    QFile file(pdf);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    QString error;
    const std::optional<TrustAnchors> anchors = TrustAnchors::fromPaths({f.pki(QStringLiteral("ca.pem"))}, &error);
    ASSERT_TRUE(anchors);
    const ReportVerifier::Result r = ReportVerifier::verify(file.readAll(), *anchors, KnownDigests(), starmark::test::testNow());
    ASSERT_EQ(r.signatures.size(), 1);
    EXPECT_TRUE(r.signatures[0].timestampTime) << "the signature carries a trusted timestamp";
}
