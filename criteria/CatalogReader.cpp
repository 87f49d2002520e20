#include "criteria/CatalogReader.h"

#include "criteria/KeyPath.h"
#include "criteria/LineIndex.h"
#include "criteria/YamlReader.h"

#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <initializer_list>

namespace starmark {
namespace {

using Keys = std::initializer_list<std::string_view>;

constexpr bool isLowerOrDigit(QChar c) { return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9')); }
constexpr bool isLower(QChar c) { return c >= QLatin1Char('a') && c <= QLatin1Char('z'); }
constexpr bool isAlnum(QChar c) { return isLowerOrDigit(c) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z')); }

// An identifier's spelling rule, with the words an error message uses for it.
struct IdRule {
    bool (*first)(QChar);
    std::string_view punctuation; // allowed after the first character, besides restClass
    bool (*restClass)(QChar);
    const char* description;

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
constexpr IdRule slugRule{isLowerOrDigit, "-", isLowerOrDigit, "lower-case letters, digits and '-'"};
constexpr IdRule optionRule{isLowerOrDigit, "-_", isLowerOrDigit, "lower-case letters, digits, '-' and '_'"};
constexpr IdRule questionRule{isLower, "_", isLowerOrDigit, "a lower-case letter, then lower-case letters, digits and '_'"};
constexpr IdRule requirementRule{isAlnum, ".-", isAlnum, "letters, digits, '.' and '-'"};

int editDistance(std::string_view a, std::string_view b)
{
    std::vector<int> row(b.size() + 1);
    for (size_t j = 0; j <= b.size(); ++j)
        row[j] = int(j);
    for (size_t i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (size_t j = 1; j <= b.size(); ++j) {
            const int above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

QString quoted(const std::string& s) { return QLatin1Char('\'') + QString::fromStdString(s) + QLatin1Char('\''); }

class Reader {
public:
    Reader(const QByteArray& bytes, const QString& path)
        : m_bytes(bytes)
        , m_lines(m_bytes)
        , m_path(path)
    {
    }

    CatalogReader::Result run()
    {
        YamlReader::Result yaml = YamlReader::read(m_bytes, m_path);
        if (yaml.error)
            return {std::nullopt, {*yaml.error}};
        Catalog catalog;
        catalog.path = m_path;
        readCatalog(yaml.root, catalog);
        if (!m_diagnostics.isEmpty())
            return {std::nullopt, m_diagnostics};
        return {std::move(catalog), {}};
    }

private:
    SourceLocation at(YamlNode::Mark mark) const
    {
        if (mark.line <= 0)
            return {m_path, 1, 1};
        return {m_path, mark.line, m_lines.characterColumn(mark.line, mark.column)};
    }

    void error(YamlNode::Mark mark, const KeyPath& path, QString message)
    {
        m_diagnostics.append({at(mark), path.toString(), std::move(message), Diagnostic::Severity::Invalid});
    }

    bool expect(const YamlNode& node, YamlNode::Kind kind, const KeyPath& path, const char* what)
    {
        if (node.kind() == kind)
            return true;
        error(node.mark(), path, QStringLiteral("expected %1, found %2").arg(QLatin1String(what), QLatin1String(node.describe())));
        return false;
    }

    // Reports keys the format does not know, suggesting the nearest known one.
    void checkKeys(const YamlNode& map, const KeyPath& path, Keys allowed)
    {
        for (const YamlNode::Entry& entry : map.entries()) {
            if (std::find(allowed.begin(), allowed.end(), entry.key) != allowed.end())
                continue;
            std::string_view nearest;
            int best = 3;
            QStringList names;
            for (std::string_view name : allowed) {
                names << QString::fromLatin1(name.data(), qsizetype(name.size()));
                if (const int d = editDistance(entry.key, name); d < best) {
                    best = d;
                    nearest = name;
                }
            }
            const QString hint = nearest.empty()
                ? QStringLiteral("allowed here: %1").arg(names.join(QStringLiteral(", ")))
                : QStringLiteral("did you mean '%1'?").arg(QString::fromLatin1(nearest.data(), qsizetype(nearest.size())));
            error(entry.keyMark, path.key(entry.key), QStringLiteral("unknown key %1; %2").arg(quoted(entry.key), hint));
        }
    }

    // A missing key has no place of its own: report it at the map that lacks it.
    const YamlNode* required(const YamlNode& map, std::string_view key, const KeyPath& path)
    {
        const YamlNode* node = map.find(key);
        if (!node) {
            error(map.mark(), path.key(key),
                  QStringLiteral("required key '%1' is missing; add it to this map").arg(QString::fromLatin1(key.data(), qsizetype(key.size()))));
        } else if (node->isNull()) {
            // An empty value's own mark is wherever the next token starts: point at its key instead.
            const auto entry = std::find_if(map.entries().begin(), map.entries().end(), [&](const YamlNode::Entry& e) { return e.key == key; });
            error(entry->keyMark, path.key(key),
                  QStringLiteral("'%1' has no value; give it one").arg(QString::fromLatin1(key.data(), qsizetype(key.size()))));
            return nullptr;
        }
        return node;
    }

    // An optional key written with no value counts as absent.
    static const YamlNode* optional(const YamlNode& map, std::string_view key)
    {
        const YamlNode* node = map.find(key);
        return node && !node->isNull() ? node : nullptr;
    }

    std::optional<QString> text(const YamlNode& node, const KeyPath& path)
    {
        if (!expect(node, YamlNode::Kind::Scalar, path, "text"))
            return std::nullopt;
        QString value = QString::fromStdString(node.scalar());
        if (value.trimmed().isEmpty()) {
            error(node.mark(), path, QStringLiteral("the text is empty; write it out"));
            return std::nullopt;
        }
        return value;
    }

    std::optional<QString> identifier(const YamlNode& node, const KeyPath& path, const IdRule& rule)
    {
        std::optional<QString> value = text(node, path);
        if (value && !rule.accepts(*value)) {
            error(node.mark(), path,
                  QStringLiteral("'%1' is not a valid id; use %2").arg(*value, QLatin1String(rule.description)));
            return std::nullopt;
        }
        return value;
    }

    std::optional<int> integer(const YamlNode& node, const KeyPath& path, int min, int max)
    {
        if (!expect(node, YamlNode::Kind::Scalar, path, "a whole number"))
            return std::nullopt;
        bool ok = false;
        const int value = QString::fromStdString(node.scalar()).toInt(&ok);
        if (!ok || node.style() != YamlNode::Style::Plain || value < min || value > max) {
            error(node.mark(), path,
                  QStringLiteral("expected a whole number from %1 to %2 (unquoted), found '%3'")
                      .arg(min)
                      .arg(max)
                      .arg(QString::fromStdString(node.scalar())));
            return std::nullopt;
        }
        return value;
    }

    template <typename Enum, size_t N>
    std::optional<Enum> term(const YamlNode& node, const KeyPath& path, const Term<Enum> (&terms)[N], const char* what)
    {
        if (!expect(node, YamlNode::Kind::Scalar, path, what))
            return std::nullopt;
        const std::optional<Enum> value = termFromName<Enum>(terms, node.scalar());
        if (!value) {
            error(node.mark(), path,
                  QStringLiteral("%1 is not a valid %2; use one of: %3")
                      .arg(quoted(node.scalar()), QLatin1String(what), termList<Enum>(terms)));
        }
        return value;
    }

    std::optional<LocalizedText> localized(const YamlNode& node, const KeyPath& path)
    {
        if (!expect(node, YamlNode::Kind::Map, path, "a map with 'ja' and 'en' texts"))
            return std::nullopt;
        checkKeys(node, path, {"ja", "en"});
        std::optional<QString> ja;
        std::optional<QString> en;
        if (const YamlNode* n = translation(node, "ja", path))
            ja = text(*n, path.key("ja"));
        if (const YamlNode* n = translation(node, "en", path))
            en = text(*n, path.key("en"));
        if (!ja || !en)
            return std::nullopt;
        return LocalizedText{*ja, *en};
    }

    const YamlNode* translation(const YamlNode& map, std::string_view language, const KeyPath& path)
    {
        const YamlNode* node = map.find(language);
        if (!node) {
            error(map.mark(), path.key(language),
                  QStringLiteral("the %1 translation is missing; catalogs carry every text in Japanese (ja) and English (en)")
                      .arg(language == "ja" ? QStringLiteral("Japanese") : QStringLiteral("English")));
        }
        return node;
    }

    // Calls read(element, path) for each element of a list, naming elements by their id.
    template <typename Read>
    void eachElement(const YamlNode& list, const KeyPath& path, Read read)
    {
        if (!expect(list, YamlNode::Kind::Sequence, path, "a list"))
            return;
        int index = 0;
        for (const YamlNode& element : list.items()) {
            QString id;
            if (element.isMap()) {
                if (const YamlNode* idNode = element.find("id"); idNode && idNode->isScalar())
                    id = QString::fromStdString(idNode->scalar());
            }
            read(element, path.element(index++, id));
        }
    }

    void readCatalog(const YamlNode& root, Catalog& catalog)
    {
        const KeyPath top;
        if (!root.isMap()) {
            error(root.mark(), top,
                  QStringLiteral("a catalog is a map of keys (scheme, id, level, requirements, …); found %1")
                      .arg(QLatin1String(root.describe())));
            return;
        }
        checkKeys(root, top,
                  {"scheme", "id", "version", "level", "category", "extends", "title", "source", "questions", "requirements"});
        if (const YamlNode* n = required(root, "scheme", top))
            catalog.scheme = identifier(*n, top.key("scheme"), slugRule).value_or(QString());
        if (const YamlNode* n = required(root, "id", top)) {
            catalog.id = identifier(*n, top.key("id"), slugRule).value_or(QString());
            catalog.location = at(n->mark());
        }
        if (const YamlNode* n = required(root, "version", top))
            catalog.version = text(*n, top.key("version")).value_or(QString());
        if (const YamlNode* n = required(root, "level", top))
            catalog.level = integer(*n, top.key("level"), 1, 4).value_or(0);
        if (const YamlNode* n = required(root, "category", top))
            catalog.category = identifier(*n, top.key("category"), slugRule).value_or(QString());
        readExtends(root, catalog);
        if (const YamlNode* n = required(root, "title", top))
            catalog.title = localized(*n, top.key("title")).value_or(LocalizedText());
        if (const YamlNode* n = required(root, "source", top))
            readSource(*n, top.key("source"), catalog.source);
        if (const YamlNode* n = optional(root, "questions")) {
            eachElement(*n, top.key("questions"), [&](const YamlNode& element, const KeyPath& path) {
                catalog.questions.append(readQuestion(element, path));
            });
        }
        if (const YamlNode* n = required(root, "requirements", top)) {
            if (n->isSequence() && n->items().empty())
                error(n->mark(), top.key("requirements"), QStringLiteral("the list is empty; a catalog needs at least one requirement"));
            eachElement(*n, top.key("requirements"), [&](const YamlNode& element, const KeyPath& path) {
                catalog.requirements.append(readRequirement(element, path));
            });
        }
    }

    void readExtends(const YamlNode& root, Catalog& catalog)
    {
        const KeyPath top;
        const KeyPath path = top.key("extends");
        const YamlNode* node = root.find("extends");
        catalog.extendsLocation = at(node ? node->mark() : root.mark());
        if (node && node->isScalar()) {
            if (std::optional<QString> parent = identifier(*node, path, slugRule))
                catalog.extends.append(*parent);
        } else if (node && !node->isNull()) {
            eachElement(*node, path, [&](const YamlNode& element, const KeyPath& elementPath) {
                if (std::optional<QString> parent = identifier(element, elementPath, slugRule))
                    catalog.extends.append(*parent);
            });
        }
        if (catalog.level == 1 && !catalog.extends.isEmpty())
            error(node->mark(), path, QStringLiteral("a ★1 catalog is the base of its scheme and extends nothing; remove 'extends' or raise 'level'"));
        if (catalog.level > 1 && catalog.extends.isEmpty() && (!node || node->isNull())) {
            error(node ? node->mark() : root.mark(), path,
                  QStringLiteral("a ★%1 catalog must extend the ★%2 catalog it adds to; name it in 'extends'")
                      .arg(catalog.level)
                      .arg(catalog.level - 1));
        }
    }

    void readSource(const YamlNode& node, const KeyPath& path, Catalog::Source& source)
    {
        if (!expect(node, YamlNode::Kind::Map, path, "a map with 'document' and 'note'"))
            return;
        checkKeys(node, path, {"document", "note"});
        if (const YamlNode* n = required(node, "document", path))
            source.document = text(*n, path.key("document")).value_or(QString());
        if (const YamlNode* n = optional(node, "note"))
            source.note = text(*n, path.key("note")).value_or(QString());
    }

    Question readQuestion(const YamlNode& node, const KeyPath& path)
    {
        Question question;
        if (!expect(node, YamlNode::Kind::Map, path, "a question (a map with id, type and text)"))
            return question;
        checkKeys(node, path, {"id", "type", "text", "options"});
        if (const YamlNode* n = required(node, "id", path)) {
            question.id = identifier(*n, path.key("id"), questionRule).value_or(QString());
            question.location = at(n->mark());
        }
        std::optional<Question::Type> type;
        if (const YamlNode* n = required(node, "type", path))
            type = term(*n, path.key("type"), Question::types, "question type");
        question.type = type.value_or(Question::Type::Boolean);
        if (const YamlNode* n = required(node, "text", path))
            question.text = localized(*n, path.key("text")).value_or(LocalizedText());
        const YamlNode* options = optional(node, "options");
        if (type == Question::Type::Choice && !options) {
            required(node, "options", path);
        } else if (type && type != Question::Type::Choice && options) {
            error(node.find("options")->mark(), path.key("options"),
                  QStringLiteral("only choice questions have options; remove them or set type: choice"));
        } else if (options) {
            QSet<QString> seen;
            eachElement(*options, path.key("options"), [&](const YamlNode& element, const KeyPath& optionPath) {
                if (!expect(element, YamlNode::Kind::Map, optionPath, "an option (a map with id and text)"))
                    return;
                checkKeys(element, optionPath, {"id", "text"});
                Question::Option option;
                if (const YamlNode* n = required(element, "id", optionPath)) {
                    option.id = identifier(*n, optionPath.key("id"), optionRule).value_or(QString());
                    if (!option.id.isEmpty() && !checkUnique(seen, option.id, *n, optionPath.key("id"), "option"))
                        option.id.clear();
                }
                if (const YamlNode* n = required(element, "text", optionPath))
                    option.text = localized(*n, optionPath.key("text")).value_or(LocalizedText());
                question.options.append(option);
            });
            if (options->isSequence() && options->items().size() < 2)
                error(options->mark(), path.key("options"), QStringLiteral("a choice needs at least two options"));
        }
        return question;
    }

    bool checkUnique(QSet<QString>& seen, const QString& id, const YamlNode& node, const KeyPath& path, const char* what)
    {
        if (seen.contains(id)) {
            error(node.mark(), path, QStringLiteral("%1 id '%2' is used twice; give each %1 its own id").arg(QLatin1String(what), id));
            return false;
        }
        seen.insert(id);
        return true;
    }

    Requirement readRequirement(const YamlNode& node, const KeyPath& path)
    {
        Requirement requirement;
        if (!expect(node, YamlNode::Kind::Map, path, "a requirement (a map with id, title, text, …)"))
            return requirement;
        checkKeys(node, path,
                  {"id", "title", "text", "method", "applies_if", "items", "evidence", "tests", "references", "provenance", "note"});
        requirement.location = at(node.mark());
        if (const YamlNode* n = required(node, "id", path)) {
            requirement.id = identifier(*n, path.key("id"), requirementRule).value_or(QString());
            requirement.location = at(n->mark());
        }
        if (const YamlNode* n = required(node, "title", path))
            requirement.title = localized(*n, path.key("title")).value_or(LocalizedText());
        if (const YamlNode* n = required(node, "text", path))
            requirement.text = localized(*n, path.key("text")).value_or(LocalizedText());
        if (const YamlNode* n = required(node, "method", path))
            requirement.method = term(*n, path.key("method"), Requirement::methods, "method").value_or(Requirement::Method::Document);
        if (const YamlNode* n = optional(node, "applies_if"))
            readAppliesIf(*n, path.key("applies_if"), requirement);
        if (const YamlNode* n = required(node, "items", path))
            readItems(*n, path.key("items"), requirement);
        if (const YamlNode* n = optional(node, "evidence")) {
            eachElement(*n, path.key("evidence"), [&](const YamlNode& element, const KeyPath& elementPath) {
                if (!expect(element, YamlNode::Kind::Map, elementPath, "evidence (a map with kind and text)"))
                    return;
                checkKeys(element, elementPath, {"kind", "text"});
                Requirement::Evidence evidence;
                if (const YamlNode* k = required(element, "kind", elementPath))
                    evidence.kind = term(*k, elementPath.key("kind"), Requirement::evidenceKinds, "evidence kind").value_or(evidence.kind);
                if (const YamlNode* t = required(element, "text", elementPath))
                    evidence.text = localized(*t, elementPath.key("text")).value_or(LocalizedText());
                requirement.evidence.append(evidence);
            });
        }
        if (const YamlNode* n = optional(node, "tests"))
            readTests(*n, path.key("tests"), requirement);
        if (const YamlNode* n = optional(node, "references")) {
            eachElement(*n, path.key("references"), [&](const YamlNode& element, const KeyPath& elementPath) {
                if (!expect(element, YamlNode::Kind::Map, elementPath, "a reference (a map with standard and clause)"))
                    return;
                checkKeys(element, elementPath, {"standard", "clause"});
                Requirement::Reference reference;
                if (const YamlNode* s = required(element, "standard", elementPath))
                    reference.standard = text(*s, elementPath.key("standard")).value_or(QString());
                if (const YamlNode* c = required(element, "clause", elementPath))
                    reference.clause = text(*c, elementPath.key("clause")).value_or(QString());
                requirement.references.append(reference);
            });
        }
        if (const YamlNode* n = required(node, "provenance", path)) {
            requirement.provenance = term(*n, path.key("provenance"), Requirement::provenances, "provenance")
                                         .value_or(Requirement::Provenance::Provisional);
        }
        if (const YamlNode* n = optional(node, "note"))
            requirement.note = localized(*n, path.key("note"));
        return requirement;
    }

    // Where the expression's first character stands, so that an error inside it
    // can point at the exact column.
    SourceLocation expressionStart(const YamlNode& node) const
    {
        SourceLocation location = at(node.mark());
        switch (node.style()) {
        case YamlNode::Style::Plain:
            break;
        case YamlNode::Style::SingleQuoted:
        case YamlNode::Style::DoubleQuoted:
            ++location.column;
            break;
        case YamlNode::Style::Block: {
            const qsizetype lineEnd = m_bytes.indexOf('\n', m_lines.lineStart(location.line));
            if (lineEnd < 0)
                break;
            qsizetype i = lineEnd + 1;
            while (i < m_bytes.size() && m_bytes.at(i) == ' ')
                ++i;
            location.line += 1;
            location.column = int(i - lineEnd);
            break;
        }
        }
        return location;
    }

    void readAppliesIf(const YamlNode& node, const KeyPath& path, Requirement& requirement)
    {
        const std::optional<QString> source = text(node, path);
        if (!source)
            return;
        requirement.appliesIfLocation = expressionStart(node);
        ApplicabilityExpression::Error problem;
        if (std::optional<ApplicabilityExpression> expression = ApplicabilityExpression::parse(*source, &problem)) {
            requirement.appliesIf = std::move(*expression);
            return;
        }
        SourceLocation where = requirement.appliesIfLocation;
        where.column += problem.offset;
        m_diagnostics.append({where, path.toString(), QStringLiteral("in the applicability rule: %1").arg(problem.message),
                              Diagnostic::Severity::Invalid});
    }

    void readItems(const YamlNode& node, const KeyPath& path, Requirement& requirement)
    {
        if (!expect(node, YamlNode::Kind::Map, path, "a map with 'rule' (all or any) and 'list'"))
            return;
        checkKeys(node, path, {"rule", "list"});
        if (const YamlNode* n = required(node, "rule", path))
            requirement.itemRule = term(*n, path.key("rule"), Requirement::itemRules, "item rule").value_or(Requirement::ItemRule::All);
        const YamlNode* list = required(node, "list", path);
        if (!list)
            return;
        if (list->isSequence() && list->items().empty())
            error(list->mark(), path.key("list"), QStringLiteral("the list is empty; a requirement needs at least one evaluation item"));
        QSet<QString> seen;
        eachElement(*list, path.key("list"), [&](const YamlNode& element, const KeyPath& elementPath) {
            if (!expect(element, YamlNode::Kind::Map, elementPath, "an evaluation item (a map with id and text)"))
                return;
            checkKeys(element, elementPath, {"id", "text"});
            Requirement::Item item;
            if (const YamlNode* n = required(element, "id", elementPath)) {
                item.id = identifier(*n, elementPath.key("id"), requirementRule).value_or(QString());
                if (!item.id.isEmpty())
                    checkUnique(seen, item.id, *n, elementPath.key("id"), "item");
            }
            if (const YamlNode* n = required(element, "text", elementPath))
                item.text = localized(*n, elementPath.key("text")).value_or(LocalizedText());
            requirement.items.append(item);
        });
    }

    void readTests(const YamlNode& node, const KeyPath& path, Requirement& requirement)
    {
        eachElement(node, path, [&](const YamlNode& element, const KeyPath& elementPath) {
            if (!expect(element, YamlNode::Kind::Map, elementPath, "a test case (a map with id, kind, text and expected)"))
                return;
            checkKeys(element, elementPath, {"id", "kind", "text", "expected"});
            Requirement::TestCase test;
            if (const YamlNode* n = required(element, "id", elementPath)) {
                test.id = identifier(*n, elementPath.key("id"), requirementRule).value_or(QString());
                test.location = at(n->mark());
                const QString prefix = requirement.id + QLatin1Char('-');
                if (!test.id.isEmpty() && !requirement.id.isEmpty() && (!test.id.startsWith(prefix) || test.id.size() == prefix.size())) {
                    error(n->mark(), elementPath.key("id"),
                          QStringLiteral("test case id '%1' must start with its requirement's id and a dash, e.g. %2T1")
                              .arg(test.id, prefix));
                }
            }
            if (const YamlNode* n = required(element, "kind", elementPath))
                test.kind = term(*n, elementPath.key("kind"), Requirement::testKinds, "test kind").value_or(test.kind);
            if (const YamlNode* n = required(element, "text", elementPath))
                test.text = localized(*n, elementPath.key("text")).value_or(LocalizedText());
            if (const YamlNode* n = required(element, "expected", elementPath))
                test.expected = localized(*n, elementPath.key("expected")).value_or(LocalizedText());
            requirement.tests.append(test);
        });
    }

    const QByteArray& m_bytes;
    LineIndex m_lines;
    QString m_path;
    Diagnostics m_diagnostics;
};

} // namespace

CatalogReader::Result CatalogReader::readFile(const QString& path)
{
    const QFileInfo info(path);
    QString problem;
    if (!info.exists())
        problem = QStringLiteral("no such file; check the path");
    else if (info.isDir())
        problem = QStringLiteral("this is a folder, not a catalog file; name a .yaml file, or pass the folder to 'catalog validate'");
    QFile file(path);
    if (problem.isEmpty() && !file.open(QIODevice::ReadOnly))
        problem = QStringLiteral("cannot be read (%1); check its permissions").arg(file.errorString());
    if (!problem.isEmpty())
        return {std::nullopt, {Diagnostic{{path, 0, 0}, {}, problem, Diagnostic::Severity::Unreadable}}};
    return read(file.readAll(), path);
}

CatalogReader::Result CatalogReader::read(const QByteArray& bytes, const QString& path)
{
    return Reader(bytes, path).run();
}

} // namespace starmark
