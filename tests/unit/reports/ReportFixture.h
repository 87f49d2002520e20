#pragma once

#include "criteria/CatalogLibrary.h"
#include "criteria/Problem.h"
#include "evaluators/AssessmentFile.h"
#include "reports/SigningIdentity.h"
#include "reports/ValidationData.h"

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
    // A CRL (DER) in the CA's name listing `revoked` (serials of the fixture's certificates),
    // signed with <signer>.key: the CA's, or a forger's; issued (and the revocations made)
    // at `issued` (invalid: testNow()), with no nextUpdate.
    QByteArray crl(const QList<long>& revoked, const QString& signer = QStringLiteral("ca"), QDateTime issued = {}) const;
    // An OCSP response (DER) for `role`'s certificate, signed by <responder>.key / .pem, at `issued` (invalid: testNow()).
    QByteArray ocspResponse(
        const QString& role, bool revoked, const QString& responder = QStringLiteral("ocsp"), QDateTime issued = {}) const;
    // Validation data for the camera report's signer (its certificate and the CA's) with `crls` and `ocsp`.
    ValidationData validationData(const QList<QByteArray>& crls, const QList<QByteArray>& ocsp = {}) const;
    // The signature value (DER) of the last signature of `pdf`.
    static QByteArray signatureOf(const QByteArray& pdf);
};

// "code: message | …", for a failing assertion's explanation.
std::string describe(const Problems& problems);

} // namespace starmark::test
