// PAdES B-T end to end with a real `starmark tsa serve` on loopback: reports signed with
// --tsa hold after their signer's certificate has ended, those without do not; the
// token passes `openssl ts -verify`, the report pdfsig; a TSA that is not trusted, or
// not there, stops the signing with nothing written; a TSA certificate that may not
// stamp keeps the service from starting.
#include "CliRunner.h"

#include "TestClock.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTemporaryDir>

#include <openssl/cms.h>
#include <openssl/x509.h>

#include <memory>

#include <gtest/gtest.h>

using namespace starmark::test;

namespace {

// `starmark tsa serve` with the PKI's tsa.key and tsa.pem, its clock flowing from the test's instant.
struct RunningTsa {
    std::unique_ptr<QProcess> process;
    QString url;
    QString started;
    RunningTsa(const QString& pki, const QString& cert = QStringLiteral("tsa.pem"))
    {
        process.reset(startStarmark({QStringLiteral("tsa"), QStringLiteral("serve"), QStringLiteral("--key"), pki + QStringLiteral("/tsa.key"),
                                        QStringLiteral("--cert"), pki + QLatin1Char('/') + cert, QStringLiteral("--port"), QStringLiteral("0")},
            Time::Flowing));
        while (!started.contains(QLatin1Char('\n')) && process->waitForReadyRead(20000))
            started += QString::fromUtf8(process->readAllStandardOutput());
        const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("(http://127.0.0.1:\\d+/)")).match(started);
        if (m.hasMatch())
            url = m.captured(1);
    }
    ~RunningTsa()
    {
        process->kill();
        process->waitForFinished();
    }
};

class Tsa : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        dir = new QTemporaryDir;
        ASSERT_EQ(runStarmark({QStringLiteral("keys"), QStringLiteral("demo-pki"), path(QStringLiteral("pki"))}).code, 0);
        ASSERT_EQ(runStarmark({QStringLiteral("keys"), QStringLiteral("demo-pki"), path(QStringLiteral("other"))}).code, 0);
        tsa = new RunningTsa(path(QStringLiteral("pki")));
        ASSERT_FALSE(tsa->url.isEmpty()) << tsa->started.toStdString() << tsa->process->readAllStandardError().toStdString();
        ASSERT_EQ(declare(QStringLiteral("stamped"), {QStringLiteral("--tsa"), tsa->url, QStringLiteral("--trust"), path(QStringLiteral("pki/ca.pem"))}).code, 0);
        ASSERT_EQ(declare(QStringLiteral("plain"), {}).code, 0);
    }
    static void TearDownTestSuite()
    {
        delete tsa;
        delete dir;
    }
    static QString path(const QString& name) { return dir->filePath(name); }
    static CliResult declare(const QString& out, const QStringList& extra)
    {
        const CliResult r = runStarmark(QStringList{QStringLiteral("declare"), demoFolder("camera-star1") + QStringLiteral("/declaration.yaml"),
                                            QStringLiteral("--key"), path(QStringLiteral("pki/manufacturer.key")), QStringLiteral("--cert"),
                                            path(QStringLiteral("pki/manufacturer.pem")), QStringLiteral("--chain"),
                                            path(QStringLiteral("pki/ca.pem")), QStringLiteral("-o"), path(out)}
            + extra);
        EXPECT_TRUE(r.code == 0 || !extra.isEmpty()) << r.err.toStdString();
        return r;
    }
    // `report` of the stamped declaration's assessment into `out`, with `extra`.
    static CliResult report(const QString& out, const QStringList& extra)
    {
        return runStarmark(QStringList{QStringLiteral("report"), path(QStringLiteral("stamped/assessment.starmark")), QStringLiteral("--key"),
                               path(QStringLiteral("pki/manufacturer.key")), QStringLiteral("--cert"), path(QStringLiteral("pki/manufacturer.pem")),
                               QStringLiteral("--chain"), path(QStringLiteral("pki/ca.pem")), QStringLiteral("-o"), out}
            + extra);
    }
    static QJsonObject verifyAt(const QString& pdf, const QString& instant, int* code)
    {
        const CliResult r = runStarmark(
            {QStringLiteral("verify"), pdf, QStringLiteral("--trust"), path(QStringLiteral("pki/ca.pem")), QStringLiteral("--json")}, {}, instant);
        *code = r.code;
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }
    static inline QTemporaryDir* dir = nullptr;
    static inline RunningTsa* tsa = nullptr;
};

const QString afterTheSignersEnd = testNow().addDays(1200).toString(Qt::ISODate); // signers hold 1095 days, the TSA 3650

} // namespace

TEST_F(Tsa, AStampedReportVerifiesAfterItsSignerHasEndedAndAPlainOneDoesNot)
{
    int code = -1;
    const QJsonObject stamped = verifyAt(path(QStringLiteral("stamped/report.pdf")), afterTheSignersEnd, &code);
    EXPECT_EQ(code, 0) << QJsonDocument(stamped).toJson().toStdString();
    EXPECT_EQ(stamped.value(QStringLiteral("verdict")).toString(), QStringLiteral("valid"));
    const QJsonObject signature = stamped.value(QStringLiteral("signatures")).toArray().at(0).toObject();
    const QDateTime proven
        = QDateTime::fromString(signature.value(QStringLiteral("timestamp")).toObject().value(QStringLiteral("time")).toString(), Qt::ISODate);
    EXPECT_GE(proven, testNow());
    EXPECT_LT(proven, testNow().addSecs(600)); // the TSA's clock flows from the test's instant
    EXPECT_EQ(signature.value(QStringLiteral("validated_at")).toString(), proven.toString(Qt::ISODate));
    EXPECT_TRUE(signature.value(QStringLiteral("timestamp")).toObject().value(QStringLiteral("authority")).toString().contains(
        QStringLiteral("Time-Stamping Authority")));
    EXPECT_EQ(signature.value(QStringLiteral("revocation_source")).toString(), QStringLiteral("none"));

    const QJsonObject plain = verifyAt(path(QStringLiteral("plain/report.pdf")), afterTheSignersEnd, &code);
    EXPECT_EQ(code, 1);
    EXPECT_EQ(plain.value(QStringLiteral("verdict")).toString(), QStringLiteral("invalid"));
    EXPECT_TRUE(plain.value(QStringLiteral("signatures")).toArray().at(0).toObject().value(QStringLiteral("timestamp")).isNull());
    EXPECT_EQ(plain.value(QStringLiteral("problems")).toArray().at(0).toObject().value(QStringLiteral("code")).toString(),
        QStringLiteral("report.signer-not-trusted"));
    // Both hold today.
    EXPECT_EQ(verifyAt(path(QStringLiteral("plain/report.pdf")), testNow().toString(Qt::ISODate), &code).value(QStringLiteral("verdict")),
        QStringLiteral("valid"));
}

TEST_F(Tsa, TheTokenPassesOpensslAndTheReportPdfsig)
{
    // The token and the imprint it must carry, out of the CMS in /Contents.
    const QByteArray pdf = read(path(QStringLiteral("stamped/report.pdf")));
    const QRegularExpressionMatch contents
        = QRegularExpression(QStringLiteral("/Contents\\s*<([0-9a-fA-F]+)>")).match(QString::fromLatin1(pdf), pdf.lastIndexOf("/ByteRange") - 20000);
    ASSERT_TRUE(contents.hasMatch());
    const QByteArray der = QByteArray::fromHex(contents.captured(1).toLatin1());
    const auto* bytes = reinterpret_cast<const unsigned char*>(der.constData());
    CMS_ContentInfo* cms = d2i_CMS_ContentInfo(nullptr, &bytes, long(der.size()));
    ASSERT_NE(cms, nullptr);
    CMS_SignerInfo* si = sk_CMS_SignerInfo_value(CMS_get0_SignerInfos(cms), 0);
    const int at = CMS_unsigned_get_attr_by_NID(si, NID_id_smime_aa_timeStampToken, -1);
    ASSERT_GE(at, 0);
    const ASN1_TYPE* token = X509_ATTRIBUTE_get0_type(CMS_unsigned_get_attr(si, at), 0);
    write(path(QStringLiteral("token.der")),
        QByteArray(reinterpret_cast<const char*>(ASN1_STRING_get0_data(token->value.sequence)), ASN1_STRING_length(token->value.sequence)));
    const ASN1_OCTET_STRING* value = CMS_SignerInfo_get0_signature(si);
    const QByteArray imprint = QCryptographicHash::hash(
        QByteArray(reinterpret_cast<const char*>(ASN1_STRING_get0_data(value)), ASN1_STRING_length(value)), QCryptographicHash::Sha256);
    CMS_ContentInfo_free(cms);

    const CliResult verified = runTool(QStringLiteral("openssl"),
        {QStringLiteral("ts"), QStringLiteral("-verify"), QStringLiteral("-digest"), QString::fromLatin1(imprint.toHex()), QStringLiteral("-in"),
            path(QStringLiteral("token.der")), QStringLiteral("-token_in"), QStringLiteral("-CAfile"), path(QStringLiteral("pki/ca.pem")),
            QStringLiteral("-untrusted"), path(QStringLiteral("pki/tsa.pem"))});
    EXPECT_TRUE(verified.out.contains(QStringLiteral("Verification: OK"))) << verified.out.toStdString();
    // Over another imprint it must fail: the check above can fail.
    const CliResult other = runTool(QStringLiteral("openssl"),
        {QStringLiteral("ts"), QStringLiteral("-verify"), QStringLiteral("-digest"), QString(64, QLatin1Char('0')), QStringLiteral("-in"),
            path(QStringLiteral("token.der")), QStringLiteral("-token_in"), QStringLiteral("-CAfile"), path(QStringLiteral("pki/ca.pem")),
            QStringLiteral("-untrusted"), path(QStringLiteral("pki/tsa.pem"))});
    EXPECT_FALSE(other.out.contains(QStringLiteral("Verification: OK"))) << other.out.toStdString();

    const CliResult pdfsig = runTool(QStringLiteral("pdfsig"), {path(QStringLiteral("stamped/report.pdf"))});
    EXPECT_TRUE(pdfsig.out.contains(QStringLiteral("Signature is Valid."))) << pdfsig.out.toStdString();
    EXPECT_TRUE(pdfsig.out.contains(QStringLiteral("Total document signed"))) << pdfsig.out.toStdString();
}

TEST_F(Tsa, AnUntrustedOrAbsentTsaStopsTheSigningAndNothingIsWritten)
{
    const QString out = path(QStringLiteral("kept.pdf"));
    write(out, "what was there before");
    for (const char* language : {"en", "ja"}) {
        // The TSA answers, but its certificate chains to a CA the signer was not told to trust.
        const CliResult foreign = report(out,
            {QStringLiteral("--tsa"), tsa->url, QStringLiteral("--trust"), path(QStringLiteral("other/ca.pem")), QStringLiteral("--lang"),
                QLatin1String(language)});
        EXPECT_EQ(foreign.code, 1) << foreign.err.toStdString();
        EXPECT_TRUE(foreign.err.contains(QLatin1String(language) == QLatin1String("en") ? QStringLiteral("is not trusted") : QStringLiteral("信頼されていない")))
            << foreign.err.toStdString();
        EXPECT_EQ(read(out), QByteArray("what was there before"));
    }
    // Nobody listens there.
    const CliResult absent = report(out, {QStringLiteral("--tsa"), QStringLiteral("http://127.0.0.1:1/"), QStringLiteral("--trust"),
                                             path(QStringLiteral("pki/ca.pem")), QStringLiteral("--lang"), QStringLiteral("en")});
    EXPECT_EQ(absent.code, 2) << absent.err.toStdString();
    EXPECT_TRUE(absent.err.contains(QStringLiteral("cannot be reached"))) << absent.err.toStdString();
    EXPECT_EQ(read(out), QByteArray("what was there before"));
    // --tsa without an anchor to check the TSA against, or not an http(s) URL, is refused before anything is asked.
    const CliResult bare = report(out, {QStringLiteral("--tsa"), tsa->url, QStringLiteral("--lang"), QStringLiteral("en")});
    EXPECT_EQ(bare.code, 2);
    EXPECT_TRUE(bare.err.contains(QStringLiteral("--tsa needs a trust anchor"))) << bare.err.toStdString();
    const CliResult ftp = report(out, {QStringLiteral("--tsa"), QStringLiteral("ftp://127.0.0.1/"), QStringLiteral("--trust"), path(QStringLiteral("pki/ca.pem"))});
    EXPECT_EQ(ftp.code, 2);
    EXPECT_EQ(read(out), QByteArray("what was there before"));
}

TEST_F(Tsa, ACertificateThatMayNotStampKeepsTheServiceFromStarting)
{
    // The manufacturer's certificate with the TSA's key: both refusals happen before it listens.
    const CliResult notTsa = runStarmark({QStringLiteral("tsa"), QStringLiteral("serve"), QStringLiteral("--key"),
        path(QStringLiteral("pki/manufacturer.key")), QStringLiteral("--cert"), path(QStringLiteral("pki/manufacturer.pem")), QStringLiteral("--port"),
        QStringLiteral("0"), QStringLiteral("--lang"), QStringLiteral("en")});
    EXPECT_EQ(notTsa.code, 2);
    EXPECT_TRUE(notTsa.err.contains(QStringLiteral("timeStamping"))) << notTsa.err.toStdString();
    EXPECT_FALSE(QFile::exists(path(QStringLiteral("pki/manufacturer.key.serial"))));
    const CliResult wrongKey = runStarmark({QStringLiteral("tsa"), QStringLiteral("serve"), QStringLiteral("--key"),
        path(QStringLiteral("pki/lab.key")), QStringLiteral("--cert"), path(QStringLiteral("pki/tsa.pem")), QStringLiteral("--port"), QStringLiteral("0")});
    EXPECT_EQ(wrongKey.code, 2);
    EXPECT_FALSE(QFile::exists(path(QStringLiteral("pki/lab.key.serial"))));
    // The running TSA has counted the suite's tokens in its serial file.
    EXPECT_GE(read(path(QStringLiteral("pki/tsa.key.serial"))).trimmed().toInt(), 1);
}

TEST_F(Tsa, RefusesWhatIsNotATimestampQueryOnItsHeadAlone)
{
    const QUrl url(tsa->url);
    const auto ask = [&](const QByteArray& request) {
        QTcpSocket socket;
        socket.connectToHost(QStringLiteral("127.0.0.1"), quint16(url.port()));
        EXPECT_TRUE(socket.waitForConnected(5000));
        socket.write(request);
        QByteArray answer;
        while (!answer.contains("\r\n\r\n") && socket.waitForReadyRead(5000))
            answer += socket.readAll();
        return answer;
    };
    EXPECT_TRUE(ask("GET / HTTP/1.1\r\nHost: x\r\n\r\n").startsWith("HTTP/1.1 405"));
    EXPECT_TRUE(ask("POST / HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: 4\r\n\r\nabcd").startsWith("HTTP/1.1 415"));
    // A body far beyond any query is refused before it is read.
    EXPECT_TRUE(ask("POST / HTTP/1.1\r\nHost: x\r\nContent-Type: application/timestamp-query\r\nContent-Length: 10000000\r\n\r\n")
                    .startsWith("HTTP/1.1 413"));
    // What is not a TimeStampReq gets a rejection, as RFC 3161 answers: HTTP 200 with status 2.
    const QByteArray rejected = ask("POST / HTTP/1.1\r\nHost: x\r\nContent-Type: application/timestamp-query\r\nContent-Length: 4\r\n\r\nabcd");
    EXPECT_TRUE(rejected.startsWith("HTTP/1.1 200")) << rejected.toStdString();
    EXPECT_TRUE(rejected.contains("application/timestamp-reply")) << rejected.toStdString();
}
