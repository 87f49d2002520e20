#include "criteria/LocalizedText.h"

namespace starmark {

std::optional<Language> languageFromCode(const QString& code)
{
    if (code == QLatin1String("ja"))
        return Language::Japanese;
    if (code == QLatin1String("en"))
        return Language::English;
    return std::nullopt;
}

} // namespace starmark
