#include "evaluators/OpenedAssessment.h"

#include "evaluators/CatalogChange.h"

namespace starmark {

Result<OpenedAssessment> OpenedAssessment::open(
    const QString& path, AssessmentFile::Access access, const CatalogLibrary& library, const Clock& clock)
{
    OpenedAssessment o;
    QString error;
    o.file = AssessmentFile::open(path, access, &error, clock);
    if (!o.file)
        return Problem::unusable(QStringLiteral("assessment.cannot-open"), Message::plain(error), {path});
    std::optional<Assessment> loaded = o.file->load(&error);
    if (!loaded)
        return Problem::invalid(QStringLiteral("assessment.cannot-load"), Message::plain(error), {path});
    o.assessment = std::move(*loaded);
    const Catalog* catalog = library.find(o.assessment.catalog);
    if (!catalog) {
        return Problem::unusable(QStringLiteral("assessment.catalog-not-installed"),
            Message("OpenedAssessment", "its catalog %1 is not installed").arg(o.assessment.catalog), {path});
    }
    if (!library.isValid(*catalog)) {
        return Problem::unusable(QStringLiteral("assessment.catalog-not-valid"),
            Message("OpenedAssessment", "its catalog %1 is not valid").arg(o.assessment.catalog), {path});
    }
    o.chain = library.chain(*catalog);
    Problems warnings;
    const QMap<QString, QJsonObject> pinned = o.file->pinnedCatalogs();
    for (const Catalog* c : o.chain) {
        const auto it = pinned.constFind(c->qualifiedId());
        if (it == pinned.cend())
            continue;
        for (const CatalogChange::Entry& change : CatalogChange::between(*it, *c)) {
            warnings << Problem::warning(QStringLiteral("assessment.catalog-changed"),
                Message("OpenedAssessment", "catalog %1 changed since this assessment began: %2")
                    .arg(c->qualifiedId())
                    .arg(change.describe()),
                {path});
        }
    }
    return Result<OpenedAssessment>(std::move(o), std::move(warnings));
}

Result<void> OpenedAssessment::update(
    const Edit& edit, const QString& who, const Clock& clock, const std::optional<AssessmentFile::Origin>& origin)
{
    Problems problems;
    QString error;
    const auto collect = [&](Assessment& state) {
        problems = edit(state);
        return hasErrors(problems) ? QStringLiteral("refused") : QString();
    };
    const bool saved = file->update(collect, chain, who, clock, &error, origin);
    if (!saved && !hasErrors(problems))
        problems << Problem::invalid(QStringLiteral("assessment.not-saved"), Message::plain(error));
    for (Problem& p : problems)
        p.where.file = file->path();
    if (saved) {
        if (std::optional<Assessment> now = file->load(&error))
            assessment = std::move(*now);
    }
    return problems;
}

} // namespace starmark
