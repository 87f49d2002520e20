#include "reports/SignerRole.h"

#include <QStringList>

#include <openssl/objects.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace starmark {

QByteArray SignerRole::oid(Role role)
{
    return QByteArray(arc) + ".1." + QByteArray::number(int(role) + 1);
}

QString SignerRole::key(Role role)
{
    static const char* keys[] = {"manufacturer", "lab", "certification-body"};
    return QLatin1String(keys[int(role)]);
}

Message SignerRole::name(Role role)
{
    switch (role) {
    case Role::Manufacturer:
        return Message("SignerRole", "manufacturer");
    case Role::Lab:
        return Message("SignerRole", "evaluation lab");
    case Role::CertificationBody:
        break;
    }
    return Message("SignerRole", "certification body");
}

std::optional<SignerRole::Role> SignerRole::fromKey(const QString& text)
{
    for (const Role role : all) {
        if (key(role) == text)
            return role;
    }
    return std::nullopt;
}

QString SignerRole::keyList()
{
    QStringList keys;
    for (const Role role : all)
        keys << key(role);
    return keys.join(QStringLiteral(", "));
}

QList<SignerRole::Role> SignerRole::ofCertificate(x509_st* certificate)
{
    QList<Role> roles;
    auto* usages = static_cast<EXTENDED_KEY_USAGE*>(X509_get_ext_d2i(certificate, NID_ext_key_usage, nullptr, nullptr));
    for (int i = 0; usages && i < sk_ASN1_OBJECT_num(usages); ++i) {
        char text[128];
        OBJ_obj2txt(text, sizeof text, sk_ASN1_OBJECT_value(usages, i), 1);
        for (const Role role : all) {
            if (oid(role) == text && !roles.contains(role))
                roles << role;
        }
    }
    sk_ASN1_OBJECT_pop_free(usages, ASN1_OBJECT_free);
    return roles;
}

QString SignerRole::organisationOf(x509_st* certificate)
{
    X509_NAME* subject = X509_get_subject_name(certificate);
    const int index = X509_NAME_get_index_by_NID(subject, NID_organizationName, -1);
    if (index < 0)
        return {};
    unsigned char* utf8 = nullptr;
    const int length = ASN1_STRING_to_UTF8(&utf8, X509_NAME_ENTRY_get_data(X509_NAME_get_entry(subject, index)));
    const QString organisation = length < 0 ? QString() : QString::fromUtf8(reinterpret_cast<const char*>(utf8), length);
    OPENSSL_free(utf8);
    return organisation;
}

} // namespace starmark
