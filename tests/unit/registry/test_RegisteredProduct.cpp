#include "labels/registry/RegisteredProduct.h"

#include <gtest/gtest.h>

using namespace starmark;

TEST(RegisteredProduct, TheWorstStatusApplies)
{
    using S = RegisteredProduct::Status;
    RegisteredProduct p;
    p.supportUntil = QDate(2027, 6, 30);
    p.revisions.append({QStringLiteral("1.0"), QDate(2026, 11, 1), QDate(2027, 12, 31), {}, {}, {}, {}, {}, {}, {}});
    EXPECT_EQ(p.status(QDate(2027, 6, 30)), S::Valid);
    EXPECT_EQ(p.status(QDate(2027, 7, 1)), S::SupportEnded);
    EXPECT_EQ(p.status(QDate(2028, 1, 1)), S::Expired) << "expired outranks support ended";
    p.revokedAt = QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);
    EXPECT_EQ(p.status(QDate(2026, 12, 2)), S::Revoked);
    EXPECT_EQ(p.status(QDate(2028, 1, 1)), S::Revoked) << "revoked outranks expired";
    EXPECT_EQ(RegisteredProduct::statusName(S::SupportEnded), QStringLiteral("support-ended"));
    EXPECT_EQ(RegisteredProduct::statusName(S::Revoked), QStringLiteral("revoked"));
}
