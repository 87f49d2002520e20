#pragma once

#include "criteria/LocalizedText.h"
#include "criteria/Requirement.h"

#include <QMap>

namespace starmark {

// Whether a requirement applies to a product, decided by its applies_if rule
// over the product-profile answers.
struct Applicability {
    enum class State {
        Applies,
        NotApplicable, // the rule is false: the justification says which answers made it so
        Unknown, // the rule depends on unanswered questions; treated as applying
    };

    State state = State::Applies;
    LocalizedText justification;
    QStringList unanswered; // the questions that would decide it
    bool pstiRoute = false; // the PSTI statement of compliance stands for it (PstiRoute)

    bool applies() const { return state != State::NotApplicable; }

    static Applicability of(const Requirement& requirement, const QMap<QString, QString>& profile);
};

} // namespace starmark
