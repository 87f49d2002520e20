#pragma once

#include "criteria/Message.h"
#include "evaluators/Verdict.h"

#include <QByteArray>
#include <QString>

namespace starmark {

// A verdict the tool rules propose for one requirement from one tool output. It never
// changes a verdict by itself: the evaluator accepts it or overrides it with a rationale.
struct ToolProposal {
    QString requirement;
    Verdict verdict = Verdict::Fail;
    QString rule; // the rule's id
    QString rulesVersion;
    QByteArray rulesDigest;
    QString tool;
    QString toolVersion;
    QByteArray evidence; // hex SHA-256 of the output it was derived from
    Message finding; // what was found, in words: "127.0.0.1:443 offers TLSv1.0"
};

} // namespace starmark
