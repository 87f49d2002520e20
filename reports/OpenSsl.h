#pragma once

#include <QString>

namespace starmark {

// The oldest error on OpenSSL's queue as text; the queue is cleared.
QString takeOpenSslError();

} // namespace starmark
