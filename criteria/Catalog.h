#pragma once

#include "criteria/Question.h"
#include "criteria/Requirement.h"

namespace starmark {

// One catalog file: the requirements of one star level for one product category.
struct Catalog {
    struct Source {
        QString document;
        QString note;
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
    QList<Question> questions;
    QList<Requirement> requirements;
    SourceLocation location; // the id key

    // "jc-star/star1-common": how the CLI and assessments name a catalog.
    QString qualifiedId() const { return scheme + QLatin1Char('/') + id; }
    const Requirement* requirement(const QString& requirementId) const;
    const Question* question(const QString& questionId) const;
    int count(Requirement::Provenance provenance) const;
};

} // namespace starmark
