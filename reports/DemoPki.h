#pragma once

#include <QDateTime>
#include <QString>

namespace starmark {

// A certificate authority and signer certificates for demos and tests, every
// subject marked DEMO: the manufacturer (self-declarations), the lab
// (evaluation reports) and the certification body (surveillance reports).
class DemoPki {
public:
    // Writes ca.pem, ca.key, <role>.pem / <role>.key for each role, and the label key
    // label-issuer.key / label-issuer.pub.pem (ECDSA P-256) into `folder`.
    static bool create(const QString& folder, const QDateTime& now, QString* error);
    static QStringList roles();
};

} // namespace starmark
