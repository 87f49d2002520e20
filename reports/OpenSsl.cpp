#include "reports/OpenSsl.h"

#include <openssl/cms.h>
#include <openssl/err.h>
#include <openssl/objects.h>
#include <openssl/x509.h>

namespace starmark {

QString takeOpenSslError()
{
    const unsigned long code = ERR_get_error();
    ERR_clear_error();
    if (!code)
        return QStringLiteral("unknown OpenSSL error");
    char text[256];
    ERR_error_string_n(code, text, sizeof text);
    return QString::fromLatin1(text);
}

QString subjectOf(x509_st* certificate)
{
    X509_NAME* name = X509_get_subject_name(certificate);
    QString line;
    for (int i = 0; i < X509_NAME_entry_count(name); ++i) {
        X509_NAME_ENTRY* entry = X509_NAME_get_entry(name, i);
        const int nid = OBJ_obj2nid(X509_NAME_ENTRY_get_object(entry));
        unsigned char* utf8 = nullptr;
        const int length = ASN1_STRING_to_UTF8(&utf8, X509_NAME_ENTRY_get_data(entry));
        line += QLatin1Char('/') + QLatin1String(nid == NID_undef ? "?" : OBJ_nid2sn(nid)) + QLatin1Char('=')
            + (length < 0 ? QString() : QString::fromUtf8(reinterpret_cast<const char*>(utf8), length));
        OPENSSL_free(utf8);
    }
    return line;
}

QDateTime timeOf(const ASN1_TIME* time)
{
    tm t{};
    if (!time || ASN1_TIME_to_tm(time, &t) != 1)
        return {};
    return QDateTime(QDate(t.tm_year + 1900, t.tm_mon + 1, t.tm_mday), QTime(t.tm_hour, t.tm_min, t.tm_sec), Qt::UTC);
}

QDateTime signingTimeOf(CMS_SignerInfo* si)
{
    const int index = CMS_signed_get_attr_by_NID(si, NID_pkcs9_signingTime, -1);
    if (index < 0)
        return {};
    ASN1_TYPE* type = X509_ATTRIBUTE_get0_type(CMS_signed_get_attr(si, index), 0);
    if (!type || (type->type != V_ASN1_UTCTIME && type->type != V_ASN1_GENERALIZEDTIME))
        return {};
    return timeOf(type->value.asn1_string);
}

} // namespace starmark
