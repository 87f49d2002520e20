#pragma once

#include <QChar>
#include <QCoreApplication>
#include <QString>

#include <string_view>

namespace starmark {

constexpr inline bool isLowerOrDigit(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
}
constexpr inline bool isLower(QChar c)
{
    return c >= QLatin1Char('a') && c <= QLatin1Char('z');
}
constexpr inline bool isAlnum(QChar c)
{
    return isLowerOrDigit(c) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
}

// An identifier's spelling rule, with the words an error message uses for it.
struct IdRule {
    bool (*first)(QChar);
    std::string_view punctuation; // allowed after the first character, besides restClass
    bool (*restClass)(QChar);
    const char* description; // a source text of context "IdRule", translated where it is shown

    bool accepts(const QString& id) const
    {
        if (id.isEmpty() || !first(id.front()))
            return false;
        for (qsizetype i = 1; i < id.size(); ++i) {
            const QChar c = id[i];
            if (!restClass(c) && (c.unicode() > 0x7f || punctuation.find(char(c.unicode())) == std::string_view::npos))
                return false;
        }
        return true;
    }
};

// constexpr: catalogs may be read during static initialisation (tests, tools).
constexpr IdRule slugRule{isLowerOrDigit, "-", isLowerOrDigit, QT_TRANSLATE_NOOP("IdRule", "lower-case letters, digits and '-'")};
constexpr IdRule optionRule{isLowerOrDigit, "-_", isLowerOrDigit, QT_TRANSLATE_NOOP("IdRule", "lower-case letters, digits, '-' and '_'")};
constexpr IdRule questionRule{isLower, "_", isLowerOrDigit, QT_TRANSLATE_NOOP("IdRule", "a lower-case letter, then lower-case letters, digits and '_'")};
constexpr IdRule requirementRule{isAlnum, ".-", isAlnum, QT_TRANSLATE_NOOP("IdRule", "letters, digits, '.' and '-'")};

} // namespace starmark
