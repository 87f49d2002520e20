#include "reports/SignedReport.h"

#include "evaluators/AssessmentIntegrity.h"
#include "evaluators/AssessmentJson.h"
#include "evaluators/Outcome.h"
#include "evaluators/tools/ToolRunProposals.h"
#include "reports/PdfSigner.h"
#include "reports/ReportProposals.h"
#include "reports/ReportRenderer.h"
#include "reports/checklist/ChecklistWriter.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

namespace starmark {

std::optional<QByteArray> SignedReport::make(
    const AssessmentFile& file, const QList<const Catalog*>& chain, const SigningIdentity& identity, const Options& options, QString* error,
    const PdfSigner::Timestamper& timestamp)
{
    const std::optional<Assessment> assessment = file.load(error);
    if (!assessment)
        return std::nullopt;
    // A file changed outside StarMark is never signed.
    if (const Problems problems = AssessmentIntegrity::problems(file, *assessment); !problems.isEmpty()) {
        if (error) {
            QStringList lines;
            for (const Problem& p : problems)
                lines << p.toString();
            *error = lines.join(QStringLiteral("; ")) + QStringLiteral("; refusing to sign a report of it");
        }
        return std::nullopt;
    }
    const QList<AuditTrail::Entry> audit = file.auditEntries();
    const QByteArray auditHead = audit.isEmpty() ? AuditTrail::genesis() : audit.last().hash;

    QJsonObject json = AssessmentJson::toJson(*assessment);
    json.insert(QStringLiteral("outcome"), AssessmentJson::toJson(Outcome::of(*assessment, chain)));
    json.insert(QStringLiteral("audit_head"), QString::fromLatin1(auditHead));
    json.insert(QStringLiteral("issued"), options.now.toUTC().toString(Qt::ISODate));
    const QByteArray assessmentJson = QJsonDocument(json).toJson(QJsonDocument::Indented);

    QJsonArray manifest;
    QSet<QByteArray> listed;
    for (auto it = assessment->results.cbegin(); it != assessment->results.cend(); ++it) {
        for (const Assessment::Evidence& e : it->evidence) {
            if (listed.contains(e.sha256 + e.name.toUtf8()))
                continue;
            listed.insert(e.sha256 + e.name.toUtf8());
            manifest.append(QJsonObject{{QStringLiteral("file"), e.name}, {QStringLiteral("size"), e.size},
                {QStringLiteral("sha256"), QString::fromLatin1(e.sha256)}});
        }
    }
    const QByteArray manifestJson = QJsonDocument(manifest).toJson(QJsonDocument::Indented);

    // The tools' proposals, derived again from the stored outputs, and those outputs themselves.
    QList<PdfSigner::Attachment> toolAttachments;
    QList<ToolReview::Reviewed> reviewed;
    if (!assessment->toolRuns.isEmpty()) {
        if (!options.toolRules) {
            if (error)
                *error = QStringLiteral("the assessment holds tool outputs, and no tool rules were given to list their proposals");
            return std::nullopt;
        }
        QTemporaryDir dir;
        qint64 total = 0;
        for (const Assessment::ToolRun& run : assessment->toolRuns) {
            QFile output(dir.filePath(QString::fromLatin1(run.sha256)));
            if (!file.exportEvidence(run.sha256, output.fileName(), error) || !output.open(QIODevice::ReadOnly))
                return std::nullopt;
            total += output.size();
            if (total > toolOutputBytes) {
                if (error)
                    *error = QStringLiteral("the tool outputs come to more than %1 MiB, more than a report carries").arg(toolOutputBytes >> 20);
                return std::nullopt;
            }
            toolAttachments.append({ReportProposals::outputName(run), output.readAll()});
        }
        const Result<QList<ToolRunProposals::Entry>> proposals = ToolRunProposals::deriveFrom(dir.path(), *assessment, *options.toolRules);
        if (!proposals) {
            if (error)
                *error = proposals.problems().constFirst().toString();
            return std::nullopt;
        }
        reviewed = ToolReview::of(*assessment, *proposals);
        toolAttachments.prepend({QString::fromLatin1(ReportProposals::attachmentName), ReportProposals::toJson(*options.toolRules, reviewed)});
    }

    ReportRenderer::Input input;
    input.proposals = reviewed;
    input.toolRules = options.toolRules;
    input.assessment = &*assessment;
    input.chain = chain;
    input.language = options.language;
    input.issued = options.now;
    input.signatory = identity.subject();
    input.assessmentSha = QCryptographicHash::hash(assessmentJson, QCryptographicHash::Sha256).toHex();
    input.auditHead = auditHead;
    const QByteArray pdf = ReportRenderer::render(input);
    const Result<QByteArray> checklist = ChecklistWriter::write(*assessment, chain, options.language);
    if (!checklist) {
        if (error)
            *error = checklist.problems().constFirst().toString();
        return std::nullopt;
    }

    const bool lab = ReportRenderer::kindFor(*assessment) == ReportRenderer::Kind::EvaluationReport;
    PdfSigner::Request request;
    request.attachments = {{QString::fromLatin1(assessmentName), assessmentJson}, {QString::fromLatin1(manifestName), manifestJson},
        {QString::fromLatin1(checklistName), *checklist}};
    request.attachments += toolAttachments;
    request.reason = lab ? QStringLiteral("適合評価報告書 / Conformity evaluation report")
                         : QStringLiteral("自己適合宣言 / Declaration of conformity");
    request.signingTime = options.now;
    return PdfSigner::sign(pdf, request, identity, error, timestamp);
}

} // namespace starmark
