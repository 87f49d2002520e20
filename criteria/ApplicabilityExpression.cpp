#include "criteria/ApplicabilityExpression.h"

namespace starmark {

// Recursive descent over the grammar in docs/catalog-format.md.
class ExpressionParser {
public:
    ExpressionParser(const QString& source, ApplicabilityExpression& out)
        : m_text(source)
        , m_out(out)
    {
    }

    // Thrown to leave the recursion at the first problem.
    struct Failure {
        Problem problem;
    };

    Result<void> run()
    {
        try {
            next();
            if (m_token.kind == Token::End)
                fail(0, "applies-if.empty", Message("ApplicabilityExpression", "the rule is empty"));
            m_out.m_root = parseOr();
            if (m_token.kind != Token::End)
                fail(m_token.offset, "applies-if.unexpected-token",
                    Message("ApplicabilityExpression", "unexpected '%1': conditions are joined with 'and' or 'or'").arg(m_token.text));
            return {};
        } catch (const Failure& f) {
            return f.problem;
        }
    }

private:
    using Node = ApplicabilityExpression::Node;
    struct Token {
        enum Kind { End, Name, And, Or, Not, Open, Close, Equals, NotEquals } kind = End;
        QString text;
        int offset = 0;
    };

    [[noreturn]] static void fail(int offset, const char* code, Message message)
    {
        throw Failure{Problem::invalid(QLatin1String(code), std::move(message), {QString(), 1, offset + 1})};
    }

    static bool isNameChar(QChar c) { return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('-'); }

    void next()
    {
        while (m_pos < m_text.size() && m_text[m_pos].isSpace())
            ++m_pos;
        m_token = {Token::End, {}, int(m_pos)};
        if (m_pos >= m_text.size())
            return;
        const QChar c = m_text[m_pos];
        auto symbol = [&](Token::Kind kind, int length) {
            m_token = {kind, m_text.mid(m_pos, length), int(m_pos)};
            m_pos += length;
        };
        if (c == QLatin1Char('('))
            return symbol(Token::Open, 1);
        if (c == QLatin1Char(')'))
            return symbol(Token::Close, 1);
        if (m_text.mid(m_pos, 2) == QLatin1String("=="))
            return symbol(Token::Equals, 2);
        if (m_text.mid(m_pos, 2) == QLatin1String("!="))
            return symbol(Token::NotEquals, 2);
        if (!isNameChar(c))
            fail(int(m_pos), "applies-if.unexpected-character",
                Message("ApplicabilityExpression", "unexpected character '%1': a rule has question names, and, or, not, ==, != and parentheses")
                    .arg(QString(c)));
        const qsizetype start = m_pos;
        while (m_pos < m_text.size() && isNameChar(m_text[m_pos]))
            ++m_pos;
        const QString word = m_text.mid(start, m_pos - start);
        Token::Kind kind = Token::Name;
        if (word == QLatin1String("and"))
            kind = Token::And;
        else if (word == QLatin1String("or"))
            kind = Token::Or;
        else if (word == QLatin1String("not"))
            kind = Token::Not;
        m_token = {kind, word, int(start)};
    }

    int add(Node node)
    {
        m_out.m_nodes.append(node);
        return int(m_out.m_nodes.size() - 1);
    }

    int parseOr()
    {
        int left = parseAnd();
        while (m_token.kind == Token::Or) {
            next();
            left = add({Node::Type::Or, -1, left, parseAnd()});
        }
        return left;
    }

    int parseAnd()
    {
        int left = parseUnary();
        while (m_token.kind == Token::And) {
            next();
            left = add({Node::Type::And, -1, left, parseUnary()});
        }
        return left;
    }

    // Real rules nest two or three levels; the cap keeps hostile input off the stack's edge.
    static constexpr int maxDepth = 32;
    struct DepthGuard {
        ExpressionParser& parser;
        explicit DepthGuard(ExpressionParser& p, int offset)
            : parser(p)
        {
            if (++parser.m_depth > maxDepth)
                fail(offset, "applies-if.too-deep", Message("ApplicabilityExpression", "the rule nests deeper than %1 levels").arg(maxDepth));
        }
        ~DepthGuard() { --parser.m_depth; }
    };

    int parseUnary()
    {
        const DepthGuard guard(*this, m_token.offset);
        if (m_token.kind == Token::Not) {
            next();
            return add({Node::Type::Not, -1, parseUnary(), -1});
        }
        return parsePrimary();
    }

    int parsePrimary()
    {
        if (m_token.kind == Token::Open) {
            const DepthGuard guard(*this, m_token.offset);
            const int open = m_token.offset;
            next();
            const int inner = parseOr();
            if (m_token.kind != Token::Close)
                fail(m_token.kind == Token::End ? open : m_token.offset, "applies-if.unclosed",
                    Message("ApplicabilityExpression", "the parenthesis opened here is not closed"));
            next();
            return inner;
        }
        if (m_token.kind != Token::Name) {
            if (m_token.kind == Token::End)
                fail(m_token.offset, "applies-if.incomplete", Message("ApplicabilityExpression", "the rule ends where a question name should be"));
            fail(m_token.offset, "applies-if.expected-question",
                Message("ApplicabilityExpression", "expected a question name, found '%1'").arg(m_token.text));
        }
        ApplicabilityExpression::Use use{m_token.text, std::nullopt, m_token.offset, 0};
        next();
        Node::Type type = Node::Type::Question;
        if (m_token.kind == Token::Equals || m_token.kind == Token::NotEquals) {
            type = m_token.kind == Token::Equals ? Node::Type::Equals : Node::Type::NotEquals;
            next();
            if (m_token.kind != Token::Name)
                fail(m_token.offset, "applies-if.expected-option",
                    Message("ApplicabilityExpression", "an option of '%1' should follow the comparison").arg(use.question));
            use.option = m_token.text;
            use.optionOffset = m_token.offset;
            next();
        }
        m_out.m_uses.append(use);
        return add({type, int(m_out.m_uses.size() - 1), -1, -1});
    }

    const QString& m_text;
    ApplicabilityExpression& m_out;
    qsizetype m_pos = 0;
    int m_depth = 0;
    Token m_token;
};

Result<ApplicabilityExpression> ApplicabilityExpression::parse(const QString& source)
{
    ApplicabilityExpression expression;
    expression.m_source = source;
    if (const Result<void> parsed = ExpressionParser(expression.m_source, expression).run(); !parsed)
        return parsed.problems();
    return expression;
}

std::optional<bool> ApplicabilityExpression::evaluate(const Answers& answers) const
{
    if (isEmpty())
        return true;
    return evaluate(m_root, answers);
}

// Three-valued logic: an unanswered question is unknown, but `false and x` is
// false and `true or x` is true whatever x is.
std::optional<bool> ApplicabilityExpression::evaluate(int index, const Answers& answers) const
{
    const Node& node = m_nodes.at(index);
    switch (node.type) {
    case Node::Type::Question: {
        const std::optional<QString> answer = answers(m_uses.at(node.use).question);
        if (!answer)
            return std::nullopt;
        return *answer == QLatin1String("true");
    }
    case Node::Type::Equals:
    case Node::Type::NotEquals: {
        const Use& use = m_uses.at(node.use);
        const std::optional<QString> answer = answers(use.question);
        if (!answer)
            return std::nullopt;
        return (*answer == *use.option) == (node.type == Node::Type::Equals);
    }
    case Node::Type::Not: {
        const std::optional<bool> value = evaluate(node.left, answers);
        return value ? std::optional<bool>(!*value) : std::nullopt;
    }
    case Node::Type::And:
    case Node::Type::Or: {
        const bool isAnd = node.type == Node::Type::And;
        const std::optional<bool> left = evaluate(node.left, answers);
        if (left && *left != isAnd)
            return !isAnd;
        const std::optional<bool> right = evaluate(node.right, answers);
        if (right && *right != isAnd)
            return !isAnd;
        if (left && right)
            return isAnd;
        return std::nullopt;
    }
    }
    return std::nullopt;
}

} // namespace starmark
