#include "labels/registry/RegistryStore.h"

#include "labels/RegistrationNumber.h"
#include "labels/registry/FindingRecords.h"
#include "labels/registry/ProductRecords.h"
#include "labels/registry/TransparencyLog.h"

namespace starmark {

RegistryStore::RegistryStore(std::unique_ptr<RegistryDatabase> database)
    : m_db(std::move(database))
    , m_products(std::make_unique<ProductRecords>(*m_db))
    , m_staff(std::make_unique<StaffTokens>(*m_db))
    , m_findings(std::make_unique<FindingRecords>(*m_db, *m_products))
    , m_log(std::make_unique<TransparencyLog>(*m_db))
{
}

RegistryStore::~RegistryStore() = default;

Result<std::unique_ptr<RegistryStore>> RegistryStore::open(const RegistryLocation& location, const Clock& clock)
{
    Result<std::unique_ptr<RegistryDatabase>> database = RegistryDatabase::open(location, clock);
    if (!database)
        return database.problems();
    return std::unique_ptr<RegistryStore>(new RegistryStore(database.take()));
}

bool RegistryStore::isRegistrationNumber(const QString& text)
{
    return RegistrationNumber::isValid(text);
}

Result<void> RegistryStore::admissible(const ProductFacts& facts, const QDate& validUntil, const QString& actor) const
{
    return m_products->admissible(facts, validUntil, actor);
}

Result<QString> RegistryStore::nextRegistration() const
{
    return m_products->nextRegistration();
}

Result<RegisteredProduct> RegistryStore::registerProduct(
    const QString& registration, const ProductFacts& facts, const LabelToken& token, const QString& actor)
{
    return m_products->add(registration, facts, token, actor);
}

Result<RegisteredProduct> RegistryStore::addRevision(const QString& registration, int number, const ProductFacts& facts,
    const LabelToken& token, const RevisionOverride& override, const QString& actor)
{
    return m_products->addRevision(registration, number, facts, token, override, actor);
}

Result<void> RegistryStore::revoke(const QString& registration, const QString& reason, const QString& actor)
{
    return m_products->revoke(registration, reason, actor);
}

Result<RegisteredProduct> RegistryStore::find(const QString& registration) const
{
    return m_products->find(registration);
}

std::optional<QString> RegistryStore::registrationOf(const QByteArray& reportSha256) const
{
    return m_products->registrationOf(reportSha256);
}

Result<QList<RegisteredProduct>> RegistryStore::list() const
{
    return m_products->list();
}

Result<QList<RegisteredProduct>> RegistryStore::findByModel(const QString& model) const
{
    return m_products->findByModel(model);
}

Result<void> RegistryStore::recordFinding(const SurveillanceFinding& finding, const QString& actor)
{
    return m_findings->record(finding, actor);
}

Result<QList<SurveillanceFinding>> RegistryStore::findings(const QString& registration) const
{
    return m_findings->list(registration);
}

Result<QString> RegistryStore::addStaffToken(const QString& staff, const QString& actor)
{
    return m_staff->add(staff, actor);
}

Result<void> RegistryStore::revokeStaffTokens(const QString& staff, const QString& actor)
{
    return m_staff->revoke(staff, actor);
}

Result<QList<RegistryStore::StaffToken>> RegistryStore::staffTokens() const
{
    return m_staff->list();
}

Result<QString> RegistryStore::staffOf(const QString& token) const
{
    return m_staff->staffOf(token);
}

Result<qint64> RegistryStore::revocationSequence() const
{
    return m_db->current("revocations");
}

Result<QList<AuditEntry>> RegistryStore::audit() const
{
    return m_db->auditEntries();
}

qint64 RegistryStore::revision() const
{
    return m_db->revision();
}

QByteArray RegistryStore::fingerprint() const
{
    return m_db->fingerprint();
}

int RegistryStore::appliedSchemaVersion() const
{
    return m_db->appliedSchemaVersion();
}

} // namespace starmark
