#pragma once

#include <QByteArrayView>
#include <QString>

#include <optional>

namespace starmark {

// The scheme's language is Japanese; English is offered on request.
enum class Language { Japanese, English };

// Parses "ja" / "en" (and locale names such as "ja_JP.UTF-8", "en-GB"); anything else is nullopt.
std::optional<Language> languageFromCode(const QString& code);

// "ja" or "en".
QString languageCode(Language language);

// What a command-line user asked for through POSIX locale variables, in their order of
// precedence (LC_ALL, LC_MESSAGES, LANG): Japanese for ja*, English for anything else set,
// and Japanese when none is set, because the scheme is Japanese.
Language languageFromEnvironment();

// The language an HTTP client prefers (RFC 9110 Accept-Language, q-values honoured);
// fallback when it names neither Japanese nor English.
Language languageFromAcceptLanguage(QByteArrayView header, Language fallback);

} // namespace starmark
