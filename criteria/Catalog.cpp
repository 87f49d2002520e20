#include "criteria/Catalog.h"

#include <algorithm>

namespace starmark {

const Requirement* Catalog::requirement(const QString& requirementId) const
{
    for (const Requirement& r : requirements) {
        if (r.id == requirementId)
            return &r;
    }
    return nullptr;
}

const Question* Catalog::question(const QString& questionId) const
{
    for (const Question& q : questions) {
        if (q.id == questionId)
            return &q;
    }
    return nullptr;
}

const Catalog::SecondarySource* Catalog::secondarySource(const QString& sourceId) const
{
    for (const SecondarySource& s : source.secondary) {
        if (s.id == sourceId)
            return &s;
    }
    return nullptr;
}

int Catalog::count(Requirement::Provenance provenance) const
{
    return int(std::count_if(requirements.begin(), requirements.end(), [&](const Requirement& r) { return r.provenance == provenance; }));
}

} // namespace starmark
