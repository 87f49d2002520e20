#pragma once

#include "criteria/Catalog.h"
#include "evaluators/Assessment.h"

namespace starmark {

// IPA's mutual recognition with the UK PSTI regime: when the profile says the
// application takes it, the PSTI statement of compliance stands for the requirements
// the ★1 catalog's psti_route lists. A covered requirement passes on that statement,
// attached as its evidence, instead of on ticked evaluation items.
class PstiRoute {
public:
    // `chain`: the assessment's catalogs; the route is the one of the catalog that has one.
    explicit PstiRoute(const QList<const Catalog*>& chain);

    bool exists() const { return m_route != nullptr; }
    bool applies(const Assessment& assessment) const;
    bool covers(const QString& requirementId) const;
    QStringList covered() const;
    LocalizedText evidence() const;

    // The rule a result is judged by, from the requirement alone (which carries its route's question).
    static bool standsFor(const Requirement& requirement, const QMap<QString, QString>& profile);

private:
    const Catalog::PstiRoute* m_route = nullptr;
};

} // namespace starmark
