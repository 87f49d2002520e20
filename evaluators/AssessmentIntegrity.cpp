#include "evaluators/AssessmentIntegrity.h"

#include "evaluators/SignOffRules.h"

namespace starmark {

Problems AssessmentIntegrity::problems(const AssessmentFile& file, const Assessment& assessment)
{
    Problems out;
    const SourceLocation where{file.path()};
    if (file.format() < AssessmentFile::formatVersion) {
        out << Problem::invalid(QStringLiteral("assessment.old-format"),
            Message("AssessmentIntegrity", "the file is of format %1, whose audit trail does not record the state it leads to")
                .arg(qint64(file.format())),
            where);
    }
    const AuditTrail::Verification audit = file.verifyAudit();
    if (!audit.intact) {
        out << Problem::invalid(QStringLiteral("audit.broken"),
            Message("AssessmentIntegrity", "the audit trail does not hold: %1").arg(Message::plain(audit.problem)), where);
    }
    if (const QString damage = file.evidenceDamage(); !damage.isEmpty())
        out << Problem::invalid(QStringLiteral("evidence.damaged"), Message::plain(damage), where);
    QSet<QByteArray> missing;
    for (auto it = assessment.results.cbegin(); it != assessment.results.cend(); ++it) {
        for (const Assessment::Evidence& e : it->evidence) {
            if (!file.hasEvidence(e.sha256, e.size) && !missing.contains(e.sha256)) {
                missing.insert(e.sha256);
                out << Problem::invalid(QStringLiteral("evidence.not-in-file"),
                    Message("AssessmentIntegrity", "%1 cites evidence %2 (SHA-256 %3, %4 bytes), which the file does not hold")
                        .arg(it.key())
                        .arg(e.name)
                        .arg(QString::fromLatin1(e.sha256))
                        .arg(e.size),
                    where);
            }
        }
    }
    if (const std::optional<Problem> signOff = SignOffRules::recordedProblem(assessment)) {
        out << Problem::invalid(QStringLiteral("assessment.forged-sign-off"),
            Message("AssessmentIntegrity", "the recorded sign-off does not keep the rules: %1").arg(signOff->message), where);
    }
    return out;
}

} // namespace starmark
