#pragma once

#include "reports/SignerRole.h"

#include <QDateTime>
#include <QString>

namespace starmark {

// A certificate authority and signer certificates for demos and tests, every
// subject marked DEMO: the manufacturer (self-declarations), the lab
// (evaluation reports) and the certification body (surveillance reports), each
// carrying its StarMark role OID and the organisation the bundled demos name.
class DemoPki {
public:
    // Writes ca.pem, ca.key, <role>.pem / <role>.key for each role, and the label key
    // label-issuer.key / label-issuer.pub.pem (ECDSA P-256), the time-stamp authority's
    // tsa.key / tsa.pem (ECDSA P-256, EKU timeStamping, for `starmark tsa serve`) into `folder`; and for
    // revocation checks an OCSP responder (ocsp.pem / ocsp.key, EKU OCSPSigning), an
    // empty CRL (ca.crl) and the CA's index in `openssl ca`'s format (index.txt), with
    // the signers' AIA naming http://127.0.0.1:<revocationPort>/ and their CDP
    // http://127.0.0.1:<revocationPort + 1>/ca.crl.
    static bool create(const QString& folder, const QDateTime& now, QString* error, quint16 revocationPort = defaultRevocationPort);
    static constexpr quint16 defaultRevocationPort = 8560;
    // One more signer issued by the CA of `folder` (made by create): <name>.pem and
    // <name>.key, for `organisation`, carrying the OIDs of `roles` (none: as a PKI
    // that knows nothing of StarMark would issue it), so that a demo of one's own
    // product has a signer for the organisation its declaration names.
    static bool addSigner(const QString& folder, const QString& name, const QString& organisation, const QList<SignerRole::Role>& roles,
        const QDateTime& now, QString* error);
    static QStringList roles(); // the file names, in the order of SignerRole::all
    static QString organisation(SignerRole::Role role); // the O= of its certificate
};

} // namespace starmark
