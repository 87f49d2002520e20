// PAdES B-LT as a lab and a certification body meet it: `--ltv` fetching from a real
// `openssl ocsp` responder and a CRL from a local HTTP server, both on loopback, the
// DSS read back with qpdf, pdfsig still content, and a revoked signer caught.
#include "CliRunner.h"
#include "TestClock.h"

#include "reports/PdfDss.h"
#include "reports/PdfSigner.h"
#include "reports/ValidationData.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>

#include <memory>

#include <gtest/gtest.h>

using namespace starmark;
using namespace starmark::test;

namespace {

quint16 freePorts() // a port whose next one is free too
{
    for (int attempt = 0; attempt < 50; ++attempt) {
        QTcpServer first, second;
        if (first.listen(QHostAddress::LocalHost, 0) && second.listen(QHostAddress::LocalHost, first.serverPort() + 1))
            return first.serverPort();
    }
    ADD_FAILURE() << "no two free loopback ports";
    return 0;
}

bool waitForListening(quint16 port)
{
    for (int i = 0; i < 100; ++i) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        if (socket.waitForConnected(100))
            return true;
        QThread::msleep(50);
    }
    return false;
}

// A server process for the length of a test, ended by its id.
struct Server {
    std::unique_ptr<QProcess> process;
    ~Server()
    {
        if (process) {
            process->kill();
            process->waitForFinished(5000);
        }
    }
};

class LongTermValidation : public ::testing::Test {
protected:
    void SetUp() override
    {
        port = freePorts();
        ASSERT_EQ(runStarmark({QStringLiteral("keys"), QStringLiteral("demo-pki"), pki(), QStringLiteral("--revocation-port"),
                                  QString::number(port)})
                      .code,
            0);
        // The demo CA as `openssl ca` knows it: its index, a CRL number.
        QFile config(path(QStringLiteral("ca.cnf")));
        ASSERT_TRUE(config.open(QIODevice::WriteOnly));
        config.write("[ca]\ndefault_ca = demo\n[demo]\ndatabase = pki/index.txt\ncertificate = pki/ca.pem\nprivate_key = pki/ca.key\n"
                     "default_md = sha256\ndefault_crl_days = 30\ncrlnumber = crlnumber\n");
        config.close();
        QFile number(path(QStringLiteral("crlnumber")));
        ASSERT_TRUE(number.open(QIODevice::WriteOnly));
        number.write("01\n");
    }
    QString path(const QString& name) const { return dir.filePath(name); }
    QString pki(const QString& file = {}) const { return dir.filePath(QStringLiteral("pki/") + file); }

    void startOcsp()
    {
        ocsp.process.reset(startScript(QStringLiteral("exec openssl ocsp -index pki/index.txt -port %1 -rsigner pki/ocsp.pem -rkey "
                                                      "pki/ocsp.key -CA pki/ca.pem -ignore_err 2>&1")
                                           .arg(port),
            dir.path(), Time::Flowing));
        // Not by connecting: openssl ocsp serves one connection at a time and waits on an empty one for good.
        QByteArray said;
        while (!said.contains("waiting for OCSP client connections") && ocsp.process->waitForReadyRead(10000))
            said += ocsp.process->readAll();
        ASSERT_TRUE(said.contains("waiting for OCSP client connections")) << said.toStdString();
    }
    // Serves the folder's files over HTTP on port + 1, as a CA's CRL distribution point.
    void startCrlServer(const QString& folder)
    {
        crlServer.process.reset(
            startScript(QStringLiteral("exec python3 -m http.server %1 --bind 127.0.0.1 2>/dev/null").arg(port + 1), folder, Time::Flowing));
        ASSERT_TRUE(waitForListening(port + 1));
    }
    CliResult declare(const QString& out, const QStringList& more = {})
    {
        return runStarmark(QStringList{QStringLiteral("declare"), demoFolder("camera-star1") + QStringLiteral("/declaration.yaml"),
                               QStringLiteral("--key"), pki(QStringLiteral("manufacturer.key")), QStringLiteral("--cert"),
                               pki(QStringLiteral("manufacturer.pem")), QStringLiteral("--chain"), pki(QStringLiteral("ca.pem")),
                               QStringLiteral("-o"), path(out)}
            + more);
    }
    QJsonObject verify(const QString& pdf, int* code)
    {
        const CliResult run = runStarmark(
            {QStringLiteral("verify"), pdf, QStringLiteral("--trust"), pki(QStringLiteral("ca.pem")), QStringLiteral("--json")});
        *code = run.code;
        return QJsonDocument::fromJson(run.out.toUtf8()).object();
    }
    // The object qpdf shows for `key` of the catalog (e.g. the DSS), resolved.
    QString dss(const QString& pdf)
    {
        const CliResult trailer = runTool(QStringLiteral("qpdf"), {QStringLiteral("--show-object=trailer"), pdf});
        const QString root = QRegularExpression(QStringLiteral("/Root (\\d+) 0 R")).match(trailer.out).captured(1);
        const CliResult catalog = runTool(QStringLiteral("qpdf"), {QStringLiteral("--show-object=") + root, pdf});
        const QString number = QRegularExpression(QStringLiteral("/DSS (\\d+) 0 R")).match(catalog.out).captured(1);
        if (number.isEmpty())
            return {};
        return runTool(QStringLiteral("qpdf"), {QStringLiteral("--show-object=") + number, pdf}).out;
    }
    void revokeManufacturer()
    {
        const CliResult revoked = runTool(QStringLiteral("bash"),
            {QStringLiteral("-c"),
                QStringLiteral("cd '%1' && openssl ca -config ca.cnf -revoke pki/manufacturer.pem && openssl ca -config ca.cnf -gencrl -out "
                               "revoked.crl")
                    .arg(dir.path())});
        ASSERT_EQ(revoked.code, 0) << revoked.out.toStdString();
    }

    QTemporaryDir dir;
    quint16 port = 0;
    Server ocsp, crlServer;
};

// The uppercase hex SHA-1 of the signature's /Contents: what its VRI entry is keyed by.
QString vriKey(const QByteArray& pdf)
{
    const qsizetype at = pdf.indexOf("/Contents<");
    const QByteArray hex = pdf.mid(at + 10, pdf.indexOf('>', at) - at - 10);
    return QString::fromLatin1(QCryptographicHash::hash(QByteArray::fromHex(hex), QCryptographicHash::Sha1).toHex().toUpper());
}

} // namespace

TEST_F(LongTermValidation, OcspFromTheCertificatesAiaGoesIntoTheDssQpdfShowsItAndPdfsigStillSaysValid)
{
    startOcsp();
    const CliResult run = declare(QStringLiteral("ltv"), {QStringLiteral("--ltv")});
    ASSERT_EQ(run.code, 0) << run.err.toStdString();
    const QString pdf = path(QStringLiteral("ltv/report.pdf"));
    const QString shown = dss(pdf);
    EXPECT_TRUE(shown.contains(QStringLiteral("/Type /DSS"))) << shown.toStdString();
    EXPECT_TRUE(QRegularExpression(QStringLiteral("/Certs \\[ \\d+ 0 R \\d+ 0 R \\]")).match(shown).hasMatch()) << shown.toStdString();
    EXPECT_TRUE(QRegularExpression(QStringLiteral("/OCSPs \\[ \\d+ 0 R \\]")).match(shown).hasMatch()) << shown.toStdString();
    EXPECT_FALSE(shown.contains(QStringLiteral("/CRLs")));
    EXPECT_TRUE(shown.contains(QStringLiteral("/VRI << /") + vriKey(read(pdf)) + QStringLiteral(" << /Cert ["))) << shown.toStdString();

    // The OCSP response qpdf finds there is the responder's, and says good.
    const QString ocspNumber = QRegularExpression(QStringLiteral("/OCSPs \\[ (\\d+) 0 R")).match(shown).captured(1);
    const CliResult raw = runTool(QStringLiteral("bash"),
        {QStringLiteral("-c"),
            QStringLiteral("qpdf --show-object=%1 --raw-stream-data '%2' > '%3/r.der' && openssl ocsp -respin '%3/r.der' -resp_text -noverify")
                .arg(ocspNumber, pdf, dir.path())});
    EXPECT_TRUE(raw.out.contains(QStringLiteral("Cert Status: good"))) << raw.out.toStdString();
    EXPECT_TRUE(raw.out.contains(QStringLiteral("StarMark DEMO OCSP responder"))) << raw.out.toStdString();

    const CliResult check = runTool(QStringLiteral("qpdf"), {QStringLiteral("--check"), pdf});
    EXPECT_EQ(check.code, 0) << check.out.toStdString();
    const CliResult pdfsig = runTool(QStringLiteral("pdfsig"), {pdf});
    EXPECT_TRUE(pdfsig.out.contains(QStringLiteral("Signature is Valid."))) << pdfsig.out.toStdString();
    // NSS behind pdfsig asks the same responder online, at the AIA, and trusts the signer.
    QDir().mkpath(path(QStringLiteral("nss")));
    const QString nss = QStringLiteral("sql:") + path(QStringLiteral("nss"));
    ASSERT_EQ(runTool(QStringLiteral("certutil"), {QStringLiteral("-N"), QStringLiteral("-d"), nss, QStringLiteral("--empty-password")}).code, 0);
    ASSERT_EQ(runTool(QStringLiteral("certutil"),
                  {QStringLiteral("-A"), QStringLiteral("-d"), nss, QStringLiteral("-n"), QStringLiteral("ca"), QStringLiteral("-t"),
                      QStringLiteral("C,C,C"), QStringLiteral("-i"), pki(QStringLiteral("ca.pem"))})
                  .code,
        0);
    const CliResult online = runTool(QStringLiteral("pdfsig"), {QStringLiteral("-nssdir"), nss, pdf});
    EXPECT_TRUE(online.out.contains(QStringLiteral("Certificate is Trusted."))) << online.out.toStdString();

    int code = -1;
    const QJsonObject json = verify(pdf, &code);
    EXPECT_EQ(code, 0) << QJsonDocument(json).toJson().toStdString();
    EXPECT_EQ(json[QStringLiteral("verdict")].toString(), QStringLiteral("valid"));
    const QJsonObject revocation = json[QStringLiteral("signatures")][0][QStringLiteral("revocation")].toObject();
    EXPECT_EQ(revocation[QStringLiteral("source")].toString(), QStringLiteral("embedded"));
    EXPECT_EQ(revocation[QStringLiteral("status")].toString(), QStringLiteral("good"));
}

TEST_F(LongTermValidation, WithNoOcspResponderTheCrlAtTheDistributionPointIsEmbedded)
{
    startCrlServer(pki());
    const CliResult run = declare(QStringLiteral("ltv"), {QStringLiteral("--ltv")});
    ASSERT_EQ(run.code, 0) << run.err.toStdString();
    const QString shown = dss(path(QStringLiteral("ltv/report.pdf")));
    EXPECT_TRUE(QRegularExpression(QStringLiteral("/CRLs \\[ \\d+ 0 R \\]")).match(shown).hasMatch()) << shown.toStdString();
    EXPECT_FALSE(shown.contains(QStringLiteral("/OCSPs")));
    int code = -1;
    const QJsonObject json = verify(path(QStringLiteral("ltv/report.pdf")), &code);
    EXPECT_EQ(code, 0);
    EXPECT_EQ(json[QStringLiteral("signatures")][0][QStringLiteral("revocation")][QStringLiteral("source")].toString(),
        QStringLiteral("embedded"));
}

TEST_F(LongTermValidation, NothingReachableIsAnErrorAndNothingIsWrittenUnlessTheDataIsGivenByFile)
{
    const CliResult none = declare(QStringLiteral("none"), {QStringLiteral("--ltv")});
    EXPECT_EQ(none.code, 1);
    // It names the certificate and each address tried.
    EXPECT_TRUE(none.err.contains(QStringLiteral("DEMO Manufacturer signer"))) << none.err.toStdString();
    EXPECT_TRUE(none.err.contains(QStringLiteral("http://127.0.0.1:%1/").arg(port))) << none.err.toStdString();
    EXPECT_TRUE(none.err.contains(QStringLiteral("http://127.0.0.1:%1/ca.crl").arg(port + 1))) << none.err.toStdString();
    EXPECT_TRUE(none.err.contains(QStringLiteral("--crl FILE"))) << none.err.toStdString(); // the shell's hint
    EXPECT_FALSE(QFile::exists(path(QStringLiteral("none/report.pdf"))));

    const CliResult given = declare(QStringLiteral("given"), {QStringLiteral("--ltv"), QStringLiteral("--crl"), pki(QStringLiteral("ca.crl"))});
    ASSERT_EQ(given.code, 0) << given.err.toStdString();
    EXPECT_TRUE(dss(path(QStringLiteral("given/report.pdf"))).contains(QStringLiteral("/CRLs")));

    const CliResult wrong = declare(
        QStringLiteral("wrong"), {QStringLiteral("--ltv"), QStringLiteral("--ocsp-response"), pki(QStringLiteral("ca.crl"))});
    EXPECT_EQ(wrong.code, 2) << wrong.err.toStdString();
    EXPECT_TRUE(wrong.err.contains(pki(QStringLiteral("ca.crl")))) << wrong.err.toStdString();
    EXPECT_FALSE(QFile::exists(path(QStringLiteral("wrong/report.pdf"))));

    const CliResult alone = declare(QStringLiteral("alone"), {QStringLiteral("--crl"), pki(QStringLiteral("ca.crl"))});
    EXPECT_EQ(alone.code, 2);
    EXPECT_FALSE(QFile::exists(path(QStringLiteral("alone/report.pdf"))));
}

// The signer's certificate revoked on the demo CA's index (openssl ca -revoke): signing with
// --ltv refuses, and a report whose DSS carries the revocation is not valid.
TEST_F(LongTermValidation, ARevokedSignerIsRefusedWhenSigningAndNotValidByTheEmbeddedOcspResponseOrCrl)
{
    const CliResult before = declare(QStringLiteral("before"));
    ASSERT_EQ(before.code, 0) << before.err.toStdString();
    revokeManufacturer();
    startOcsp();
    const CliResult refused = declare(QStringLiteral("after"), {QStringLiteral("--ltv")});
    EXPECT_EQ(refused.code, 1);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("DEMO Manufacturer signer"))) << refused.err.toStdString();
    EXPECT_TRUE(refused.err.contains(testNow().toString(Qt::ISODate))) << refused.err.toStdString(); // when openssl ca revoked it
    EXPECT_FALSE(QFile::exists(path(QStringLiteral("after/report.pdf"))));

    // Whoever keeps the earlier report adds what the responder and the CA now say.
    const std::unique_ptr<QProcess> fetch(startScript(
        QStringLiteral("openssl ocsp -issuer pki/ca.pem -cert pki/manufacturer.pem -url http://127.0.0.1:%1/ -CAfile pki/ca.pem "
                       "-respout revoked.der 2>&1")
            .arg(port),
        dir.path(), Time::Flowing));
    ASSERT_TRUE(fetch->waitForFinished(30000));
    const QString fetched = QString::fromUtf8(fetch->readAll());
    ASSERT_TRUE(fetched.contains(QStringLiteral("manufacturer.pem: revoked"))) << fetched.toStdString();
    const QByteArray signedPdf = read(path(QStringLiteral("before/report.pdf")));
    for (const bool byOcsp : {true, false}) {
        ValidationData data;
        (byOcsp ? data.ocspResponses : data.crls)
            .append(byOcsp ? read(path(QStringLiteral("revoked.der"))) : RevocationStatus::crlDer(read(path(QStringLiteral("revoked.crl")))));
        const Result<QByteArray> kept = PdfSigner::addDss(signedPdf, data);
        ASSERT_TRUE(kept.ok());
        QFile out(path(QStringLiteral("kept.pdf")));
        ASSERT_TRUE(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(*kept);
        out.close();
        int code = -1;
        const QJsonObject json = verify(out.fileName(), &code);
        EXPECT_EQ(code, 1) << byOcsp;
        EXPECT_EQ(json[QStringLiteral("verdict")].toString(), QStringLiteral("invalid"));
        EXPECT_EQ(json[QStringLiteral("signatures")][0][QStringLiteral("revocation")][QStringLiteral("status")].toString(),
            QStringLiteral("revoked"));
        bool named = false;
        for (const QJsonValue& p : json[QStringLiteral("problems")].toArray())
            named = named || p[QStringLiteral("code")].toString() == QLatin1String("report.signer-revoked");
        EXPECT_TRUE(named) << QJsonDocument(json).toJson().toStdString();
        EXPECT_TRUE(runTool(QStringLiteral("pdfsig"), {out.fileName()}).out.contains(QStringLiteral("Signature is Valid.")));
    }
}
