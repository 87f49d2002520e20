#pragma once

#include "reports/TrustAnchors.h"

#include <QByteArray>

namespace starmark::test {

// The token (DER) of a TimeStampResp, empty when it carries none.
QByteArray tokenOf(const QByteArray& response);
// The anchors of one PEM file of the fixture's PKI.
TrustAnchors trustOf(const QString& pkiFile);

} // namespace starmark::test
