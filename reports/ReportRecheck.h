#pragma once

#include "reports/ReportProposals.h"
#include "reports/ReportVerifier.h"

namespace starmark {

// The use case behind `starmark verify --recheck`, after ReportVerifier: every proposal
// derived again from the raw outputs inside the signed report (each checked against the
// SHA-256 its tool run records) with the shipped rules, and set beside what the report
// lists. A proposal the report lists and the outputs do not give, or one they give and
// the report does not list, is the lab's file disagreeing with its own tools: not valid
// (recheck.proposal-*). A requirement where the evaluator went against a proposal is a
// notice (recheck.override, a warning): a lab may overrule its tools, with a rationale,
// and a certification body sees where it did. Rules other than the shipped ones are a
// notice too (recheck.rules-differ); what they gave that the shipped ones do not is a
// disagreement like any other.
class ReportRecheck {
public:
    struct Override {
        ToolProposal proposal; // the proposal the verdict went against, derived again
        Verdict verdict = Verdict::NotAssessed; // the verdict given
        QString rationale;
        bool recorded = false; // recorded as an override (Assessment::ToolRun::overridden)
    };
    struct Result {
        bool done = false; // false: the report did not verify, or carries no assessment: nothing was rechecked
        QString rulesId; // the rules the report's proposals name
        QString reportRulesVersion;
        QByteArray reportRulesDigest;
        QString shippedRulesVersion;
        QByteArray shippedRulesDigest;
        int derived = 0; // proposals the outputs give with the shipped rules
        QList<Override> overrides;
        Problems problems; // recheck.*: warnings are notices; invalid ones make the report not valid
    };

    // `rulesFolder` holds the shipped rules, <id>.yaml (share/tool-rules).
    static Result recheck(const QByteArray& pdf, const ReportVerifier::Result& verified, const QString& rulesFolder);
    // For machines (`verify --recheck --json`): "recheck" beside verify's keys.
    static QJsonObject toJson(const Result& result, Language language);
};

} // namespace starmark
