#include "labels/registry/RegisteredProduct.h"

namespace starmark {

QString RegisteredProduct::statusName(Status status)
{
    switch (status) {
    case Status::Valid:
        return QStringLiteral("valid");
    case Status::SupportEnded:
        return QStringLiteral("support-ended");
    case Status::Expired:
        return QStringLiteral("expired");
    case Status::Revoked:
        return QStringLiteral("revoked");
    }
    return {};
}

RegisteredProduct::Status RegisteredProduct::status(const QDate& today) const
{
    if (revokedAt)
        return Status::Revoked;
    if (!revisions.isEmpty() && today > current().validUntil)
        return Status::Expired;
    if (today > supportUntil)
        return Status::SupportEnded;
    return Status::Valid;
}

} // namespace starmark
