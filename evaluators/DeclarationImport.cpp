#include "evaluators/DeclarationImport.h"

#include "evaluators/AssessmentFile.h"

#include <QFileInfo>

namespace starmark {

Result<void> DeclarationImport::into(
    const QString& path, const Assessment& declared, const QList<const Catalog*>& chain, const QString& who, const Clock& clock)
{
    QString error;
    if (!QFileInfo::exists(path)) {
        if (!AssessmentFile::create(path, declared, chain, who, clock, &error))
            return Problem::invalid(QStringLiteral("assessment.cannot-create"), Message::plain(error), {path});
        return {};
    }
    std::unique_ptr<AssessmentFile> file = AssessmentFile::open(path, AssessmentFile::Access::ReadWrite, &error, clock);
    if (!file)
        return Problem::unusable(QStringLiteral("assessment.cannot-open"), Message::plain(error), {path});
    const auto replace = [&](Assessment& state) {
        const int revision = state.revision;
        const bool sameCatalog = state.catalog == declared.catalog;
        state = declared;
        if (sameCatalog)
            state.revision = revision;
        return QString();
    };
    if (!file->update(replace, chain, who, clock, &error))
        return Problem::invalid(QStringLiteral("assessment.not-saved"), Message::plain(error), {path});
    return {};
}

} // namespace starmark
