#pragma once

#include <QString>

#include <optional>

namespace starmark {

// The scheme's language is Japanese; English is offered on request.
enum class Language { Japanese, English };

// Parses "ja" / "en"; anything else is nullopt.
std::optional<Language> languageFromCode(const QString& code);

// A text a catalog carries in both languages.
struct LocalizedText {
    QString ja;
    QString en;

    const QString& in(Language language) const { return language == Language::English ? en : ja; }
    bool operator==(const LocalizedText&) const = default;
};

} // namespace starmark
