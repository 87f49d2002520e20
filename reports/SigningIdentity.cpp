#include "reports/SigningIdentity.h"

#include "criteria/InputFile.h"
#include "criteria/InputLimits.h"
#include "reports/OpenSsl.h"

#include <QFile>

#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace starmark {
namespace {

// Reads a line from the terminal without echoing it.
QByteArray promptForPassphrase(const QString& keyPath)
{
    if (!isatty(STDIN_FILENO))
        return {};
    std::fprintf(stderr, "passphrase for %s: ", qPrintable(keyPath));
    termios old{};
    tcgetattr(STDIN_FILENO, &old);
    termios silent = old;
    silent.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    char buffer[1024];
    const bool read = std::fgets(buffer, sizeof buffer, stdin) != nullptr;
    tcsetattr(STDIN_FILENO, TCSANOW, &old);
    std::fprintf(stderr, "\n");
    QByteArray line = read ? QByteArray(buffer) : QByteArray();
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return line;
}

struct PassphraseContext {
    QByteArray value;
    bool asked = false;
};

int passphraseCallback(char* buffer, int size, int, void* userdata)
{
    auto* context = static_cast<PassphraseContext*>(userdata);
    context->asked = true;
    const int length = std::min<int>(size, int(context->value.size()));
    std::memcpy(buffer, context->value.constData(), size_t(length));
    return length;
}

} // namespace

void SigningIdentity::FreeKey::operator()(evp_pkey_st* k) const
{
    EVP_PKEY_free(k);
}

bool SigningIdentity::needsPassphrase(const QString& keyPath)
{
    const auto read = InputFile::read(keyPath, InputLimits::pemBytes);
    const QByteArray pem = read ? *read : QByteArray();
    // PKCS#8 says so in its label, traditional PEM in a Proc-Type header.
    return pem.contains("-----BEGIN ENCRYPTED PRIVATE KEY-----") || pem.contains("Proc-Type: 4,ENCRYPTED");
}

std::optional<SigningIdentity> SigningIdentity::load(
    const QString& keyPath, const QString& certificatePath, const QString& chainPath, const Passphrase& passphrase, QString* error)
{
    auto fail = [&](const QString& message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const auto read = InputFile::read(keyPath, InputLimits::pemBytes);
    if (!read)
        return fail(read.problems().constFirst().toString());
    const QByteArray& pem = *read;

    PassphraseContext context;
    switch (passphrase.source) {
    case Passphrase::Source::None:
        break;
    case Passphrase::Source::File: {
        QFile f(passphrase.value);
        if (!f.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("%1: the passphrase file cannot be read (%2)").arg(passphrase.value, f.errorString()));
        context.value = f.readLine();
        while (context.value.endsWith('\n') || context.value.endsWith('\r'))
            context.value.chop(1);
        break;
    }
    case Passphrase::Source::Environment:
        if (!qEnvironmentVariableIsSet(qPrintable(passphrase.value)))
            return fail(QStringLiteral("the environment variable %1 holding the passphrase is not set").arg(passphrase.value));
        context.value = qgetenv(qPrintable(passphrase.value));
        break;
    case Passphrase::Source::Prompt:
        context.value = promptForPassphrase(keyPath);
        break;
    case Passphrase::Source::Given:
        context.value = passphrase.value.toUtf8();
        break;
    }

    SigningIdentity identity;
    BIO* bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
    identity.m_key.reset(PEM_read_bio_PrivateKey(bio, nullptr, passphraseCallback, &context));
    BIO_free(bio);
    context.value.fill('\0'); // the passphrase is not kept
    if (!identity.m_key) {
        const QString detail = takeOpenSslError();
        if (context.asked && passphrase.source == Passphrase::Source::None)
            return fail(QStringLiteral(
                "%1: the key is encrypted; give its passphrase with --passphrase-file, --passphrase-env or --passphrase-prompt")
                            .arg(keyPath));
        if (context.asked)
            return fail(QStringLiteral("%1: the passphrase does not unlock this key").arg(keyPath));
        return fail(QStringLiteral("%1: not a PEM private key (%2)").arg(keyPath, detail));
    }

    Result<QList<Certificate>> certificates = Certificate::readPem(certificatePath);
    if (!certificates)
        return fail(certificates.problems().first().toString());
    identity.m_certificate = certificates->takeFirst();
    identity.m_chain = certificates.take();
    if (X509_check_private_key(identity.certificate(), identity.m_key.get()) != 1) {
        ERR_clear_error();
        return fail(QStringLiteral("%1 is not the certificate of the key %2; give the matching pair").arg(certificatePath, keyPath));
    }
    if (!chainPath.isEmpty()) {
        const Result<QList<Certificate>> chain = Certificate::readPem(chainPath);
        if (!chain)
            return fail(chain.problems().first().toString());
        identity.m_chain += *chain;
    }
    return identity;
}

QString SigningIdentity::subject() const
{
    return m_certificate->subject();
}

} // namespace starmark
