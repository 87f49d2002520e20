#pragma once

#include <QDateTime>
#include <QString>

struct x509_st;
struct asn1_string_st;
struct CMS_SignerInfo_st;

namespace starmark {

// The oldest error on OpenSSL's queue as text; the queue is cleared.
QString takeOpenSslError();

// A certificate's subject on one line, /C=JP/O=…/CN=…, its UTF-8 kept as text
// (X509_NAME_oneline writes it as \xE6… escapes, which a Japanese lab name would become).
QString subjectOf(x509_st* certificate);

// An ASN.1 UTCTime or GeneralizedTime in UTC; invalid when there is none or it cannot be read.
QDateTime timeOf(const asn1_string_st* time);
// The signing-time attribute a CMS signer claims; invalid when there is none.
QDateTime signingTimeOf(CMS_SignerInfo_st* signer);

} // namespace starmark
