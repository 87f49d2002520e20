#pragma once

#include "criteria/Problem.h"
#include "criteria/LocalizedText.h"
#include "criteria/Vocabulary.h"

#include <QList>

namespace starmark {

// A product-profile question; its answer decides which requirements apply.
struct Question {
    enum class Type { Boolean, Choice, Text };
    struct Option {
        QString id;
        LocalizedText text;
        bool operator==(const Option&) const = default;
    };

    static constexpr Term<Type> types[] = {{Type::Boolean, "boolean"}, {Type::Choice, "choice"}, {Type::Text, "text"}};

    QString id;
    Type type = Type::Boolean;
    LocalizedText text;
    QList<Option> options; // choice questions only
    SourceLocation location;

    bool hasOption(const QString& optionId) const;
};

} // namespace starmark
