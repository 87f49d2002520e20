#pragma once

#include "criteria/Result.h"
#include "evaluators/tools/ToolFormat.h"

#include <QList>
#include <QStringList>

namespace starmark {

// The shipped rules that tie a tool's findings to requirements and test cases
// (share/tool-rules/*.yaml): versioned data with a digest, like a catalog, so that a
// report can name the exact rules a proposal came from and `verify --recheck` can
// use them again. Which findings a check reads is StarMark's code; which requirement
// it speaks to, its limits and lists are the data.
struct ToolRules {
    enum class Check { TlsMinimumProtocol, TlsAllowedSuites, NeededInterfaces, SbomComplete, NoKnownExploited };
    static constexpr Term<Check> checks[] = {{Check::TlsMinimumProtocol, "tls-minimum-protocol"},
        {Check::TlsAllowedSuites, "tls-allowed-suites"}, {Check::NeededInterfaces, "needed-interfaces"},
        {Check::SbomComplete, "sbom-complete"}, {Check::NoKnownExploited, "no-known-exploited"}};

    struct Rule {
        QString id;
        QString requirement; // a requirement id, or a test case id (S3.RT-03-T1)
        QList<ToolFormat> formats; // the outputs it reads
        Check check = Check::TlsMinimumProtocol;
        QString minimum; // tls-minimum-protocol: TLSv1.2
        QStringList allowed; // tls-allowed-suites: the suites (OpenSSL names) allowed
    };

    QString id; // e.g. jc-star
    QString version;
    QByteArray digest; // hex SHA-256 of the canonical JSON of everything above
    QList<Rule> rules;

    // The rules that read output of `format`.
    QList<const Rule*> rulesFor(ToolFormat format) const;

    // share/tool-rules/<id>.yaml, checked strictly like a catalog (yaml.* and tool-rules.* codes).
    static Result<ToolRules> load(const QString& path);
    static QByteArray digestOf(const ToolRules& rules);
};

} // namespace starmark
