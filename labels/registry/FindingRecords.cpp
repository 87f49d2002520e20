#include "labels/registry/FindingRecords.h"

#include "evaluators/Clock.h"
#include "labels/registry/ProductRecords.h"
#include "labels/registry/RegistryDatabase.h"

namespace starmark {

FindingRecords::FindingRecords(const RegistryDatabase& database, const ProductRecords& products)
    : m_db(database)
    , m_products(products)
{
}

Result<void> FindingRecords::record(const SurveillanceFinding& f, const QString& actor)
{
    const QString r = f.registration.toUpper();
    if (actor.trimmed().isEmpty() || f.requirement.trimmed().isEmpty())
        return Problem::invalid(QStringLiteral("surveillance.finding-incomplete"),
            Message("FindingRecords", "a finding names the requirement it is about and who records it"));
    const QString result = termName<SurveillanceFinding::Result>(findingResults, f.result);
    if (f.result != SurveillanceFinding::Result::Conforms && f.note.trimmed().isEmpty())
        return Problem::invalid(QStringLiteral("surveillance.finding-without-note"),
            Message("FindingRecords", "a %1 needs a note saying what was found").arg(result));
    if (Result<RegisteredProduct> product = m_products.find(r); !product)
        return product.problems();
    // A null QString would be bound as SQL NULL; "no note" is an empty one.
    const QString note = f.note.isNull() ? QStringLiteral("") : f.note;
    return m_db.transaction([&]() -> Result<void> {
        const Result<qint64> sequence = m_db.next("finding");
        if (!sequence)
            return sequence.problems();
        QSqlQuery q(m_db.connection());
        if (Result<void> inserted = m_db.run(q,
                "INSERT INTO surveillance_findings (sequence, registration, requirement, result, note, recorded_by, recorded_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                {*sequence, r, f.requirement, result, note, actor, RegistryDatabase::timestamp(m_db.clock().now())});
            !inserted)
            return inserted;
        return m_db.audit(actor, "record-finding", r, QStringLiteral("%1 %2").arg(f.requirement, result));
    });
}

Result<QList<SurveillanceFinding>> FindingRecords::list(const QString& registration) const
{
    QSqlQuery q(m_db.connection());
    const bool all = registration.isEmpty();
    const char* sql = all ? "SELECT registration, requirement, result, note, recorded_by, recorded_at FROM surveillance_findings"
                            " ORDER BY sequence"
                          : "SELECT registration, requirement, result, note, recorded_by, recorded_at FROM surveillance_findings"
                            " WHERE registration = ? ORDER BY sequence";
    if (Result<void> read = m_db.run(q, sql, all ? QVariantList() : QVariantList{registration.toUpper()}); !read)
        return read.problems();
    QList<SurveillanceFinding> found;
    while (q.next()) {
        const std::optional<SurveillanceFinding::Result> result
            = termFromName<SurveillanceFinding::Result>(findingResults, q.value(2).toString().toStdString());
        found.append({q.value(0).toString(), q.value(1).toString(), result.value_or(SurveillanceFinding::Result::Observation),
            q.value(3).toString(), q.value(4).toString(), RegistryDatabase::timeOf(q.value(5))});
    }
    return found;
}

} // namespace starmark
