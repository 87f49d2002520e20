#pragma once

#include "criteria/Result.h"
#include "evaluators/tools/ToolReview.h"
#include "evaluators/tools/ToolRules.h"

namespace starmark {

// The tools' proposals as a signed report carries them: proposals.json (each proposal,
// what the evaluator made of it, the rules it came from) and every raw output the
// proposals were derived from, attached under a name of its tool and SHA-256, so that
// `verify --recheck` derives them again from what the author signed.
struct ReportProposals {
    static constexpr const char* attachmentName = "proposals.json";
    static constexpr const char* format = "starmark-proposals/1";

    QString rulesId;
    QString rulesVersion;
    QByteArray rulesDigest;
    // As signed; each finding in the rules' own (English) words, Message::plain.
    QList<ToolReview::Reviewed> proposals;

    // "tool-nmap-<sha256>.xml": only the letters a PDF name of the signed record may hold.
    static QString outputName(const Assessment::ToolRun& run);
    static QByteArray toJson(const ToolRules& rules, const QList<ToolReview::Reviewed>& reviewed);
    // report.content-malformed when it is not what toJson writes.
    static Result<ReportProposals> fromJson(const QByteArray& json);
};

} // namespace starmark
