#pragma once

#include "criteria/Question.h"
#include "criteria/Requirement.h"

namespace starmark {

// One catalog file: the requirements of one star level for one product category.
struct Catalog {
    // A published text that quotes the scheme's document, for requirements whose
    // wording is taken from it (provenance `quoted`, `quoted_from` its id).
    struct SecondarySource {
        QString id;
        QString title;
        QString url;
    };
    struct Source {
        QString document;
        QString note;
        QList<SecondarySource> secondary;
    };
    // The requirements another scheme's statement of compliance stands for, when the
    // boolean profile question says the application takes that route (IPA's mutual
    // recognition of the UK PSTI regime).
    struct PstiRoute {
        QString question;
        QStringList covers;
        LocalizedText evidence; // what the statement of compliance is, for the evaluator
    };

    QString path;
    QString scheme;
    QString id;
    QString version;
    int level = 0;
    QString category;
    QStringList extends;
    SourceLocation extendsLocation; // the extends key, or the top of the file when absent
    LocalizedText title;
    Source source;
    QList<LocalizedText> protectedAssets; // 守るべき情報資産
    // Set when the requirement IDs and texts are StarMark's own, not the scheme's: the
    // notice every place that shows them repeats.
    std::optional<LocalizedText> reconstruction;
    std::optional<PstiRoute> pstiRoute;
    QList<Question> questions;
    QList<Requirement> requirements;
    SourceLocation location; // the id key

    // "jc-star/star1-common": how the CLI and assessments name a catalog.
    QString qualifiedId() const { return scheme + QLatin1Char('/') + id; }
    const Requirement* requirement(const QString& requirementId) const;
    const Question* question(const QString& questionId) const;
    const SecondarySource* secondarySource(const QString& sourceId) const;
    int count(Requirement::Provenance provenance) const;
};

} // namespace starmark
