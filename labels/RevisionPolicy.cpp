#include "labels/RevisionPolicy.h"

#include "evaluators/FirmwareVersion.h"
#include "labels/RegistryStore.h"

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
QString why(Change change, const RegisteredProduct& registered, const ProductFacts& next)
{
    switch (change) {
    case Change::Downgrade:
        return FirmwareVersion::compare(next.firmware, registered.current().firmware)
            ? QStringLiteral("firmware %1 is lower than the registered %2").arg(next.firmware, registered.current().firmware)
            : QStringLiteral("firmware '%1' cannot be ordered against the registered '%2' (versions are written like 2.4.1, 2.5.0-rc.1)")
                  .arg(next.firmware, registered.current().firmware);
    case Change::SupportEnd:
        return QStringLiteral("security updates would end on %1, earlier than the registered %2")
            .arg(next.supportUntil.toString(Qt::ISODate), registered.supportUntil.toString(Qt::ISODate));
    case Change::Contact:
        return QStringLiteral("the vulnerability contact would change from %1 to %2")
            .arg(registered.vulnerabilityContact, next.vulnerabilityContact);
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

std::optional<RevisionOverride> RevisionOverride::parse(const QString& names, const QString& reason, QString* problem)
{
    RevisionOverride o;
    o.reason = reason.trimmed();
    for (const QString& word : names.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const auto known = std::find_if(allChanges.cbegin(), allChanges.cend(), [&](Change c) { return name(c) == word.trimmed(); });
        if (known == allChanges.cend()) {
            *problem = QStringLiteral("override '%1' is not one of downgrade, support-end, contact").arg(word.trimmed().left(40));
            return std::nullopt;
        }
        if (!o.changes.contains(*known))
            o.changes.append(*known);
    }
    std::sort(o.changes.begin(), o.changes.end());
    if (!o.changes.isEmpty() && o.reason.isEmpty()) {
        *problem = QStringLiteral("an override needs a reason (reason=…): the page and the audit show who accepted what, and why");
        return std::nullopt;
    }
    if (o.changes.isEmpty() && !o.reason.isEmpty()) {
        *problem = QStringLiteral("a reason was given but no override: name what it accepts (override=downgrade,support-end,contact)");
        return std::nullopt;
    }
    if (o.reason.size() > maxReasonLength) {
        *problem = QStringLiteral("the override's reason is longer than %1 characters").arg(maxReasonLength);
        return std::nullopt;
    }
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

QString RevisionPolicy::problem(const RegisteredProduct& registered, const ProductFacts& next, const RevisionOverride& given)
{
    const QString& r = registered.registration;
    if (registered.revokedAt)
        return QStringLiteral("%1 is revoked: register the product anew").arg(r);
    if (!sameText(registered.manufacturer, next.manufacturer))
        return QStringLiteral("%1 is registered to %2, but the report names %3 as its manufacturer: a revision keeps the registration's "
                              "manufacturer (another manufacturer's product is registered anew; no override changes this)")
            .arg(r, bothLanguages(registered.manufacturer), bothLanguages(next.manufacturer));
    if (registered.model != next.model || registered.level != next.level || registered.category != next.category)
        return QStringLiteral("%1 registers %2 at ★%3 (%4): a revision keeps the model, the level and the category")
            .arg(r, registered.model)
            .arg(registered.level)
            .arg(registered.category);
    const QList<Change> changes = needed(registered, next);
    QStringList missing;
    for (Change c : changes)
        if (!given.changes.contains(c))
            missing << why(c, registered, next);
    if (!missing.isEmpty()) {
        RevisionOverride wanted{changes, {}};
        return QStringLiteral("%1: %2. A revision does this only when a member of staff accepts it explicitly, with a reason: "
                              "submit again with override=%3&reason=…")
            .arg(r, missing.join(QStringLiteral("; ")), wanted.names().join(QLatin1Char(',')));
    }
    for (Change c : given.changes)
        if (!changes.contains(c))
            return QStringLiteral("%1: override=%2 was given, but this revision needs no such override: name only what it changes (%3), "
                                  "so that the audit says exactly what was accepted")
                .arg(r, RevisionOverride::name(c),
                    changes.isEmpty() ? QStringLiteral("nothing") : RevisionOverride{changes, {}}.names().join(QLatin1Char(',')));
    return {};
}

} // namespace starmark
