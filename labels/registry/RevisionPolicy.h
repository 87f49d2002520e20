#pragma once

#include "criteria/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace starmark {

struct ProductFacts;
struct RegisteredProduct;

// What a member of staff accepts, explicitly and with a reason, that a firmware
// revision would otherwise be refused for. Audited, and shown in the page's history.
struct RevisionOverride {
    enum class Change { Downgrade, SupportEnd, Contact };

    QList<Change> changes;
    QString reason;

    static constexpr int maxReasonLength = 2000;
    static QString name(Change change); // downgrade, support-end, contact
    // From a comma-separated list of names ("downgrade,contact") and the reason; refused for an
    // unknown change, a missing or overlong reason. Both empty: no override.
    static Result<RevisionOverride> parse(const QString& names, const QString& reason);
    QStringList names() const;
};

// What a firmware revision may do to a registration. It keeps the manufacturer, the
// representative model, the level and the category, and a revoked registration takes none.
// Its family may grow (a new colour of the same product; audited, and the page's history
// says which revision added which model) but never shrink: a label already sold for a
// model points at this page, which must go on naming that model. A lower (or
// unorderable) firmware, an earlier end of security updates or another vulnerability
// contact is what a dishonest party would slip in with an "update": each is refused
// unless a member of staff names it in a RevisionOverride. An override must name exactly
// what the revision changes, so that the audit says what was accepted.
class RevisionPolicy {
public:
    // The changes of `next` over `registered` that need an override.
    static QList<RevisionOverride::Change> needed(const RegisteredProduct& registered, const ProductFacts& next);
    // The models of `next` the registration does not cover yet, in `next`'s order.
    static QStringList addedModels(const RegisteredProduct& registered, const ProductFacts& next);
    // Whether `next` may be stored as a revision of `registered` with `given`.
    static Result<void> check(const RegisteredProduct& registered, const ProductFacts& next, const RevisionOverride& given);
};

} // namespace starmark
