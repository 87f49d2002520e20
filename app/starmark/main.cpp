#include "AssessCommand.h"
#include "CatalogCommand.h"
#include "ChecklistCommand.h"
#include "CommandLine.h"
#include "KeysCommand.h"
#include "VerifyCommand.h"
#include "VerifyLogCommand.h"


#include <QCoreApplication>
#include <QTextStream>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>
#include <unistd.h>

namespace {

constexpr const char* usage = R"(usage: starmark <command> [options]

commands:
  catalog validate PATH…            check catalog files (exit 1 if any is invalid)
  catalog list [--json]             the shipped catalogs, with digests and provenance
  catalog show ID [--lang ja|en] [--json]
                                    one catalog's questions and requirements

  assess init FILE --catalog ID     a new assessment (*.starmark)
  assess import DECLARATION -o FILE import a declaration (YAML) with its evidence
  assess set FILE KEY=VALUE…        change answers, verdicts, evidence, product facts
  assess sign-off FILE --reviewer N the reviewer's sign-off (lab mode); locks the file
  assess export FILE -o OUT.yaml    the declaration back, with its evidence files
  assess status FILE [--json]       level achieved, gaps, counts (exit 1 below target)
  assess revise FILE --firmware V   a new firmware revision; device results re-checked
  assess audit FILE [--json]        verify the audit trail (exit 1 if broken)

  checklist export FILE -o checklist.xlsx [--lang en]
                                    IPA's checklist as a workbook (Japanese by default)
  checklist import FILE checklist.xlsx
                                    apply a filled checklist's verdicts as one audited change

  report FILE --key K --cert C [--chain CA] [--tsa URL] -o report.pdf [--lang en] [--ltv [--crl F] [--ocsp-response F]]
                                    the signed PDF report (PAdES B-B; B-T with --tsa; B-LT with --ltv)
  verify report.pdf [--trust CA.pem] [--json]
                                    check a signed report (exit 1 if not valid)
  declare DECLARATION --key K --cert C -o OUTDIR
                                    the whole pipeline: import, then the signed report
  keys demo-pki OUTDIR [--revocation-port N]
                                    a demo CA, signers, OCSP responder and CRL, for trying things out
  keys demo-signer PKI --name N --organisation O [--role R]
                                    one more demo signer, for the organisation your declaration names

  tool import FILE OUTPUT [--format F]
                                    a scanner's or SBOM tool's output stored as evidence of
                                    the requirements the tool rules tie it to
  tool accept FILE REQUIREMENT|all  take the tools' proposals as the verdict
  tool override FILE REQUIREMENT --verdict V --rationale TEXT
                                    set the verdict against the tools' proposals, saying why
  tool run nmap|sslscan|testssl|ssh-audit FILE --target HOST[:PORT] [--allow-remote] [--timeout S]
                                    run an installed scanner; its output becomes evidence
  tool run lockout FILE --url URL --user U --wordlist F --password-file P [--auth basic|digest|form]
                                    StarMark's login-lockout probe (S1.1-04), its result as evidence

  label SOURCE [--trust CA.pem] --issuer-key K --registration R -o label.svg|png|pdf [--size small]
                                    a QR-coded label with a signed token (or --batch CSV -o DIR)
  verify-label URL|IMAGE --trust ISSUER.pem [--revocations LIST.json [--revocations-state FILE]] [--json]
                                    check a label offline: valid, expired, support ended, revoked
  verify-log --trust ISSUER.pem --sth STH.json [--inclusion PROOF.json] [--old-sth OLD.json --consistency PROOF.json]
                                    check the registry's transparency log offline

  surveil plan --size N [--seed S] -o plan.json [--db …]
                                    a seeded, risk-weighted sample of registered products
  surveil record REG REQUIREMENT --result conforms|nonconformity|observation [--note T] [--revoke REASON]
                                    a finding per requirement; a nonconformity may revoke the label
  surveil report --plan plan.json --key K --cert C -o report.pdf
                                    the certification body's signed surveillance report

  tsa serve --key K --cert C [--chain CA] [--listen ADDR] --port N
                                    an RFC 3161 time-stamp authority, for closed deployments and tests

  serve [--db FILE|postgresql://…] [--port N] --issuer-key K --trust CA.pem
                                    the registry: the page behind each QR code, the JSON API,
                                    publishing and revocation (serve add-token|revoke-token NAME, serve tokens: staff tokens)

Run 'starmark <command> <subcommand> --help' for the options of a command.
)";

// `report`, `declare`, `label`, `verify-label` and `surveil` render or read images with Qt GUI; they run in
// starmark-render, `serve` (which draws label artwork) in starmark-serve, and `tool` (sockets and TLS) in
// starmark-probe, all beside this executable, so that every other command starts fast.
int handOver(const char* executable, char* argv[])
{
    char self[4096];
    const ssize_t length = readlink("/proc/self/exe", self, sizeof self - 1);
    std::string helper = length > 0 ? std::string(self, size_t(length)) : std::string(argv[0]);
    helper = helper.substr(0, helper.rfind('/') + 1) + executable;
    execv(helper.c_str(), argv);
    std::fprintf(
        stderr, "starmark: cannot run %s (%s); reinstall StarMark: it belongs beside starmark\n", helper.c_str(), std::strerror(errno));
    return starmark::ExitUsage;
}

// The index of the command name in argv: after any global --lang given before it.
int commandIndex(int argc, char* argv[])
{
    int i = 1;
    while (i < argc && (qstrcmp(argv[i], "--lang") == 0 || qstrcmp(argv[i], "-lang") == 0))
        i += 2;
    while (i < argc && (qstrncmp(argv[i], "--lang=", 7) == 0 || qstrncmp(argv[i], "-lang=", 6) == 0))
        ++i;
    return i;
}

} // namespace

int main(int argc, char* argv[])
{
    // A file size limit must fail the write with an error we can report, not kill us.
    std::signal(SIGXFSZ, SIG_IGN);
    if (const int c = commandIndex(argc, argv); c < argc) {
        const char* name = argv[c];
        const bool render = qstrcmp(name, "report") == 0 || qstrcmp(name, "declare") == 0 || qstrcmp(name, "label") == 0
            || qstrcmp(name, "verify-label") == 0 || qstrcmp(name, "surveil") == 0;
        const bool probe = qstrcmp(name, "tool") == 0;
        if (render || probe || qstrcmp(name, "serve") == 0 || qstrcmp(name, "tsa") == 0) {
            // The helpers expect the command name first; a global --lang goes after it.
            std::vector<char*> ordered{argv[0], argv[c]};
            ordered.insert(ordered.end(), argv + 1, argv + c);
            ordered.insert(ordered.end(), argv + c + 1, argv + argc);
            ordered.push_back(nullptr);
            return handOver(render ? "starmark-render" : probe ? "starmark-probe" : "starmark-serve", ordered.data());
        }
    }
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("starmark"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STARMARK_VERSION));
    QStringList arguments = starmark::CommandLine::commandFirst(QCoreApplication::arguments().mid(1));
    if (const std::optional<int> refused = starmark::CommandLine::installLanguage(arguments))
        return *refused;
    const QString command = arguments.isEmpty() ? QString() : arguments.takeFirst();

    QTextStream out(stdout);
    if (command == QLatin1String("catalog"))
        return starmark::CatalogCommand::run(arguments);
    if (command == QLatin1String("assess"))
        return starmark::AssessCommand::run(arguments);
    if (command == QLatin1String("checklist"))
        return starmark::ChecklistCommand::run(arguments);
    const QStringList rest = QStringList{QStringLiteral("starmark")} + arguments;
    if (command == QLatin1String("verify"))
        return starmark::VerifyCommand::run(rest);
    if (command == QLatin1String("verify-log"))
        return starmark::VerifyLogCommand::run(rest);
    if (command == QLatin1String("keys"))
        return starmark::KeysCommand::run(arguments);
    if (command == QLatin1String("--version")) {
        out << "starmark " << QCoreApplication::applicationVersion() << '\n';
        return starmark::ExitOk;
    }
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help")) {
        out << usage;
        return starmark::ExitOk;
    }
    if (command.isEmpty()) {
        QTextStream(stderr) << usage;
        return starmark::ExitUsage;
    }
    return starmark::CommandLine::usageError(QStringLiteral("starmark"),
        starmark::Problem::unusable(QStringLiteral("usage.unknown-command"), starmark::Message("CommandLine", "unknown command '%1'").arg(command)));
}
