#pragma once

#include "criteria/CatalogLibrary.h"
#include "criteria/Problem.h"
#include "evaluators/AssessmentFile.h"
#include "reports/SigningIdentity.h"

#include <QTemporaryDir>

namespace starmark::test {

// A demo PKI and the camera demo as a *.starmark file, made once for all tests.
struct ReportFixture {
    QTemporaryDir dir;
    std::optional<CatalogLibrary> library;
    std::unique_ptr<AssessmentFile> camera;
    std::unique_ptr<AssessmentFile> router;

    static ReportFixture& instance();
    QString pki(const QString& file) const;
    SigningIdentity identity(const QString& role = QStringLiteral("manufacturer")) const;
    QList<const Catalog*> chain(const AssessmentFile& file) const;
    QByteArray signedCameraReport() const; // made once
};

// "code: message | …", for a failing assertion's explanation.
std::string describe(const Problems& problems);

} // namespace starmark::test
