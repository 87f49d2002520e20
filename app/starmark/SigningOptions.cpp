#include "SigningOptions.h"

#include "evaluators/Clock.h"
#include "reports/PdfDss.h"

namespace starmark {
namespace {

const QCommandLineOption keyOption(
    QStringLiteral("key"), QStringLiteral("The signer's private key (PEM; may be encrypted)."), QStringLiteral("KEY"));
const QCommandLineOption certOption(QStringLiteral("cert"), QStringLiteral("The signer's certificate (PEM)."), QStringLiteral("CERT"));
const QCommandLineOption chainOption(
    QStringLiteral("chain"), QStringLiteral("Issuer certificates to include (PEM)."), QStringLiteral("CA"));
const QCommandLineOption passFileOption(
    QStringLiteral("passphrase-file"), QStringLiteral("Read the key's passphrase from FILE."), QStringLiteral("FILE"));
const QCommandLineOption passEnvOption(
    QStringLiteral("passphrase-env"), QStringLiteral("Read the key's passphrase from the variable VAR."), QStringLiteral("VAR"));
const QCommandLineOption tsaOption(QStringLiteral("tsa"),
    QStringLiteral("Add a signature timestamp from the RFC 3161 time-stamp authority at URL (PAdES B-T); its certificate must chain "
                   "to --trust or the trust store."),
    QStringLiteral("URL"));
const QCommandLineOption passPromptOption(
    QStringLiteral("passphrase-prompt"), QStringLiteral("Ask for the key's passphrase on the terminal."));
const QCommandLineOption ltvOption(QStringLiteral("ltv"),
    QStringLiteral("Add the chain and revocation data after signing (PAdES B-LT): OCSP from the certificates' AIA, else their CRLs."));
const QCommandLineOption crlOption(
    QStringLiteral("crl"), QStringLiteral("With --ltv: a CRL to use (DER or PEM; repeatable)."), QStringLiteral("FILE"));
const QCommandLineOption ocspResponseOption(QStringLiteral("ocsp-response"),
    QStringLiteral("With --ltv: an OCSP response to use (DER; repeatable)."), QStringLiteral("FILE"));

} // namespace

void SigningOptions::add(CommandLine& cli)
{
    cli.parser().addOptions({keyOption, certOption, chainOption, passFileOption, passEnvOption, passPromptOption, tsaOption, ltvOption, crlOption,
        ocspResponseOption});
    cli.addTrustOption(QStringLiteral("What the --tsa time-stamp authority must chain to"));
}

std::optional<std::optional<TimestampClient>> SigningOptions::timestampClient(CommandLine& cli, int* code)
{
    if (!cli.parser().isSet(tsaOption))
        return std::optional<TimestampClient>();
    const QUrl url(cli.parser().value(tsaOption));
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
        *code = cli.usageError(QStringLiteral("--tsa %1 is not an http:// or https:// URL").arg(cli.parser().value(tsaOption)));
        return std::nullopt;
    }
    std::optional<TrustAnchors> trust = cli.trustAnchors();
    if (!trust) {
        *code = ExitUsage;
        return std::nullopt;
    }
    if (trust->isEmpty()) {
        *code = cli.usageError(QStringLiteral("--tsa needs a trust anchor for the time-stamp authority: %1").arg(CommandLine::trustHint()));
        return std::nullopt;
    }
    return std::optional<TimestampClient>(TimestampClient(url, std::move(*trust)));
}

SigningOptions::Timestamping::Timestamping(std::optional<TimestampClient> client)
    : m_client(std::move(client))
{
}

PdfSigner::Timestamper SigningOptions::Timestamping::stamper()
{
    if (!m_client)
        return {};
    return [this](const QByteArray& signatureValue) {
        Result<QByteArray> token = m_client->stamp(signatureValue, Clock::system().now());
        m_problems << token.problems();
        return token;
    };
}

std::optional<SigningIdentity> SigningOptions::load(CommandLine& cli, int* code)
{
    const QCommandLineParser& p = cli.parser();
    if (!p.isSet(keyOption) || !p.isSet(certOption)) {
        *code = cli.usageError(QStringLiteral("--key and --cert are required (try 'starmark keys demo-pki DIR' for demo ones)"));
        return std::nullopt;
    }
    if (!p.isSet(ltvOption) && (p.isSet(crlOption) || p.isSet(ocspResponseOption))) {
        *code = cli.usageError(QStringLiteral("--crl and --ocsp-response go with --ltv"));
        return std::nullopt;
    }
    SigningIdentity::Passphrase passphrase;
    if (p.isSet(passFileOption))
        passphrase = {SigningIdentity::Passphrase::Source::File, p.value(passFileOption)};
    else if (p.isSet(passEnvOption))
        passphrase = {SigningIdentity::Passphrase::Source::Environment, p.value(passEnvOption)};
    else if (p.isSet(passPromptOption))
        passphrase = {SigningIdentity::Passphrase::Source::Prompt, {}};
    QString error;
    std::optional<SigningIdentity> identity
        = SigningIdentity::load(p.value(keyOption), p.value(certOption), p.value(chainOption), passphrase, &error);
    if (!identity) {
        cli.err() << QStringLiteral("error: ") << error << QLatin1Char('\n');
        *code = ExitUsage;
    }
    return identity;
}

Result<QByteArray> SigningOptions::extend(CommandLine& cli, const QByteArray& signedPdf)
{
    const QCommandLineParser& p = cli.parser();
    if (!p.isSet(ltvOption))
        return signedPdf;
    return PdfDss::extend(signedPdf, {p.values(ocspResponseOption), p.values(crlOption)});
}

} // namespace starmark
