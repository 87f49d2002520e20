#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <span>
#include <string_view>

namespace starmark {

// The spelling of each value of a closed vocabulary (method, provenance, …) as
// it appears in files, so that reading, writing and error messages share one table.
template <typename Enum> struct Term {
    Enum value;
    std::string_view name;
};

template <typename Enum> std::optional<Enum> termFromName(std::span<const Term<Enum>> terms, std::string_view name)
{
    for (const Term<Enum>& term : terms) {
        if (term.name == name)
            return term.value;
    }
    return std::nullopt;
}

template <typename Enum> QString termName(std::span<const Term<Enum>> terms, Enum value)
{
    for (const Term<Enum>& term : terms) {
        if (term.value == value)
            return QString::fromLatin1(term.name.data(), qsizetype(term.name.size()));
    }
    return {};
}

template <typename Enum> QString termList(std::span<const Term<Enum>> terms)
{
    QStringList names;
    for (const Term<Enum>& term : terms)
        names << QString::fromLatin1(term.name.data(), qsizetype(term.name.size()));
    return names.join(QStringLiteral(", "));
}

} // namespace starmark
