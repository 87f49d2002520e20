#pragma once

#include "criteria/Catalog.h"
#include "evaluators/Assessment.h"
#include "evaluators/tools/ToolReview.h"
#include "evaluators/tools/ToolRules.h"

#include <QDateTime>

namespace starmark {

// Renders an assessment as the document its users submit: the manufacturer's
// declaration of conformity (自己適合宣言書) with its checklist, or the lab's
// evaluation report (適合評価報告書). Japanese by default; IPA fonts, because
// Qt 6.4's PDF writer garbles text extraction with Noto CJK.
class ReportRenderer {
public:
    enum class Kind { Declaration, EvaluationReport };
    struct Input {
        const Assessment* assessment = nullptr;
        QList<const Catalog*> chain;
        Language language = Language::Japanese;
        QDateTime issued; // the report's date
        QString signatory; // who signs, as the certificate names them
        QByteArray assessmentSha; // SHA-256 of the embedded assessment.json, printed for cross-checking
        QByteArray auditHead; // the newest audit entry's hash: anchors the trail in the signed report
        QList<ToolReview::Reviewed> proposals; // the tools' proposals, listed under their requirements
        const ToolRules* toolRules = nullptr; // the rules they came from
    };

    static Kind kindFor(const Assessment& assessment);
    static QByteArray render(const Input& input);
    static QString html(const Input& input); // the body, for tests and previews
};

} // namespace starmark
