#include "criteria/CatalogReader.h"

#include "criteria/InputFile.h"
#include "criteria/YamlReader.h"
#include "criteria/YamlSchema.h"

#include <QSet>

namespace starmark {
namespace {
class Reader : private YamlSchema {
public:
    Reader(const QByteArray& bytes, const QString& path)
        : YamlSchema(bytes, path)
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
        if (!m_problems.isEmpty())
            return {std::nullopt, m_problems};
        return {std::move(catalog), {}};
    }

    void readCatalog(const YamlNode& root, Catalog& catalog)
    {
        const KeyPath top;
        if (!root.isMap()) {
            error(root.mark(), top, "catalog.not-a-map",
                Message("CatalogReader", "a catalog is a map of keys (scheme, id, level, requirements, …); found %1").arg(root.describe()));
            return;
        }
        checkKeys(root, top,
            {"scheme", "id", "version", "level", "category", "extends", "title", "source", "protected_assets", "reconstruction", "questions",
                "psti_route", "requirements"});
        if (const YamlNode* n = required(root, "scheme", top))
            catalog.scheme = identifier(*n, top.key("scheme"), slugRule).value_or(QString());
        if (const YamlNode* n = required(root, "id", top)) {
            catalog.id = identifier(*n, top.key("id"), slugRule).value_or(QString());
            catalog.location = at(n->mark());
        }
        if (const YamlNode* n = required(root, "version", top))
            catalog.version = text(*n, top.key("version"), InputLimits::shortTextCharacters).value_or(QString());
        if (const YamlNode* n = required(root, "level", top))
            catalog.level = integer(*n, top.key("level"), 1, 4).value_or(0);
        if (const YamlNode* n = required(root, "category", top))
            catalog.category = identifier(*n, top.key("category"), slugRule).value_or(QString());
        readExtends(root, catalog);
        if (const YamlNode* n = required(root, "title", top))
            catalog.title = localized(*n, top.key("title"), InputLimits::shortTextCharacters).value_or(LocalizedText());
        if (const YamlNode* n = required(root, "source", top))
            readSource(*n, top.key("source"), catalog.source);
        if (const YamlNode* n = optional(root, "protected_assets")) {
            eachElement(*n, top.key("protected_assets"), [&](const YamlNode& element, const KeyPath& path) {
                catalog.protectedAssets.append(localized(element, path, InputLimits::shortTextCharacters).value_or(LocalizedText()));
            });
        }
        if (const YamlNode* n = optional(root, "reconstruction"))
            catalog.reconstruction = localized(*n, top.key("reconstruction"));
        m_reconstruction = catalog.reconstruction.has_value();
        if (const YamlNode* n = optional(root, "questions")) {
            eachElement(*n, top.key("questions"),
                [&](const YamlNode& element, const KeyPath& path) { catalog.questions.append(readQuestion(element, path)); });
        }
        if (const YamlNode* n = required(root, "requirements", top)) {
            if (n->isSequence() && n->items().empty())
                error(n->mark(), top.key("requirements"), "catalog.no-requirements",
                    Message("CatalogReader", "the list is empty; a catalog needs at least one requirement"));
            eachElement(*n, top.key("requirements"),
                [&](const YamlNode& element, const KeyPath& path) { catalog.requirements.append(readRequirement(element, path)); });
        }
        if (const YamlNode* n = optional(root, "psti_route"))
            readPstiRoute(*n, top.key("psti_route"), catalog);
    }

    void readPstiRoute(const YamlNode& node, const KeyPath& path, Catalog& catalog)
    {
        if (!expect(node, YamlNode::Kind::Map, path, Message("CatalogReader", "a map with 'question', 'covers' and 'evidence'")))
            return;
        checkKeys(node, path, {"question", "covers", "evidence"});
        Catalog::PstiRoute route;
        if (const YamlNode* n = required(node, "question", path)) {
            route.question = identifier(*n, path.key("question"), questionRule).value_or(QString());
            const Question* question = catalog.question(route.question);
            if (!route.question.isEmpty() && (!question || question->type != Question::Type::Boolean)) {
                error(n->mark(), path.key("question"), "catalog.psti-route-question",
                    Message("CatalogReader", "'%1' is not a yes/no question of this catalog").arg(route.question));
            }
        }
        if (const YamlNode* n = required(node, "covers", path)) {
            if (n->isSequence() && n->items().empty())
                error(n->mark(), path.key("covers"), "catalog.psti-route-covers-nothing",
                    Message("CatalogReader", "the list is empty; the route covers at least one requirement"));
            QSet<QString> seen;
            eachElement(*n, path.key("covers"), [&](const YamlNode& element, const KeyPath& elementPath) {
                const QString id = identifier(element, elementPath, requirementRule).value_or(QString());
                if (id.isEmpty() || !checkUnique(seen, id, element, elementPath, Message("CatalogReader", "requirement")))
                    return;
                if (!catalog.requirement(id)) {
                    error(element.mark(), elementPath, "catalog.psti-route-unknown-requirement",
                        Message("CatalogReader", "no requirement '%1' in this catalog").arg(id));
                    return;
                }
                route.covers << id;
                for (Requirement& r : catalog.requirements) {
                    if (r.id == id)
                        r.pstiQuestion = route.question;
                }
            });
        }
        if (const YamlNode* n = required(node, "evidence", path))
            route.evidence = localized(*n, path.key("evidence")).value_or(LocalizedText());
        catalog.pstiRoute = route;
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
            error(node->mark(), path, "catalog.base-extends",
                Message("CatalogReader", "a ★1 catalog is the base of its scheme and extends nothing"));
        if (catalog.level > 1 && catalog.extends.isEmpty() && (!node || node->isNull())) {
            error(node ? node->mark() : root.mark(), path, "catalog.missing-extends",
                Message("CatalogReader", "a ★%1 catalog must extend the ★%2 catalog it adds to")
                    .arg(catalog.level)
                    .arg(catalog.level - 1));
        }
    }

    void readSource(const YamlNode& node, const KeyPath& path, Catalog::Source& source)
    {
        if (!expect(node, YamlNode::Kind::Map, path, Message("CatalogReader", "a map with 'document' and 'note'")))
            return;
        checkKeys(node, path, {"document", "note", "secondary"});
        if (const YamlNode* n = required(node, "document", path))
            source.document = text(*n, path.key("document"), InputLimits::shortTextCharacters).value_or(QString());
        if (const YamlNode* n = optional(node, "note"))
            source.note = text(*n, path.key("note")).value_or(QString());
        if (const YamlNode* n = optional(node, "secondary")) {
            QSet<QString> seen;
            eachElement(*n, path.key("secondary"), [&](const YamlNode& element, const KeyPath& elementPath) {
                if (!expect(element, YamlNode::Kind::Map, elementPath, Message("CatalogReader", "a secondary source (a map with id, title and url)")))
                    return;
                checkKeys(element, elementPath, {"id", "title", "url"});
                Catalog::SecondarySource secondary;
                if (const YamlNode* s = required(element, "id", elementPath)) {
                    secondary.id = identifier(*s, elementPath.key("id"), requirementRule).value_or(QString());
                    if (!secondary.id.isEmpty() && !checkUnique(seen, secondary.id, *s, elementPath.key("id"), Message("CatalogReader", "secondary source")))
                        secondary.id.clear();
                }
                if (const YamlNode* s = required(element, "title", elementPath))
                    secondary.title = text(*s, elementPath.key("title"), InputLimits::shortTextCharacters).value_or(QString());
                if (const YamlNode* s = required(element, "url", elementPath))
                    secondary.url = text(*s, elementPath.key("url"), InputLimits::shortTextCharacters).value_or(QString());
                source.secondary.append(secondary);
                m_secondary.insert(secondary.id);
            });
        }
    }

    Question readQuestion(const YamlNode& node, const KeyPath& path)
    {
        Question question;
        if (!expect(node, YamlNode::Kind::Map, path, Message("CatalogReader", "a question (a map with id, type and text)")))
            return question;
        checkKeys(node, path, {"id", "type", "text", "options"});
        if (const YamlNode* n = required(node, "id", path)) {
            question.id = identifier(*n, path.key("id"), questionRule).value_or(QString());
            question.location = at(n->mark());
        }
        std::optional<Question::Type> type;
        if (const YamlNode* n = required(node, "type", path))
            type = term(*n, path.key("type"), Question::types, Message("CatalogReader", "question type"));
        question.type = type.value_or(Question::Type::Boolean);
        if (const YamlNode* n = required(node, "text", path))
            question.text = localized(*n, path.key("text")).value_or(LocalizedText());
        const YamlNode* options = optional(node, "options");
        if (type == Question::Type::Choice && !options) {
            required(node, "options", path);
        } else if (type && type != Question::Type::Choice && options) {
            error(node.find("options")->mark(), path.key("options"), "catalog.options-not-choice",
                Message("CatalogReader", "only choice questions have options"));
        } else if (options) {
            QSet<QString> seen;
            eachElement(*options, path.key("options"), [&](const YamlNode& element, const KeyPath& optionPath) {
                if (!expect(element, YamlNode::Kind::Map, optionPath, Message("CatalogReader", "an option (a map with id and text)")))
                    return;
                checkKeys(element, optionPath, {"id", "text"});
                Question::Option option;
                if (const YamlNode* n = required(element, "id", optionPath)) {
                    option.id = identifier(*n, optionPath.key("id"), optionRule).value_or(QString());
                    if (!option.id.isEmpty() && !checkUnique(seen, option.id, *n, optionPath.key("id"), Message("CatalogReader", "option")))
                        option.id.clear();
                }
                if (const YamlNode* n = required(element, "text", optionPath))
                    option.text = localized(*n, optionPath.key("text")).value_or(LocalizedText());
                question.options.append(option);
            });
            if (options->isSequence() && options->items().size() < 2)
                error(options->mark(), path.key("options"), "catalog.too-few-options", Message("CatalogReader", "a choice needs at least two options"));
        }
        return question;
    }

    Requirement readRequirement(const YamlNode& node, const KeyPath& path)
    {
        Requirement requirement;
        if (!expect(node, YamlNode::Kind::Map, path, Message("CatalogReader", "a requirement (a map with id, title, text, …)")))
            return requirement;
        checkKeys(
            node, path, {"id", "title", "text", "method", "applies_if", "items", "evidence", "tests", "references", "provenance", "quoted_from", "note"});
        requirement.location = at(node.mark());
        if (const YamlNode* n = required(node, "id", path)) {
            requirement.id = identifier(*n, path.key("id"), requirementRule).value_or(QString());
            requirement.location = at(n->mark());
        }
        if (const YamlNode* n = required(node, "title", path))
            requirement.title = localized(*n, path.key("title"), InputLimits::shortTextCharacters).value_or(LocalizedText());
        if (const YamlNode* n = required(node, "text", path))
            requirement.text = localized(*n, path.key("text")).value_or(LocalizedText());
        if (const YamlNode* n = required(node, "method", path))
            requirement.method = term(*n, path.key("method"), Requirement::methods, Message("CatalogReader", "method")).value_or(Requirement::Method::Document);
        if (const YamlNode* n = optional(node, "applies_if"))
            readAppliesIf(*n, path.key("applies_if"), requirement);
        if (const YamlNode* n = required(node, "items", path))
            readItems(*n, path.key("items"), requirement);
        if (const YamlNode* n = optional(node, "evidence")) {
            eachElement(*n, path.key("evidence"), [&](const YamlNode& element, const KeyPath& elementPath) {
                if (!expect(element, YamlNode::Kind::Map, elementPath, Message("CatalogReader", "evidence (a map with kind and text)")))
                    return;
                checkKeys(element, elementPath, {"kind", "text"});
                Requirement::Evidence evidence;
                if (const YamlNode* k = required(element, "kind", elementPath))
                    evidence.kind = term(*k, elementPath.key("kind"), Requirement::evidenceKinds, Message("CatalogReader", "evidence kind")).value_or(evidence.kind);
                if (const YamlNode* t = required(element, "text", elementPath))
                    evidence.text = localized(*t, elementPath.key("text")).value_or(LocalizedText());
                requirement.evidence.append(evidence);
            });
        }
        if (const YamlNode* n = optional(node, "tests"))
            readTests(*n, path.key("tests"), requirement);
        if (const YamlNode* n = optional(node, "references")) {
            eachElement(*n, path.key("references"), [&](const YamlNode& element, const KeyPath& elementPath) {
                if (!expect(element, YamlNode::Kind::Map, elementPath, Message("CatalogReader", "a reference (a map with standard and clause)")))
                    return;
                checkKeys(element, elementPath, {"standard", "clause"});
                Requirement::Reference reference;
                if (const YamlNode* s = required(element, "standard", elementPath))
                    reference.standard = text(*s, elementPath.key("standard"), InputLimits::shortTextCharacters).value_or(QString());
                if (const YamlNode* c = required(element, "clause", elementPath))
                    reference.clause = text(*c, elementPath.key("clause"), InputLimits::shortTextCharacters).value_or(QString());
                requirement.references.append(reference);
            });
        }
        if (const YamlNode* n = required(node, "provenance", path)) {
            requirement.provenance
                = term(*n, path.key("provenance"), Requirement::provenances, Message("CatalogReader", "provenance")).value_or(Requirement::Provenance::Provisional);
            readQuotedFrom(node, *n, path, requirement);
            // A catalog that says its texts are StarMark's own cannot also claim a
            // requirement in the scheme's words: one of the two statements would be false.
            if (m_reconstruction
                && (requirement.provenance == Requirement::Provenance::Official || requirement.provenance == Requirement::Provenance::Quoted)) {
                error(n->mark(), path.key("provenance"), "catalog.reconstruction-claims-wording",
                    Message("CatalogReader", "the catalog says its texts are a reconstruction, but this requirement claims the scheme's own wording (%1)")
                        .arg(termName<Requirement::Provenance>(Requirement::provenances, requirement.provenance)));
            }
        }
        if (const YamlNode* n = optional(node, "note"))
            requirement.note = localized(*n, path.key("note"));
        return requirement;
    }

    // A quotation names where it was read, and only a quotation does.
    void readQuotedFrom(const YamlNode& node, const YamlNode& provenance, const KeyPath& path, Requirement& requirement)
    {
        const YamlNode* n = optional(node, "quoted_from");
        const bool quoted = requirement.provenance == Requirement::Provenance::Quoted;
        if (!n) {
            if (quoted)
                error(provenance.mark(), path.key("quoted_from"), "catalog.quote-without-source",
                    Message("CatalogReader", "a quoted requirement names the secondary source it quotes in 'quoted_from'"));
            return;
        }
        if (!quoted) {
            error(n->mark(), path.key("quoted_from"), "catalog.quoted-from-not-quoted",
                Message("CatalogReader", "only a requirement whose provenance is 'quoted' names a secondary source"));
            return;
        }
        requirement.quotedFrom = identifier(*n, path.key("quoted_from"), requirementRule).value_or(QString());
        if (!requirement.quotedFrom.isEmpty() && !m_secondary.contains(requirement.quotedFrom)) {
            error(n->mark(), path.key("quoted_from"), "catalog.unknown-secondary-source",
                Message("CatalogReader", "no secondary source '%1' under source.secondary").arg(requirement.quotedFrom));
        }
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
        Result<ApplicabilityExpression> expression = ApplicabilityExpression::parse(*source);
        if (expression) {
            requirement.appliesIf = expression.take();
            return;
        }
        // The rule's problem is placed in the rule's text: move it to the rule's place in the file.
        for (Problem problem : expression.problems()) {
            problem.where.column += requirement.appliesIfLocation.column - 1;
            problem.where.line = requirement.appliesIfLocation.line;
            problem.where.file = m_path;
            problem.key = path.toString();
            m_problems.append(problem);
        }
    }

    void readItems(const YamlNode& node, const KeyPath& path, Requirement& requirement)
    {
        if (!expect(node, YamlNode::Kind::Map, path, Message("CatalogReader", "a map with 'rule' (all or any) and 'list'")))
            return;
        checkKeys(node, path, {"rule", "list"});
        if (const YamlNode* n = required(node, "rule", path))
            requirement.itemRule = term(*n, path.key("rule"), Requirement::itemRules, Message("CatalogReader", "item rule")).value_or(Requirement::ItemRule::All);
        const YamlNode* list = required(node, "list", path);
        if (!list)
            return;
        if (list->isSequence() && list->items().empty())
            error(list->mark(), path.key("list"), "catalog.no-items",
                Message("CatalogReader", "the list is empty; a requirement needs at least one evaluation item"));
        QSet<QString> seen;
        eachElement(*list, path.key("list"), [&](const YamlNode& element, const KeyPath& elementPath) {
            if (!expect(element, YamlNode::Kind::Map, elementPath, Message("CatalogReader", "an evaluation item (a map with id and text)")))
                return;
            checkKeys(element, elementPath, {"id", "text"});
            Requirement::Item item;
            if (const YamlNode* n = required(element, "id", elementPath)) {
                item.id = identifier(*n, elementPath.key("id"), requirementRule).value_or(QString());
                if (!item.id.isEmpty())
                    checkUnique(seen, item.id, *n, elementPath.key("id"), Message("CatalogReader", "item"));
            }
            if (const YamlNode* n = required(element, "text", elementPath))
                item.text = localized(*n, elementPath.key("text")).value_or(LocalizedText());
            requirement.items.append(item);
        });
    }

    void readTests(const YamlNode& node, const KeyPath& path, Requirement& requirement)
    {
        eachElement(node, path, [&](const YamlNode& element, const KeyPath& elementPath) {
            if (!expect(element, YamlNode::Kind::Map, elementPath, Message("CatalogReader", "a test case (a map with id, kind, text and expected)")))
                return;
            checkKeys(element, elementPath, {"id", "kind", "text", "expected"});
            Requirement::TestCase test;
            if (const YamlNode* n = required(element, "id", elementPath)) {
                test.id = identifier(*n, elementPath.key("id"), requirementRule).value_or(QString());
                test.location = at(n->mark());
                const QString prefix = requirement.id + QLatin1Char('-');
                if (!test.id.isEmpty() && !requirement.id.isEmpty() && (!test.id.startsWith(prefix) || test.id.size() == prefix.size())) {
                    error(n->mark(), elementPath.key("id"), "catalog.test-id-prefix",
                        Message("CatalogReader", "the test case id '%1' does not start with its requirement's id and a dash (%2)")
                            .arg(test.id)
                            .arg(prefix));
                }
            }
            if (const YamlNode* n = required(element, "kind", elementPath))
                test.kind = term(*n, elementPath.key("kind"), Requirement::testKinds, Message("CatalogReader", "test kind")).value_or(test.kind);
            if (const YamlNode* n = required(element, "text", elementPath))
                test.text = localized(*n, elementPath.key("text")).value_or(LocalizedText());
            if (const YamlNode* n = required(element, "expected", elementPath))
                test.expected = localized(*n, elementPath.key("expected")).value_or(LocalizedText());
            requirement.tests.append(test);
        });
    }

    // Read before the requirements, which are checked against them.
    QSet<QString> m_secondary; // the ids under source.secondary
    bool m_reconstruction = false;
};

} // namespace

CatalogReader::Result CatalogReader::readFile(const QString& path)
{
    const auto bytes = InputFile::read(path, InputLimits::fileBytes);
    if (!bytes)
        return {std::nullopt, bytes.problems()};
    return read(*bytes, path);
}

CatalogReader::Result CatalogReader::read(const QByteArray& bytes, const QString& path)
{
    return Reader(bytes, path).run();
}

} // namespace starmark
