#pragma once

#include "criteria/Language.h"

#include <QString>

namespace starmark {

// A text a catalog carries in both languages.
struct LocalizedText {
    QString ja;
    QString en;

    const QString& in(Language language) const { return language == Language::English ? en : ja; }
    bool operator==(const LocalizedText&) const = default;
};

} // namespace starmark
