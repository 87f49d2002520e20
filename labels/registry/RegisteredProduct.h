#pragma once

#include "criteria/LocalizedText.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace starmark {

// One firmware version of a registered product, with the label token issued for it.
// (Not evaluators' FirmwareRevision, which starts an assessment of a new firmware.)
struct RegisteredRevision {
    QString firmware;
    QDate evaluated;
    QDate validUntil; // the label's validity
    QDateTime registeredAt;
    QString token; // the LabelToken, encoded
    QDate supportUntil; // what this revision's report declared; invalid for revisions stored before schema 4
    QString vulnerabilityContact; // likewise
    QStringList overrides; // what a member of staff accepted for it (RevisionOverride names), with why and who
    QString overrideReason;
    QString overrideBy;
    QStringList addedModels = {}; // the models this revision added to the family (none for the first)
};

// A product in the registry, as the page behind its QR code shows it.
struct RegisteredProduct {
    enum class Status { Valid, SupportEnded, Expired, Revoked };

    QString registration; // JCS-YY-NNNNNN
    int level = 0;
    QString category;
    LocalizedText manufacturer;
    LocalizedText name;
    QString model; // the representative: the one its labels carry
    QStringList otherModels; // the rest of the family, in the order registered
    QString vulnerabilityContact;
    QDate supportUntil;
    QDateTime registeredAt;
    QList<RegisteredRevision> revisions; // oldest first; the last is the current label
    std::optional<QDateTime> revokedAt;
    QString revocationReason;

    const RegisteredRevision& current() const { return revisions.constLast(); }
    QStringList models() const { return QStringList{model} + otherModels; } // the family, the representative first
    // Revoked outranks expired, which outranks support ended: the worst applies.
    Status status(const QDate& today) const;
    static QString statusName(Status status); // valid, support-ended, expired, revoked
    // The product as the API gives it (GET /api/v1/labels/R), its label's URL on registryUrl.
    QJsonObject toJson(const QDate& today, const QString& registryUrl) const;
};

} // namespace starmark
