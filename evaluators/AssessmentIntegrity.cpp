#include "evaluators/AssessmentIntegrity.h"

#include "evaluators/SignOffRules.h"

namespace starmark {

QStringList AssessmentIntegrity::problems(const AssessmentFile& file, const Assessment& assessment)
{
    QStringList out;
    if (file.format() < AssessmentFile::formatVersion) {
        out << QStringLiteral("%1 is of file format %2, whose audit trail does not record the state it leads to; upgrade it with "
                              "'starmark assess upgrade %1' (the trail then records the state as found)")
                   .arg(file.path())
                   .arg(file.format());
    }
    const AuditTrail::Verification audit = file.verifyAudit();
    if (!audit.intact)
        out << QStringLiteral("%1: the audit trail does not hold: %2").arg(file.path(), audit.problem);
    if (const QString damage = file.evidenceDamage(); !damage.isEmpty())
        out << QStringLiteral("%1: %2").arg(file.path(), damage);
    QSet<QByteArray> missing;
    for (auto it = assessment.results.cbegin(); it != assessment.results.cend(); ++it) {
        for (const Assessment::Evidence& e : it->evidence) {
            if (!file.hasEvidence(e.sha256, e.size) && !missing.contains(e.sha256)) {
                missing.insert(e.sha256);
                out << QStringLiteral("%1: %2 cites evidence %3 (SHA-256 %4, %5 bytes), which the file does not hold")
                           .arg(file.path(), it.key(), e.name, QString::fromLatin1(e.sha256))
                           .arg(e.size);
            }
        }
    }
    if (const QString signOff = SignOffRules::recordedProblem(assessment); !signOff.isEmpty())
        out << QStringLiteral("%1: the recorded sign-off does not keep the rules: %2").arg(file.path(), signOff);
    return out;
}

} // namespace starmark
