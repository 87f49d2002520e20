#include "evaluators/NewAssessment.h"

namespace starmark {

Result<Assessment> NewAssessment::of(const CatalogLibrary& library, const Catalog& catalog, std::optional<Assessment::Mode> mode)
{
    Assessment a;
    a.catalog = catalog.qualifiedId();
    a.level = catalog.level;
    a.mode = mode.value_or(defaultMode(catalog.level));
    if (a.mode == Assessment::Mode::Self && catalog.level >= 3) {
        return Problem::invalid(QStringLiteral("assessment.level-needs-lab"),
            Message("NewAssessment", "★%1 is evaluated by a lab, not self-declared").arg(qint64(catalog.level)));
    }
    for (const Catalog* c : library.chain(catalog))
        a.chain.append({c->qualifiedId(), library.digest(*c)});
    return a;
}

} // namespace starmark
