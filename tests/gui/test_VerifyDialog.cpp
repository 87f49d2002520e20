#include "CliRunner.h"
#include "StudioFixture.h"

#include "VerifyDialog.h"

#include <QFile>
#include <QLabel>
#include <QTextBrowser>

#include <gtest/gtest.h>

using namespace starmark;
using namespace starmark::studio;
using namespace starmark::studio::test;
using starmark::test::runStarmark;

namespace {

// The ★1 demo's signed report and label, made by the CLI.
struct Outputs {
    QString report;
    QString label;

    Outputs()
    {
        StudioFixture& f = StudioFixture::instance();
        const QString out = f.path(QStringLiteral("verify"));
        const starmark::test::CliResult declared
            = runStarmark({QStringLiteral("declare"), starmark::test::demoFolder("camera-star1") + QStringLiteral("/declaration.yaml"),
                QStringLiteral("-o"), out, QStringLiteral("--key"), f.pki(QStringLiteral("manufacturer.key")), QStringLiteral("--cert"),
                f.pki(QStringLiteral("manufacturer.pem")), QStringLiteral("--chain"), f.pki(QStringLiteral("ca.pem"))});
        EXPECT_EQ(declared.code, 0) << declared.err.toStdString();
        report = out + QStringLiteral("/report.pdf");
        label = out + QStringLiteral("/label.png");
        const starmark::test::CliResult labelled = runStarmark({QStringLiteral("label"), report, QStringLiteral("--trust"),
            f.pki(QStringLiteral("ca.pem")), QStringLiteral("--registration"), QStringLiteral("JCS-26-000123"),
            QStringLiteral("--issuer-key"), f.pki(QStringLiteral("label-issuer.key")), QStringLiteral("-o"), label});
        EXPECT_EQ(labelled.code, 0) << labelled.err.toStdString();
    }
};

} // namespace

TEST(VerifyDialog, ASignedReportHoldsUpAndATamperedOneDoesNot)
{
    StudioFixture& f = StudioFixture::instance();
    const Outputs outputs;
    VerifyDialog dialog(*f.studio);
    dialog.setInput(outputs.report, f.pki(QStringLiteral("ca.pem")));
    EXPECT_EQ(dialog.verify(), VerifyDialog::Result::Valid)
        << dialog.findChild<QTextBrowser*>(QStringLiteral("details"))->toPlainText().toStdString();
    EXPECT_TRUE(dialog.findChild<QLabel*>(QStringLiteral("verdict"))->text().contains(QStringLiteral("有効")));

    QFile in(outputs.report);
    ASSERT_TRUE(in.open(QIODevice::ReadOnly));
    QByteArray bytes = in.readAll();
    const qsizetype at = bytes.size() / 3; // inside the signed range, in the rendered pages
    bytes[at] = char(bytes[at] ^ 0x01);
    const QString tampered = f.path(QStringLiteral("verify/tampered.pdf"));
    QFile out(tampered);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write(bytes);
    out.close();
    dialog.setInput(tampered, f.pki(QStringLiteral("ca.pem")));
    EXPECT_EQ(dialog.verify(), VerifyDialog::Result::NotValid);
    // Why, in the app's language: the verifier's reason is Japanese too, not library English.
    const QString details = dialog.findChild<QTextBrowser*>(QStringLiteral("details"))->toPlainText();
    EXPECT_TRUE(details.contains(QStringLiteral("問題: 署名 1: "))) << details.toStdString();
    for (const char* english : {"signature", "the file", "Problem", "changed after"})
        EXPECT_FALSE(details.contains(QLatin1String(english))) << english << " in " << details.toStdString();
}

TEST(VerifyDialog, ReadsTheLabelFromItsImage)
{
    StudioFixture& f = StudioFixture::instance();
    const Outputs outputs;
    VerifyDialog dialog(*f.studio);
    dialog.setInput(outputs.label, f.pki(QStringLiteral("label-issuer.pub.pem")));
    EXPECT_EQ(dialog.verify(), VerifyDialog::Result::Valid)
        << dialog.findChild<QTextBrowser*>(QStringLiteral("details"))->toPlainText().toStdString();
    EXPECT_TRUE(dialog.findChild<QTextBrowser*>(QStringLiteral("details"))->toPlainText().contains(QStringLiteral("JCS-26-000123")));
    dialog.setInput(outputs.label, f.pki(QStringLiteral("ca.pem")));
    EXPECT_NE(dialog.verify(), VerifyDialog::Result::Valid) << "a label checked against the wrong key is not valid";
    dialog.setInput(f.path(QStringLiteral("no-such.png")), {});
    EXPECT_EQ(dialog.verify(), VerifyDialog::Result::Unreadable);
    EXPECT_TRUE(dialog.findChild<QTextBrowser*>(QStringLiteral("details"))->toPlainText().contains(QStringLiteral("no-such.png")));
}

TEST(VerifyDialog, WithoutATrustAnchorAReportIsNotValidAndWithOneItsSignersRoleIsShown)
{
    StudioFixture& f = StudioFixture::instance();
    const Outputs outputs;
    VerifyDialog dialog(*f.studio);
    const auto details = [&] { return dialog.findChild<QTextBrowser*>(QStringLiteral("details"))->toPlainText(); };
    dialog.setInput(outputs.report, {}); // no CA given, and the (test's) trust store is empty
    EXPECT_EQ(dialog.verify(), VerifyDialog::Result::NotValid) << details().toStdString();
    EXPECT_TRUE(details().contains(QStringLiteral("トラストアンカーなし"))) << details().toStdString();
    dialog.setInput(outputs.report, f.pki(QStringLiteral("ca.pem")));
    EXPECT_EQ(dialog.verify(), VerifyDialog::Result::Valid) << details().toStdString();
    EXPECT_TRUE(details().contains(QStringLiteral("署名の役割: 製造者")) && details().contains(QStringLiteral("Miraisense Co., Ltd.")))
        << details().toStdString();
    dialog.setInput(outputs.report, f.path(QStringLiteral("verify/no-such-ca.pem")));
    EXPECT_EQ(dialog.verify(), VerifyDialog::Result::Unreadable);
    EXPECT_TRUE(details().contains(QStringLiteral("no-such-ca.pem"))) << details().toStdString();
}
