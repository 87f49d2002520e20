#include "labels/registry/RegisteredProduct.h"

#include <QJsonArray>

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

TEST(RegisteredProduct, TheApiListsTheFamilyTheRepresentativeFirstAndWhatEachRevisionAdded)
{
    RegisteredProduct p;
    p.registration = QStringLiteral("JCS-26-000001");
    p.model = QStringLiteral("SC-100");
    p.otherModels = {QStringLiteral("SC-100W"), QStringLiteral("SC-100R")};
    p.supportUntil = QDate(2031, 3, 31);
    p.revisions.append({QStringLiteral("1.0"), QDate(2026, 11, 1), QDate(2027, 12, 31), {}, {}, {}, {}, {}, {}, {}});
    p.revisions.append({QStringLiteral("1.1"), QDate(2026, 11, 20), QDate(2027, 12, 31), {}, {}, {}, {}, {}, {}, {}, {QStringLiteral("SC-100R")}});
    const QJsonObject json = p.toJson(QDate(2026, 11, 22), QStringLiteral("https://registry.example"));
    EXPECT_EQ(json.value(QStringLiteral("model")).toString(), QStringLiteral("SC-100"));
    EXPECT_EQ(json.value(QStringLiteral("models")).toArray(),
        (QJsonArray{QStringLiteral("SC-100"), QStringLiteral("SC-100W"), QStringLiteral("SC-100R")}));
    const QJsonArray revisions = json.value(QStringLiteral("revisions")).toArray();
    EXPECT_FALSE(revisions.at(0).toObject().contains(QStringLiteral("added_models")));
    EXPECT_EQ(revisions.at(1).toObject().value(QStringLiteral("added_models")).toArray(), QJsonArray{QStringLiteral("SC-100R")});
}
