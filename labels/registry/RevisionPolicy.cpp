#include "labels/registry/RevisionPolicy.h"

#include "evaluators/FirmwareVersion.h"
#include "labels/ProductFacts.h"
#include "labels/registry/RegisteredProduct.h"

namespace starmark {
namespace {

using Change = RevisionOverride::Change;
const QList<Change> allChanges{Change::Downgrade, Change::SupportEnd, Change::Contact};

bool sameText(const LocalizedText& a, const LocalizedText& b)
{
    return a.ja.trimmed() == b.ja.trimmed() && a.en.trimmed() == b.en.trimmed();
}

QString bothLanguages(const LocalizedText& t)
{
    return t.en.isEmpty() || t.en == t.ja ? t.ja : QStringLiteral("%1 (%2)").arg(t.ja, t.en);
}

// Why this change needs an override, in words.
Message why(Change change, const RegisteredProduct& registered, const ProductFacts& next)
{
    switch (change) {
    case Change::Downgrade:
        return FirmwareVersion::compare(next.firmware, registered.current().firmware)
            ? Message("RevisionPolicy", "firmware %1 is lower than the registered %2").arg(next.firmware).arg(registered.current().firmware)
            : Message("RevisionPolicy",
                "firmware \"%1\" cannot be ordered against the registered \"%2\" (versions are written like 2.4.1, 2.5.0-rc.1)")
                  .arg(next.firmware)
                  .arg(registered.current().firmware);
    case Change::SupportEnd:
        return Message("RevisionPolicy", "security updates would end on %1, earlier than the registered %2")
            .arg(next.supportUntil.toString(Qt::ISODate))
            .arg(registered.supportUntil.toString(Qt::ISODate));
    case Change::Contact:
        return Message("RevisionPolicy", "the vulnerability contact would change from %1 to %2")
            .arg(registered.vulnerabilityContact)
            .arg(next.vulnerabilityContact);
    }
    return {};
}

} // namespace

QString RevisionOverride::name(Change change)
{
    switch (change) {
    case Change::Downgrade:
        return QStringLiteral("downgrade");
    case Change::SupportEnd:
        return QStringLiteral("support-end");
    case Change::Contact:
        return QStringLiteral("contact");
    }
    return {};
}

QStringList RevisionOverride::names() const
{
    QStringList n;
    for (Change c : changes)
        n << name(c);
    return n;
}

Result<RevisionOverride> RevisionOverride::parse(const QString& names, const QString& reason)
{
    RevisionOverride o;
    o.reason = reason.trimmed();
    for (const QString& word : names.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const auto known = std::find_if(allChanges.cbegin(), allChanges.cend(), [&](Change c) { return name(c) == word.trimmed(); });
        if (known == allChanges.cend())
            return Problem::invalid(QStringLiteral("registry.override-unknown"),
                Message("RevisionPolicy", "override \"%1\" is not one of downgrade, support-end, contact").arg(word.trimmed().left(40)));
        if (!o.changes.contains(*known))
            o.changes.append(*known);
    }
    std::sort(o.changes.begin(), o.changes.end());
    if (!o.changes.isEmpty() && o.reason.isEmpty())
        return Problem::invalid(QStringLiteral("registry.override-without-reason"),
            Message("RevisionPolicy", "an override needs a reason: the page and the audit show who accepted what, and why"));
    if (o.changes.isEmpty() && !o.reason.isEmpty())
        return Problem::invalid(QStringLiteral("registry.reason-without-override"),
            Message("RevisionPolicy", "a reason was given but no override: it must name what it accepts"));
    if (o.reason.size() > maxReasonLength)
        return Problem::invalid(QStringLiteral("registry.override-reason-too-long"),
            Message("RevisionPolicy", "the override's reason is longer than %1 characters").arg(maxReasonLength));
    return o;
}

QList<Change> RevisionPolicy::needed(const RegisteredProduct& registered, const ProductFacts& next)
{
    QList<Change> changes;
    const std::optional<std::weak_ordering> order = FirmwareVersion::compare(next.firmware, registered.current().firmware);
    if (!order || *order < 0)
        changes << Change::Downgrade;
    if (next.supportUntil < registered.supportUntil)
        changes << Change::SupportEnd;
    if (next.vulnerabilityContact.trimmed() != registered.vulnerabilityContact.trimmed())
        changes << Change::Contact;
    return changes;
}

QStringList RevisionPolicy::addedModels(const RegisteredProduct& registered, const ProductFacts& next)
{
    QStringList added;
    const QStringList covered = registered.models();
    for (const QString& model : next.models()) {
        if (!covered.contains(model))
            added << model;
    }
    return added;
}

Result<void> RevisionPolicy::check(const RegisteredProduct& registered, const ProductFacts& next, const RevisionOverride& given)
{
    const QString& r = registered.registration;
    if (registered.revokedAt)
        return Problem::invalid(
            QStringLiteral("registry.revoked"), Message("RevisionPolicy", "%1 is revoked: the product is registered anew").arg(r));
    if (!sameText(registered.manufacturer, next.manufacturer))
        return Problem::invalid(QStringLiteral("registry.manufacturer-changed"),
            Message("RevisionPolicy",
                "%1 is registered to %2, but the report names %3 as its manufacturer: a revision keeps the registration's manufacturer "
                "(another manufacturer's product is registered anew; no override changes this)")
                .arg(r)
                .arg(bothLanguages(registered.manufacturer))
                .arg(bothLanguages(next.manufacturer)));
    if (registered.model != next.model || registered.level != next.level || registered.category != next.category)
        return Problem::invalid(QStringLiteral("registry.product-changed"),
            Message("RevisionPolicy", "%1 registers %2 at ★%3 (%4): a revision keeps the model, the level and the category")
                .arg(r)
                .arg(registered.model)
                .arg(registered.level)
                .arg(registered.category));
    QStringList dropped;
    for (const QString& model : registered.otherModels) {
        if (!next.otherModels.contains(model))
            dropped << model;
    }
    if (!dropped.isEmpty())
        return Problem::invalid(QStringLiteral("registry.family-shrunk"),
            Message("RevisionPolicy", "%1 covers %2, which the report no longer lists: a revision may add models to the family, not remove them")
                .arg(r)
                .arg(dropped.join(QStringLiteral(", "))));
    const QList<Change> changes = needed(registered, next);
    Problems missing;
    for (Change c : changes)
        if (!given.changes.contains(c))
            missing.append(Problem::invalid(QStringLiteral("registry.override-needed"),
                Message("RevisionPolicy",
                    "%1: %2; a revision does this only when a member of staff accepts it explicitly, with a reason "
                    "(override %3)")
                    .arg(r)
                    .arg(why(c, registered, next))
                    .arg(RevisionOverride{changes, {}}.names().join(QLatin1Char(','))),
                {}, RevisionOverride::name(c)));
    if (!missing.isEmpty())
        return missing;
    for (Change c : given.changes)
        if (!changes.contains(c))
            return Problem::invalid(QStringLiteral("registry.override-unneeded"),
                Message("RevisionPolicy",
                    "%1: the override names %2, which this revision does not change: it names only what the revision "
                    "changes (%3), so that the audit says exactly what was accepted")
                    .arg(r)
                    .arg(RevisionOverride::name(c))
                    .arg(changes.isEmpty() ? Message("RevisionPolicy", "nothing")
                                           : Message::plain(RevisionOverride{changes, {}}.names().join(QLatin1Char(',')))),
                {}, RevisionOverride::name(c));
    return {};
}

} // namespace starmark
