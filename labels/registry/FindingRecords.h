#pragma once

#include "criteria/Result.h"
#include "evaluators/SurveillanceFinding.h"

#include <QList>

namespace starmark {

class ProductRecords;
class RegistryDatabase;

// What surveillance found, one requirement of one registered product at a time, each
// finding written with its audit entry. Whether the requirement belongs to the product's
// catalogs is the caller's to check (SurveillanceRound).
class FindingRecords {
public:
    FindingRecords(const RegistryDatabase& database, const ProductRecords& products);

    Result<void> record(const SurveillanceFinding& finding, const QString& actor);
    // The findings for one product, or for all when `registration` is empty, oldest first.
    Result<QList<SurveillanceFinding>> list(const QString& registration = {}) const;

private:
    const RegistryDatabase& m_db;
    const ProductRecords& m_products;
};

} // namespace starmark
