#pragma once

#include "criteria/Message.h"

#include <QList>
#include <QString>

#include <optional>

struct x509_st;

namespace starmark {

// The role a certificate signs in, and the organisation it names. StarMark's
// role OIDs are extended key usages under 2.25.<UUID> (ITU-T X.667: an arc
// anyone may derive from a UUID they generated, with no registration), so a
// CA can issue a certificate for one role only; docs/trust-model.md lists them.
class SignerRole {
public:
    enum class Role { Manufacturer, Lab, CertificationBody };
    static constexpr Role all[] = {Role::Manufacturer, Role::Lab, Role::CertificationBody};

    static constexpr const char* arc = "2.25.4026876481259094438370377668664362777"; // StarMark's; .1.<n> are the roles
    static QByteArray oid(Role role); // dotted decimal
    static QString key(Role role); // manufacturer, lab, certification-body: in trust.yaml and JSON
    static Message name(Role role); // for people: manufacturer, evaluation lab, certification body
    static std::optional<Role> fromKey(const QString& key);
    static QString keyList(); // "manufacturer, lab, certification-body", for messages

    // The roles a certificate's extended key usage names.
    static QList<Role> ofCertificate(x509_st* certificate);
    // Its subject's organisation (O=), or empty.
    static QString organisationOf(x509_st* certificate);
};

} // namespace starmark
