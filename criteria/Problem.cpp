#include "criteria/Problem.h"

#include "criteria/Translator.h"

#include <algorithm>

namespace starmark {

namespace {

Problem make(QString code, Message message, SourceLocation where, QString key, Problem::Severity severity)
{
    return Problem{std::move(code), std::move(message), std::move(where), std::move(key), severity};
}

} // namespace

Problem Problem::invalid(QString code, Message message, SourceLocation where, QString key)
{
    return make(std::move(code), std::move(message), std::move(where), std::move(key), Severity::Invalid);
}

Problem Problem::unusable(QString code, Message message, SourceLocation where, QString key)
{
    return make(std::move(code), std::move(message), std::move(where), std::move(key), Severity::Unusable);
}

Problem Problem::warning(QString code, Message message, SourceLocation where, QString key)
{
    return make(std::move(code), std::move(message), std::move(where), std::move(key), Severity::Warning);
}

QString Problem::toString() const
{
    return toString(Translator::installed());
}

QString Problem::toString(Language language) const
{
    QString text = where.file;
    if (where.line > 0)
        text += QStringLiteral(":%1:%2").arg(where.line).arg(where.column);
    if (!text.isEmpty())
        text += QStringLiteral(": ");
    if (!key.isEmpty())
        text += key + QStringLiteral(": ");
    return text + message.text(language);
}

bool hasUnusable(const Problems& problems)
{
    return std::any_of(problems.begin(), problems.end(), [](const Problem& p) { return p.severity == Problem::Severity::Unusable; });
}

bool hasErrors(const Problems& problems)
{
    return std::any_of(problems.begin(), problems.end(), [](const Problem& p) { return p.severity != Problem::Severity::Warning; });
}

const Problem* findProblem(const Problems& problems, QStringView code)
{
    const auto it = std::find_if(problems.begin(), problems.end(), [&](const Problem& p) { return p.code == code; });
    return it == problems.end() ? nullptr : &*it;
}

} // namespace starmark
