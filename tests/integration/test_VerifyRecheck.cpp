// `starmark verify --recheck` as a certification body runs it on a lab's report, and the
// report as the lab's dishonest staff would hand it in: an embedded tool output swapped
// (in the signed bytes, or by an update appended after signing), or a verdict set against
// the tools. An agreeing report prints nothing more than `verify`; an override is a
// notice, named with its rationale, exit 0; anything that breaks the report is exit 1.
#include "CliRunner.h"

#include "ReportForgery.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace starmark::test;

namespace {

QTemporaryDir* dir = nullptr;

QString path(const QString& name)
{
    return dir->filePath(name);
}

QString fixture(const char* name)
{
    return QStringLiteral(STARMARK_TOOL_FIXTURES "/") + QLatin1String(name);
}

// The ★3 router demo with a TLS scan of `output` imported (and its proposals accepted when
// `accept`), signed off, and reported by the lab in `language`: the report's path.
QString labReport(const QString& name, const char* output, bool accept, const QString& language = QStringLiteral("en"))
{
    const QString file = path(name + QStringLiteral(".starmark"));
    const QString pdf = path(name + QStringLiteral(".pdf"));
    const QString tool = QStringLiteral("tool");
    EXPECT_EQ(runStarmark({QStringLiteral("assess"), QStringLiteral("import"), demoFolder("router-star3") + QStringLiteral("/declaration.yaml"),
                  QStringLiteral("-o"), file}).code, 0);
    const CliResult imported = runStarmark({tool, QStringLiteral("import"), file, fixture(output)});
    EXPECT_EQ(imported.code, 0) << imported.err.toStdString();
    if (accept) {
        EXPECT_EQ(runStarmark({tool, QStringLiteral("accept"), file, QStringLiteral("S1.1-12")}).code, 0);
    }
    EXPECT_EQ(runStarmark({QStringLiteral("assess"), QStringLiteral("sign-off"), file, QStringLiteral("--reviewer"), QStringLiteral("鈴木 一郎")}).code, 0);
    const CliResult made = runStarmark({QStringLiteral("report"), file, QStringLiteral("-o"), pdf, QStringLiteral("--lang"), language,
        QStringLiteral("--key"), path(QStringLiteral("pki/lab.key")), QStringLiteral("--cert"), path(QStringLiteral("pki/lab.pem")),
        QStringLiteral("--chain"), path(QStringLiteral("pki/ca.pem"))});
    EXPECT_EQ(made.code, 0) << made.err.toStdString();
    return pdf;
}

CliResult verify(const QString& pdf, QStringList extra = {})
{
    return runStarmark(QStringList{QStringLiteral("verify"), pdf, QStringLiteral("--trust"), path(QStringLiteral("pki/ca.pem")),
                           QStringLiteral("--lang"), QStringLiteral("en")}
        + extra);
}

QString pdfText(const QString& pdf)
{
    return runTool(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")}).out;
}

QString sslscanWeakAttachment()
{
    return QStringLiteral("tool-sslscan-") + QString::fromLatin1(QCryptographicHash::hash(read(fixture("sslscan-weak.xml")), QCryptographicHash::Sha256).toHex())
        + QStringLiteral(".xml");
}

class Recheck : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        dir = new QTemporaryDir;
        ASSERT_EQ(runStarmark({QStringLiteral("keys"), QStringLiteral("demo-pki"), path(QStringLiteral("pki"))}).code, 0);
        // The router's S1.1-12 is judged pass: a weak scan left as it is is an override, a weak scan accepted agrees.
        labReport(QStringLiteral("override"), "sslscan-weak.xml", false);
        labReport(QStringLiteral("override-ja"), "sslscan-weak.xml", false, QStringLiteral("ja"));
        labReport(QStringLiteral("accepted"), "sslscan-weak.xml", true);
    }
    static void TearDownTestSuite()
    {
        delete dir;
        dir = nullptr;
    }
};

} // namespace

TEST_F(Recheck, AnUntouchedReportPrintsNothingMoreThanVerify)
{
    const QString pdf = path(QStringLiteral("accepted.pdf"));
    const CliResult plain = verify(pdf);
    const CliResult again = verify(pdf, {QStringLiteral("--recheck")});
    EXPECT_EQ(plain.code, 0) << plain.out.toStdString();
    EXPECT_EQ(again.code, 0) << again.out.toStdString();
    EXPECT_EQ(again.out, plain.out);
    EXPECT_TRUE(again.err.isEmpty()) << again.err.toStdString();

    const QJsonObject json = QJsonDocument::fromJson(verify(pdf, {QStringLiteral("--recheck"), QStringLiteral("--json")}).out.toUtf8()).object();
    const QJsonObject recheck = json.value(QStringLiteral("recheck")).toObject();
    EXPECT_TRUE(recheck.value(QStringLiteral("done")).toBool());
    EXPECT_TRUE(recheck.value(QStringLiteral("agrees")).toBool());
    EXPECT_EQ(recheck.value(QStringLiteral("derived")).toInt(), 2);
    EXPECT_TRUE(recheck.value(QStringLiteral("overrides")).toArray().isEmpty());
    EXPECT_TRUE(recheck.value(QStringLiteral("problems")).toArray().isEmpty());
    EXPECT_EQ(recheck.value(QStringLiteral("rules")).toObject().value(QStringLiteral("report_digest")),
        recheck.value(QStringLiteral("rules")).toObject().value(QStringLiteral("shipped_digest")));
    // The raw output travels in the report, listed in the signed state.
    EXPECT_TRUE(json.value(QStringLiteral("attachments")).toArray().contains(sslscanWeakAttachment()));
    EXPECT_TRUE(json.value(QStringLiteral("attachments")).toArray().contains(QStringLiteral("proposals.json")));
}

TEST_F(Recheck, AnOverrideIsNamedWithTheProposalTheVerdictAndTheRationaleAndIsNoRefusal)
{
    const CliResult run = verify(path(QStringLiteral("override.pdf")), {QStringLiteral("--recheck")});
    EXPECT_EQ(run.code, 0) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("result: VALID")));
    EXPECT_TRUE(run.out.contains(QStringLiteral("recheck notice: S1.1-12: the verdict given is pass, against the tools' proposal fail "
                                                "(rule tls-minimum-protocol: 127.0.0.1:44301 offers TLSv1.0, below TLSv1.2), not recorded as an override; rationale: 管理・更新確認")))
        << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("requirements judged against them: S1.1-12\n")));

    const QJsonObject recheck = QJsonDocument::fromJson(verify(path(QStringLiteral("override.pdf")), {QStringLiteral("--recheck"), QStringLiteral("--json")}).out.toUtf8())
                                    .object()
                                    .value(QStringLiteral("recheck"))
                                    .toObject();
    EXPECT_TRUE(recheck.value(QStringLiteral("agrees")).toBool());
    const QJsonArray overrides = recheck.value(QStringLiteral("overrides")).toArray();
    ASSERT_EQ(overrides.size(), 2);
    for (const QJsonValue& v : overrides) {
        const QJsonObject o = v.toObject();
        EXPECT_EQ(o.value(QStringLiteral("requirement")).toString(), QStringLiteral("S1.1-12"));
        EXPECT_EQ(o.value(QStringLiteral("proposed")).toString(), QStringLiteral("fail"));
        EXPECT_EQ(o.value(QStringLiteral("verdict")).toString(), QStringLiteral("pass"));
        EXPECT_TRUE(o.value(QStringLiteral("rationale")).toString().startsWith(QStringLiteral("管理・更新確認")));
        EXPECT_FALSE(o.value(QStringLiteral("recorded")).toBool());
    }
    EXPECT_EQ(recheck.value(QStringLiteral("problems")).toArray().at(0).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("recheck.override"));
}

TEST_F(Recheck, TheReportListsEachProposalAndWhatTheEvaluatorMadeOfItInBothLanguages)
{
    const QString en = pdfText(path(QStringLiteral("override.pdf"))).simplified();
    EXPECT_TRUE(en.contains(QStringLiteral("Tool proposals 2 proposals: 0 accepted, 2 overridden, 0 open"))) << en.toStdString();
    EXPECT_TRUE(en.contains(QStringLiteral("Tool proposal: Fail (S1.1-12) by rule tls-minimum-protocol of jc-star version 1; sslscan 2.0.7: "
                                           "127.0.0.1:44301 offers TLSv1.0, below TLSv1.2 — overridden: the verdict is Pass, not recorded as an override")))
        << en.toStdString();
    EXPECT_TRUE(en.contains(QStringLiteral("output SHA-256 31fc7ab99cd6b4b052d8")));
    const QString accepted = pdfText(path(QStringLiteral("accepted.pdf"))).simplified();
    EXPECT_TRUE(accepted.contains(QStringLiteral("2 proposals: 2 accepted, 0 overridden, 0 open"))) << accepted.toStdString();
    EXPECT_TRUE(accepted.contains(QStringLiteral("below TLSv1.2 — accepted")));

    // Japanese lines wrap anywhere, so the words are looked for without the white space.
    const QString ja = pdfText(path(QStringLiteral("override-ja.pdf"))).remove(QRegularExpression(QStringLiteral("\\s")));
    EXPECT_TRUE(ja.contains(QStringLiteral("提案2件：採用0件、不採用2件、未判定0件"))) << ja.toStdString();
    EXPECT_TRUE(ja.contains(QStringLiteral("ツールの提案：不適合（S1.1-12）、jc-starバージョン1の規則"))) << ja.toStdString();
    EXPECT_TRUE(ja.contains(QStringLiteral("sslscan2.0.7:127.0.0.1:44301がTLSv1.2未満のTLSv1.0を提供しています—不採用：判定は適合（不採用としては未記録）")))
        << ja.toStdString();
    EXPECT_FALSE(ja.contains(QStringLiteral("Tool proposal")));
}

TEST_F(Recheck, AnOutputSwappedInTheSignedBytesBreaksTheSignatureAndNothingIsRechecked)
{
    QByteArray pdf = read(path(QStringLiteral("override.pdf")));
    ReportForgery forgery(pdf);
    const QByteArray header = QByteArray::number(forgery.embeddedFile(sslscanWeakAttachment().toLatin1())) + " 0 obj";
    const qsizetype stream = pdf.indexOf("stream", pdf.indexOf(header));
    ASSERT_GT(stream, 0);
    pdf[stream + 30] = char(pdf[stream + 30] ^ 0x01);
    write(path(QStringLiteral("flipped.pdf")), pdf);
    const CliResult run = verify(path(QStringLiteral("flipped.pdf")), {QStringLiteral("--recheck")});
    EXPECT_EQ(run.code, 1) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("signature 1: NOT VALID"))) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("recheck: not done, the report does not verify")));
    EXPECT_FALSE(run.out.contains(QStringLiteral("recheck notice")));
}

TEST_F(Recheck, AnOutputSwappedByAnUpdateAfterSigningIsNotValidAndNothingIsRechecked)
{
    ReportForgery forgery(read(path(QStringLiteral("override.pdf"))));
    const QByteArray strong = read(fixture("sslscan-strong.xml"));
    forgery.append({{forgery.embeddedFile(sslscanWeakAttachment().toLatin1()),
        "<< /Type /EmbeddedFile /Length " + QByteArray::number(strong.size()) + " >>\nstream\n" + strong + "\nendstream"}});
    write(path(QStringLiteral("swapped.pdf")), forgery.pdf);
    const CliResult run = verify(path(QStringLiteral("swapped.pdf")), {QStringLiteral("--recheck")});
    EXPECT_EQ(run.code, 1) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("bytes were added after the signed range"))) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("result: NOT VALID")));
    EXPECT_TRUE(run.out.contains(QStringLiteral("recheck: not done, the report does not verify")));
}

// The ★3 router demo as scripts/bootstrap.sh runs it: its scan, TLS, SBOM and vulnerability
// outputs imported, the TLS proposals accepted, S1.1-13 overridden with a rationale: the scan
// finds only the needed interfaces open, but OSV's exploited busybox flaw is judged not to apply.
TEST_F(Recheck, TheRouterDemosReportShowsItsProposalsAndTheOverrideRecheckNames)
{
    const QString demo = demoFolder("router-star3");
    const QString file = path(QStringLiteral("demo.starmark"));
    const QString pdf = path(QStringLiteral("demo.pdf"));
    ASSERT_EQ(runStarmark({QStringLiteral("assess"), QStringLiteral("import"), demo + QStringLiteral("/declaration.yaml"), QStringLiteral("-o"), file}).code, 0);
    for (const char* output : {"nmap-lan.xml", "testssl-lan.json", "sbom.cdx.json", "osv-firmware.json"}) {
        const CliResult imported = runStarmark({QStringLiteral("tool"), QStringLiteral("import"), file, demo + QStringLiteral("/evidence/") + QLatin1String(output)});
        ASSERT_EQ(imported.code, 0) << output << imported.err.toStdString();
    }
    ASSERT_EQ(runStarmark({QStringLiteral("tool"), QStringLiteral("accept"), file, QStringLiteral("S1.1-12")}).code, 0);
    const QString rationale = QString::fromUtf8(read(demo + QStringLiteral("/override-S1.1-13.txt")));
    const CliResult overridden = runStarmark({QStringLiteral("tool"), QStringLiteral("override"), file, QStringLiteral("S1.1-13"),
        QStringLiteral("--verdict"), QStringLiteral("pass"), QStringLiteral("--rationale"), rationale});
    ASSERT_EQ(overridden.code, 0) << overridden.err.toStdString();
    ASSERT_EQ(runStarmark({QStringLiteral("assess"), QStringLiteral("sign-off"), file, QStringLiteral("--reviewer"), QStringLiteral("鈴木 一郎")}).code, 0);
    ASSERT_EQ(runStarmark({QStringLiteral("report"), file, QStringLiteral("-o"), pdf, QStringLiteral("--lang"), QStringLiteral("en"),
                  QStringLiteral("--key"), path(QStringLiteral("pki/lab.key")), QStringLiteral("--cert"), path(QStringLiteral("pki/lab.pem")),
                  QStringLiteral("--chain"), path(QStringLiteral("pki/ca.pem"))}).code, 0);

    const QString text = pdfText(pdf).simplified();
    // The TLS scan's two passes accepted, the ports' pass agreed with; busybox's fail overridden.
    EXPECT_TRUE(text.contains(QStringLiteral("4 proposals: 3 accepted, 1 overridden, 0 open"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("known to be exploited: busybox 1.36.1: OSV-2026-0417 / CVE-2026-31337")));

    const CliResult run = verify(pdf, {QStringLiteral("--recheck")});
    EXPECT_EQ(run.code, 0) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("requirements judged against them: S1.1-13\n"))) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("rationale: ") + rationale));
    EXPECT_EQ(run.out.count(QStringLiteral("recheck notice: S1.1-13")), 1);
    EXPECT_TRUE(run.out.contains(QStringLiteral("against the tools' proposal fail (rule no-known-exploited-vulnerability"))) << run.out.toStdString();
    EXPECT_FALSE(run.out.contains(QStringLiteral("recheck problem")));
}
