#pragma once

#include "criteria/Result.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace starmark {

// The `applies_if` rule of a requirement: a small boolean expression over the
// product-profile answers (grammar in docs/catalog-format.md). Parsing knows
// nothing of the catalog; the names it uses are checked against the questions
// of the catalog chain by CatalogLibrary.
class ApplicabilityExpression {
public:
    // A question the expression names: bare (boolean) or compared with an option (choice).
    struct Use {
        QString question;
        std::optional<QString> option;
        int offset = 0;
        int optionOffset = 0;
    };
    // Returns an answer's value ("true"/"false" for booleans, the option id for
    // choices), or nullopt when the question has not been answered.
    using Answers = std::function<std::optional<QString>(const QString& question)>;

    ApplicabilityExpression() = default;

    // A problem's place is in the source text: line 1, the column of the character it concerns.
    static Result<ApplicabilityExpression> parse(const QString& source);

    bool isEmpty() const { return m_nodes.isEmpty(); }
    const QString& source() const { return m_source; }
    const QList<Use>& uses() const { return m_uses; }

    // nullopt when the outcome depends on a question not yet answered.
    std::optional<bool> evaluate(const Answers& answers) const;

private:
    friend class ExpressionParser;
    struct Node {
        enum class Type { Question, Equals, NotEquals, Not, And, Or } type;
        int use = -1; // index into m_uses for Question / Equals / NotEquals
        int left = -1;
        int right = -1;
    };

    std::optional<bool> evaluate(int node, const Answers& answers) const;

    QString m_source;
    QList<Node> m_nodes;
    QList<Use> m_uses;
    int m_root = -1;
};

} // namespace starmark
