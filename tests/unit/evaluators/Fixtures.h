#pragma once

#include "criteria/CatalogLibrary.h"
#include "evaluators/Assessment.h"

#include <QTemporaryDir>

namespace starmark::test {

// The shipped catalogs, loaded once.
const CatalogLibrary& shippedCatalogs();
QList<const Catalog*> chainOf(const QString& catalog);

QString demoDeclaration(const char* demo); // "camera-star1" or "router-star3"
// The demo as read by the DeclarationReader; fails the test if it does not read.
Assessment demoAssessment(const char* demo);

// Writes `content` to `dir/name` (creating folders) and returns the path.
QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& content);

} // namespace starmark::test
