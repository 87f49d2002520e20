#pragma once

#include "criteria/Catalog.h"
#include "evaluators/Assessment.h"
#include "labels/LabelArtwork.h"
#include "labels/LabelToken.h"

#include <QJsonObject>

namespace starmark {

// What the certification body does to issue a label: take the facts from an
// assessment that reaches its level (or from a verified signed report), sign
// them into a token, encode the token's URL as a QR code and draw the artwork.
class LabelIssuer {
public:
    struct Facts {
        int level = 0;
        QString category;
        QString model;
        QString firmware;
        QDate supportUntil;
        QDate evaluated;
    };
    struct Options {
        QString registry = QStringLiteral("https://label.starmark.example");
        LabelArtwork::Size size = LabelArtwork::Size::Standard;
        QDate validUntil;
    };
    struct Issued {
        LabelToken token;
        QrCode qr;
    };

    // nullopt with `problem` set when the assessment does not reach the level it claims.
    static std::optional<Facts> fromAssessment(const Assessment& assessment, const QList<const Catalog*>& chain, const QDate& today,
        const QString& source, QString* problem);
    // The facts of a verified report's embedded assessment; `category` from its catalog.
    static std::optional<Facts> fromReport(const QJsonObject& assessment, const QString& category, const QString& source, QString* problem);
    // Why a label cannot be valid until `validUntil` (the scheme's longest validity is two years), or empty.
    static QString validityProblem(const QDate& validUntil, const QDate& today);
    // Signs the token and encodes its URL; nullopt with `problem` set when a field does not fit.
    static std::optional<Issued> issue(
        const IssuerKey& key, const QString& registration, const Facts& facts, const Options& options, QString* problem);
};

} // namespace starmark
