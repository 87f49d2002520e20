#include "labels/registry/ProductRecords.h"

#include "evaluators/Clock.h"
#include "evaluators/Product.h"
#include "labels/LabelIssuer.h"
#include "labels/LabelToken.h"
#include "labels/registry/RegistryDatabase.h"
#include "labels/registry/RevisionPolicy.h"

#include <QHash>

namespace starmark {
namespace {

using Db = RegistryDatabase;

Problem notRegistered(const QString& registration)
{
    return Problem::invalid(QStringLiteral("registry.not-registered"), Message("ProductRecords", "%1 is not registered").arg(registration));
}

Problem changedMeanwhile(const QString& registration)
{
    return Problem::invalid(QStringLiteral("registry.changed-meanwhile"),
        Message("ProductRecords", "%1 changed while this write was prepared").arg(registration));
}

} // namespace

ProductRecords::ProductRecords(const RegistryDatabase& database)
    : m_db(database)
{
}

Result<void> ProductRecords::admissible(const ProductFacts& f, const QDate& validUntil, const QString& actor) const
{
    const auto refused = [](Message message) { return Problem::invalid(QStringLiteral("registry.facts-refused"), std::move(message)); };
    if (Result<void> ok = RegistryDatabase::named(actor); !ok)
        return ok;
    if (f.level < 1 || f.level > 4)
        return refused(Message("ProductRecords", "level %1 is not one of ★1–★4").arg(f.level));
    if (f.model.isEmpty() || f.firmware.isEmpty() || f.category.isEmpty())
        return refused(Message("ProductRecords", "the model, the firmware and the category must be given"));
    // The report's family was checked when it was declared; what is stored is checked again, whoever built the facts.
    if (const std::optional<Message> problem = Product::familyProblem(f.models()))
        return refused(*problem);
    if (!f.evaluated.isValid() || !f.supportUntil.isValid() || !validUntil.isValid())
        return refused(Message("ProductRecords", "the evaluation date, the support end and the label's validity must be dates"));
    const QDate today = m_db.clock().now().date();
    if (const Result<void> valid = LabelIssuer::checkValidUntil(validUntil, today); !valid)
        return Problem::invalid(QStringLiteral("registry.validity-out-of-range"), valid.problems().constFirst().message);
    return {};
}

Result<QString> ProductRecords::nextRegistration() const
{
    const Result<qint64> used = m_db.current("registration");
    if (!used)
        return used.problems();
    if (*used >= 999999)
        return Problem::unusable(QStringLiteral("registry.numbers-exhausted"),
            Message("ProductRecords", "registration numbers are used up (JCS-YY-999999)"), SourceLocation{m_db.location().display()});
    return numberFor(*used + 1);
}

QString ProductRecords::numberFor(qint64 sequence) const
{
    return QStringLiteral("JCS-%1-%2")
        .arg(m_db.clock().now().date().year() % 100, 2, 10, QLatin1Char('0'))
        .arg(sequence, 6, 10, QLatin1Char('0'));
}

Result<RegisteredProduct> ProductRecords::add(
    const QString& registration, const ProductFacts& facts, const LabelToken& token, const QString& actor)
{
    if (Result<void> ok = admissible(facts, token.validUntil, actor); !ok)
        return ok.problems();
    const Result<void> done = m_db.transaction([&]() -> Result<void> {
        const Result<qint64> sequence = m_db.next("registration");
        if (!sequence)
            return sequence.problems();
        // Another write took the number the token was signed for: nothing is stored, the caller signs anew.
        if (*sequence > 999999 || registration.compare(numberFor(*sequence), Qt::CaseInsensitive) != 0)
            return changedMeanwhile(registration);
        QSqlQuery q(m_db.connection());
        if (Result<void> inserted = m_db.run(q,
                "INSERT INTO products (registration, sequence, level, category, manufacturer_ja, manufacturer_en, name_ja, name_en,"
                " model, vulnerability_contact, support_until, registered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                {registration, *sequence, facts.level, facts.category, facts.manufacturer.ja, facts.manufacturer.en, facts.name.ja,
                    facts.name.en, facts.model, facts.vulnerabilityContact, facts.supportUntil.toString(Qt::ISODate),
                    Db::timestamp(m_db.clock().now())});
            !inserted)
            return inserted;
        if (Result<void> inserted = insertRevision(registration, 1, facts, token, {}, actor); !inserted)
            return inserted;
        if (Result<void> inserted = insertModels(registration, facts.models(), 0, 1); !inserted)
            return inserted;
        QString detail = QStringLiteral("★%1 %2 %3 firmware %4").arg(facts.level).arg(facts.category, facts.model, facts.firmware);
        if (!facts.otherModels.isEmpty())
            detail += QStringLiteral("; family: %1").arg(facts.models().join(QLatin1Char(',')));
        return m_db.audit(actor, "register", registration, detail);
    });
    if (!done)
        return done.problems();
    return find(registration);
}

Result<RegisteredProduct> ProductRecords::addRevision(const QString& registration, int number, const ProductFacts& facts,
    const LabelToken& token, const RevisionOverride& override, const QString& actor)
{
    if (Result<void> ok = admissible(facts, token.validUntil, actor); !ok)
        return ok.problems();
    const QString r = registration.toUpper();
    const Result<void> done = m_db.transaction([&]() -> Result<void> {
        const Result<RegisteredProduct> product = find(r);
        if (!product)
            return product.problems();
        if (product->revisions.size() + 1 != number)
            return changedMeanwhile(r);
        if (Result<void> allowed = RevisionPolicy::check(*product, facts, override); !allowed)
            return allowed;
        QString detail = QStringLiteral("firmware %1").arg(facts.firmware);
        const QStringList added = RevisionPolicy::addedModels(*product, facts);
        if (!added.isEmpty())
            detail += QStringLiteral("; models added: %1").arg(added.join(QLatin1Char(',')));
        if (!override.changes.isEmpty())
            detail += QStringLiteral("; override %1, reason: %2; before: firmware %3, support until %4, contact %5")
                          .arg(override.names().join(QLatin1Char(',')), override.reason, product->current().firmware,
                              product->supportUntil.toString(Qt::ISODate), product->vulnerabilityContact);
        QSqlQuery q(m_db.connection());
        if (Result<void> updated = m_db.run(q, "UPDATE products SET support_until = ?, vulnerability_contact = ? WHERE registration = ?",
                {facts.supportUntil.toString(Qt::ISODate), facts.vulnerabilityContact, r});
            !updated)
            return updated;
        if (Result<void> inserted = insertRevision(r, number, facts, token, override, actor); !inserted)
            return inserted;
        if (Result<void> inserted = insertModels(r, added, int(product->models().size()), number); !inserted)
            return inserted;
        return m_db.audit(actor, "add-revision", r, detail);
    });
    if (!done)
        return done.problems();
    return find(r);
}

Result<void> ProductRecords::insertModels(const QString& registration, const QStringList& models, int from, int revision) const
{
    QSqlQuery q(m_db.connection());
    for (qsizetype i = 0; i < models.size(); ++i) {
        if (Result<void> inserted = m_db.run(q, "INSERT INTO product_models (registration, position, model, revision) VALUES (?, ?, ?, ?)",
                {registration, from + int(i), models[i], revision});
            !inserted)
            return inserted;
    }
    return {};
}

Result<void> ProductRecords::insertRevision(const QString& registration, int number, const ProductFacts& facts, const LabelToken& token,
    const RevisionOverride& override, const QString& actor) const
{
    // The token is stored as the label of this revision: it must say what the revision says.
    if (token.registration.compare(registration, Qt::CaseInsensitive) != 0 || token.firmware != facts.firmware || token.level != facts.level
        || token.model != facts.model)
        return Problem::invalid(QStringLiteral("registry.token-mismatch"),
            Message("ProductRecords", "the label token is not the one for %1 firmware %2").arg(registration).arg(facts.firmware));
    const QVariant none(QMetaType::fromType<QString>());
    const bool overridden = !override.changes.isEmpty();
    QSqlQuery q(m_db.connection());
    return m_db.run(q,
        "INSERT INTO firmware_revisions (registration, number, firmware, evaluated, valid_until, registered_at, token, report_sha256,"
        " support_until, vulnerability_contact, overrides, override_reason, override_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        {registration, number, facts.firmware, facts.evaluated.toString(Qt::ISODate), token.validUntil.toString(Qt::ISODate),
            Db::timestamp(m_db.clock().now()), token.encode(),
            facts.reportSha256.isEmpty() ? none : QVariant(QString::fromLatin1(facts.reportSha256)),
            facts.supportUntil.toString(Qt::ISODate), facts.vulnerabilityContact,
            overridden ? QVariant(override.names().join(QLatin1Char(','))) : none, overridden ? QVariant(override.reason) : none,
            overridden ? QVariant(actor) : none});
}

Result<void> ProductRecords::revoke(const QString& registration, const QString& reason, const QString& actor)
{
    const QString r = registration.toUpper();
    if (reason.trimmed().isEmpty() || actor.trimmed().isEmpty())
        return Problem::invalid(QStringLiteral("registry.revocation-incomplete"),
            Message("ProductRecords", "a revocation needs a reason (the page shows it) and the name of who revokes"));
    return m_db.transaction([&]() -> Result<void> {
        QSqlQuery q(m_db.connection());
        if (Result<void> updated
            = m_db.run(q, "UPDATE products SET revoked_at = ?, revocation_reason = ? WHERE registration = ? AND revoked_at IS NULL",
                {Db::timestamp(m_db.clock().now()), reason, r});
            !updated)
            return updated;
        if (q.numRowsAffected() != 1) {
            const Result<RegisteredProduct> product = find(r);
            if (!product)
                return product.problems();
            return Problem::invalid(QStringLiteral("registry.already-revoked"), Message("ProductRecords", "%1 is already revoked").arg(r));
        }
        return m_db.audit(actor, "revoke", r, reason);
    });
}

std::optional<QString> ProductRecords::registrationOf(const QByteArray& reportSha256) const
{
    QSqlQuery q(m_db.connection());
    if (reportSha256.isEmpty()
        || !m_db.run(q, "SELECT registration FROM firmware_revisions WHERE report_sha256 = ?", {QString::fromLatin1(reportSha256)})
        || !q.next())
        return std::nullopt;
    return q.value(0).toString();
}

Result<RegisteredProduct> ProductRecords::find(const QString& registration) const
{
    const Result<QList<RegisteredProduct>> found = load("WHERE registration = ?", {registration.toUpper()});
    if (!found)
        return found.problems();
    if (found->isEmpty() || found->constFirst().revisions.isEmpty())
        return notRegistered(registration.toUpper());
    return found->constFirst();
}

Result<QList<RegisteredProduct>> ProductRecords::list() const
{
    return load("", {});
}

Result<QList<RegisteredProduct>> ProductRecords::findByModel(const QString& model) const
{
    // Equality on a bound value: nothing in the model number is read as a pattern or as SQL.
    return load("WHERE registration IN (SELECT m.registration FROM product_models m WHERE m.model = ?)", {model});
}

Result<QList<RegisteredProduct>> ProductRecords::load(const char* where, const QVariantList& values) const
{
    QSqlQuery q(m_db.connection());
    const QByteArray products = QByteArray("SELECT registration, level, category, manufacturer_ja, manufacturer_en, name_ja, name_en,"
                                           " model, vulnerability_contact, support_until, registered_at, revoked_at,"
                                           " revocation_reason FROM products ")
        + where + " ORDER BY sequence";
    if (Result<void> read = m_db.run(q, products.constData(), values); !read)
        return read.problems();
    QList<RegisteredProduct> found;
    QHash<QString, qsizetype> index;
    while (q.next()) {
        RegisteredProduct r;
        r.registration = q.value(0).toString();
        r.level = q.value(1).toInt();
        r.category = q.value(2).toString();
        r.manufacturer = {q.value(3).toString(), q.value(4).toString()};
        r.name = {q.value(5).toString(), q.value(6).toString()};
        r.model = q.value(7).toString();
        r.vulnerabilityContact = q.value(8).toString();
        r.supportUntil = Db::dateOf(q.value(9));
        r.registeredAt = Db::timeOf(q.value(10));
        if (!q.isNull(11))
            r.revokedAt = Db::timeOf(q.value(11));
        r.revocationReason = q.value(12).toString();
        index.insert(r.registration, found.size());
        found.append(r);
    }
    const QByteArray revisions = QByteArray("SELECT registration, firmware, evaluated, valid_until, registered_at, token,"
                                            " support_until, vulnerability_contact, overrides, override_reason, override_by"
                                            " FROM firmware_revisions ")
        + where + " ORDER BY registration, number";
    if (Result<void> read = m_db.run(q, revisions.constData(), values); !read)
        return read.problems();
    while (q.next()) {
        const auto at = index.constFind(q.value(0).toString());
        if (at != index.cend())
            found[*at].revisions.append({q.value(1).toString(), Db::dateOf(q.value(2)), Db::dateOf(q.value(3)), Db::timeOf(q.value(4)),
                q.value(5).toString(), Db::dateOf(q.value(6)), q.value(7).toString(),
                q.value(8).toString().split(QLatin1Char(','), Qt::SkipEmptyParts), q.value(9).toString(), q.value(10).toString()});
    }
    const QByteArray models
        = QByteArray("SELECT registration, position, model, revision FROM product_models ") + where + " ORDER BY registration, position";
    if (Result<void> read = m_db.run(q, models.constData(), values); !read)
        return read.problems();
    while (q.next()) {
        const auto at = index.constFind(q.value(0).toString());
        if (at == index.cend() || q.value(1).toInt() == 0)
            continue; // the representative is the product's own model
        RegisteredProduct& product = found[*at];
        product.otherModels << q.value(2).toString();
        const int revision = q.value(3).toInt();
        if (revision > 1 && revision <= product.revisions.size())
            product.revisions[revision - 1].addedModels << q.value(2).toString();
    }
    return found;
}

} // namespace starmark
