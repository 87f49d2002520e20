#include "ReportFixture.h"

#include "reports/TrustAnchors.h"

#include <QDir>
#include <QFile>

#include <unistd.h>

#include <gtest/gtest.h>

using namespace starmark;
using namespace starmark::test;

namespace {

void write(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

QByteArray read(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The error fromPaths gives for `paths`; fails the test if it loads.
QString refusal(const QStringList& paths)
{
    QString error;
    const std::optional<TrustAnchors> anchors = TrustAnchors::fromPaths(paths, &error);
    EXPECT_FALSE(anchors.has_value()) << paths.join(QLatin1Char(' ')).toStdString();
    return error;
}

} // namespace

TEST(TrustAnchors, AMissingEmptyOrCertificatelessFileIsAnErrorNeverAnEmptySet)
{
    QTemporaryDir dir;
    ReportFixture& f = ReportFixture::instance();
    EXPECT_TRUE(refusal({dir.filePath(QStringLiteral("missing.pem"))}).contains(QStringLiteral("missing.pem: no such file")));
    write(dir.filePath(QStringLiteral("empty.pem")), {});
    // Named, with why in the installed language: no certificate in it.
    EXPECT_TRUE(refusal({dir.filePath(QStringLiteral("empty.pem"))}).startsWith(dir.filePath(QStringLiteral("empty.pem")) + QStringLiteral(": ")));
    EXPECT_TRUE(findProblem(Certificate::readPem(dir.filePath(QStringLiteral("empty.pem"))).problems(), u"signing.no-certificate"));
    EXPECT_TRUE(refusal({f.pki(QStringLiteral("manufacturer.key"))}).startsWith(f.pki(QStringLiteral("manufacturer.key")) + QStringLiteral(": ")));
    EXPECT_TRUE(findProblem(Certificate::readPem(f.pki(QStringLiteral("manufacturer.key"))).problems(), u"signing.no-certificate"));
    // One bad path among good ones spoils the lot: no quiet partial set.
    EXPECT_FALSE(refusal({f.pki(QStringLiteral("ca.pem")), dir.filePath(QStringLiteral("empty.pem"))}).isEmpty());
    QDir().mkpath(dir.filePath(QStringLiteral("empty-folder")));
    EXPECT_TRUE(refusal({dir.filePath(QStringLiteral("empty-folder"))}).contains(QStringLiteral("no trust anchor in this folder")));
    write(dir.filePath(QStringLiteral("roles-only.yaml")), "anchors:\n  - sha256: " + QByteArray(64, 'a') + "\n    roles: [lab]\n");
    EXPECT_TRUE(refusal({dir.filePath(QStringLiteral("roles-only.yaml"))}).contains(QStringLiteral("no trust anchor in it")));
    if (::geteuid() != 0) {
        write(dir.filePath(QStringLiteral("locked.pem")), read(f.pki(QStringLiteral("ca.pem"))));
        QFile::setPermissions(dir.filePath(QStringLiteral("locked.pem")), QFileDevice::WriteOwner);
        EXPECT_TRUE(refusal({dir.filePath(QStringLiteral("locked.pem"))}).contains(QStringLiteral("cannot be read")));
    }
}

TEST(TrustAnchors, LoadsFilesAndFoldersAndCopiesShareTheCertificates)
{
    QTemporaryDir dir;
    ReportFixture& f = ReportFixture::instance();
    write(dir.filePath(QStringLiteral("store/ca.pem")), read(f.pki(QStringLiteral("ca.pem"))));
    write(dir.filePath(QStringLiteral("store/again.pem")), read(f.pki(QStringLiteral("ca.pem"))));
    QString error;
    std::optional<TrustAnchors> copy;
    {
        const std::optional<TrustAnchors> anchors
            = TrustAnchors::fromPaths({dir.filePath(QStringLiteral("store")), f.pki(QStringLiteral("ca.pem"))}, &error);
        ASSERT_TRUE(anchors) << error.toStdString();
        EXPECT_EQ(anchors->certificates().size(), 1); // the same CA thrice is one anchor
        EXPECT_EQ(anchors->sources().size(), 3);
        copy = anchors;
    }
    ASSERT_EQ(copy->certificates().size(), 1);
    EXPECT_EQ(copy->certificates().first().fingerprint().size(), 64); // still alive after the original went
    EXPECT_TRUE(TrustAnchors().isEmpty());
}

TEST(TrustAnchors, TrustYamlErrorsNameTheFileTheLineAndTheFix)
{
    QTemporaryDir dir;
    ReportFixture& f = ReportFixture::instance();
    write(dir.filePath(QStringLiteral("ca.pem")), read(f.pki(QStringLiteral("ca.pem"))));
    const QString yaml = dir.filePath(QStringLiteral("trust.yaml"));
    const auto refused = [&](const QByteArray& text) {
        write(yaml, text);
        return refusal({yaml});
    };
    QString e = refused("anchors:\n  - certificate: ca.pem\n    roles: [manufacturer, admin]\n");
    EXPECT_TRUE(e.contains(QStringLiteral("trust.yaml:3:"))
        && e.contains(QStringLiteral("'admin' is not a role; use one of: manufacturer, lab, "
                                     "certification-body")))
        << e.toStdString();
    e = refused("anchors:\n  - certificate: missing.pem\n    roles: [lab]\n");
    EXPECT_TRUE(e.contains(QStringLiteral("trust.yaml:2:")) && e.contains(QStringLiteral("missing.pem"))) << e.toStdString();
    e = refused("anchors:\n  - sha256: 12:34\n    roles: [lab]\n");
    EXPECT_TRUE(e.contains(QStringLiteral("is not a SHA-256 fingerprint"))) << e.toStdString();
    e = refused("anchors:\n  - certificate: ca.pem\n    sha256: " + QByteArray(64, 'b') + "\n    roles: [lab]\n");
    EXPECT_TRUE(e.contains(QStringLiteral("not that of the certificate named beside it"))) << e.toStdString();
    e = refused("anchors:\n  - certificate: ca.pem\n");
    EXPECT_TRUE(e.contains(QStringLiteral("roles"))) << e.toStdString();
    e = refused("anchors:\n  - certificate: ca.pem\n    roles: []\n");
    EXPECT_TRUE(e.contains(QStringLiteral("the list is empty"))) << e.toStdString();
    e = refused("anchors:\n  - roles: [lab]\n");
    EXPECT_TRUE(e.contains(QStringLiteral("name the CA"))) << e.toStdString();
    e = refused("anchor:\n  - certificate: ca.pem\n    roles: [lab]\n");
    EXPECT_TRUE(e.contains(QStringLiteral("anchor"))) << e.toStdString();
    e = refused("anchors: [\n");
    EXPECT_TRUE(e.contains(QStringLiteral("trust.yaml"))) << e.toStdString();

    write(yaml, "anchors:\n  - certificate: ca.pem\n    roles: [manufacturer]\n    organisations: [\"Miraisense  Co., Ltd.\"]\n");
    QString error;
    const std::optional<TrustAnchors> anchors = TrustAnchors::fromPaths({yaml}, &error);
    ASSERT_TRUE(anchors) << error.toStdString();
    ASSERT_EQ(anchors->grants().size(), 1);
    EXPECT_EQ(anchors->grants()[0].sha256, anchors->certificates().first().fingerprint());
    EXPECT_EQ(anchors->grants()[0].organisations, QStringList{QStringLiteral("Miraisense Co., Ltd.")});
}

TEST(TrustAnchors, TheTrustStoreIsReadWhenNoPathIsGiven)
{
    QTemporaryDir config;
    const QByteArray saved = qgetenv("XDG_CONFIG_HOME");
    qputenv("XDG_CONFIG_HOME", config.path().toUtf8());
    ReportFixture& f = ReportFixture::instance();
    QString error;
    std::optional<TrustAnchors> none = TrustAnchors::configured(&error);
    ASSERT_TRUE(none) << error.toStdString();
    const qsizetype system = none->certificates().size(); // what /etc/starmark/trust holds on this machine, if anything
    write(config.filePath(QStringLiteral("starmark/trust/ca.pem")), read(f.pki(QStringLiteral("ca.pem"))));
    std::optional<TrustAnchors> store = TrustAnchors::load({}, &error);
    ASSERT_TRUE(store) << error.toStdString();
    EXPECT_GE(store->certificates().size(), 1);
    EXPECT_TRUE(store->sources().contains(config.filePath(QStringLiteral("starmark/trust/ca.pem"))));
    // Given paths replace the store.
    QTemporaryDir other;
    write(other.filePath(QStringLiteral("ca.pem")), read(f.pki(QStringLiteral("lab.pem")))); // a leaf, but a certificate
    std::optional<TrustAnchors> given = TrustAnchors::load({other.filePath(QStringLiteral("ca.pem"))}, &error);
    ASSERT_TRUE(given) << error.toStdString();
    EXPECT_EQ(given->sources(), QStringList{other.filePath(QStringLiteral("ca.pem"))});
    // A broken file in the store is an error, not a smaller store.
    write(config.filePath(QStringLiteral("starmark/trust/broken.pem")), "-----BEGIN CERTIFICATE-----\nnope\n");
    EXPECT_FALSE(TrustAnchors::configured(&error).has_value());
    EXPECT_TRUE(error.contains(QStringLiteral("broken.pem"))) << error.toStdString();
    qputenv("XDG_CONFIG_HOME", saved);
    EXPECT_GE(system, 0);
}
