#include "evaluators/NewAssessment.h"

namespace starmark {

std::optional<Assessment> NewAssessment::of(
    const CatalogLibrary& library, const Catalog& catalog, std::optional<Assessment::Mode> mode, QString* problem)
{
    Assessment a;
    a.catalog = catalog.qualifiedId();
    a.level = catalog.level;
    a.mode = mode.value_or(defaultMode(catalog.level));
    if (a.mode == Assessment::Mode::Self && catalog.level >= 3) {
        if (problem)
            *problem = QStringLiteral("★%1 is evaluated by a lab; use lab mode").arg(catalog.level);
        return std::nullopt;
    }
    for (const Catalog* c : library.chain(catalog))
        a.chain.append({c->qualifiedId(), library.digest(*c)});
    return a;
}

} // namespace starmark
