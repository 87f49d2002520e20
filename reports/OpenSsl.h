#pragma once

#include <QString>

struct x509_st;

namespace starmark {

// The oldest error on OpenSSL's queue as text; the queue is cleared.
QString takeOpenSslError();

// A certificate's subject on one line, /C=JP/O=…/CN=…, its UTF-8 kept as text
// (X509_NAME_oneline writes it as \xE6… escapes, which a Japanese lab name would become).
QString subjectOf(x509_st* certificate);

} // namespace starmark
