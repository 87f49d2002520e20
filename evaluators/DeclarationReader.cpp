#include "evaluators/DeclarationReader.h"

#include "criteria/CatalogChain.h"
#include "criteria/InputFile.h"
#include "criteria/YamlReader.h"
#include "criteria/YamlSchema.h"
#include "evaluators/EvidenceSource.h"
#include "evaluators/ResultRules.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>

namespace starmark {
namespace {

class Reader : private YamlSchema {
public:
    Reader(const QByteArray& bytes, const QString& path, const CatalogLibrary& library)
        : YamlSchema(bytes, path)
        , m_library(library)
        , m_folder(QFileInfo(path).absolutePath())
    {
    }

    DeclarationReader::Result run()
    {
        const YamlReader::Result yaml = YamlReader::read(m_bytes, m_path);
        if (yaml.error)
            return {std::nullopt, {*yaml.error}};
        Assessment assessment;
        readDeclaration(yaml.root, assessment);
        if (!m_problems.isEmpty())
            return {std::nullopt, m_problems};
        return {std::move(assessment), {}};
    }

private:
    void readDeclaration(const YamlNode& root, Assessment& a)
    {
        const KeyPath top;
        if (!expect(root, YamlNode::Kind::Map, top, Message("DeclarationReader", "a declaration (a map with catalog, level, mode, product, …)")))
            return;
        checkKeys(root, top, {"catalog", "level", "mode", "product", "evaluator", "profile", "results", "sign_off"});
        if (const YamlNode* n = required(root, "catalog", top))
            readCatalog(*n, top.key("catalog"), a);
        if (const YamlNode* n = required(root, "level", top)) {
            a.level = integer(*n, top.key("level"), 1, 4).value_or(0);
            if (m_target && a.level && a.level != m_target->level) {
                error(n->mark(), top.key("level"), "declaration.level-mismatch",
                    Message("DeclarationReader", "the declaration claims ★%1, but the catalog %2 is ★%3")
                        .arg(a.level)
                        .arg(m_target->qualifiedId())
                        .arg(m_target->level));
            }
        }
        if (const YamlNode* n = required(root, "mode", top)) {
            a.mode = term(*n, top.key("mode"), Assessment::modes, Message("DeclarationReader", "mode")).value_or(Assessment::Mode::Self);
            if (a.mode == Assessment::Mode::Self && a.level >= 3) {
                error(n->mark(), top.key("mode"), "declaration.self-above-star2",
                    Message("DeclarationReader", "★%1 is evaluated by an independent lab, not self-declared").arg(a.level));
            }
        }
        if (const YamlNode* n = required(root, "product", top))
            readProduct(*n, top.key("product"), a.product);
        if (const YamlNode* n = required(root, "evaluator", top)) {
            const KeyPath path = top.key("evaluator");
            if (expect(*n, YamlNode::Kind::Map, path, Message("DeclarationReader", "a map with name and organisation"))) {
                checkKeys(*n, path, {"name", "organisation"});
                if (const YamlNode* name = required(*n, "name", path))
                    a.evaluator.name = text(*name, path.key("name"), InputLimits::shortTextCharacters).value_or(QString());
                if (const YamlNode* org = optional(*n, "organisation"))
                    a.evaluator.organisation = text(*org, path.key("organisation"), InputLimits::shortTextCharacters).value_or(QString());
            }
        }
        if (const YamlNode* n = optional(root, "profile"))
            readProfile(*n, top.key("profile"), a);
        if (const YamlNode* n = optional(root, "results"))
            readResults(*n, top.key("results"), a);
        if (const YamlNode* n = optional(root, "sign_off"))
            readSignOff(*n, top.key("sign_off"), a);
    }

    void readCatalog(const YamlNode& node, const KeyPath& path, Assessment& a)
    {
        const std::optional<QString> name = text(node, path, InputLimits::shortTextCharacters);
        if (!name)
            return;
        const Catalog* catalog = m_library.find(*name);
        if (!catalog) {
            QStringList known;
            for (const Catalog* c : m_library.catalogs())
                known << c->qualifiedId();
            error(node.mark(), path, "declaration.unknown-catalog",
                known.isEmpty() ? Message("DeclarationReader", "no catalog '%1', and no catalog is loaded").arg(*name)
                                : Message("DeclarationReader", "no catalog '%1' (known: %2)").arg(*name).arg(known.join(QStringLiteral(", "))));
            return;
        }
        if (!m_library.isValid(*catalog)) {
            error(node.mark(), path, "declaration.invalid-catalog",
                Message("DeclarationReader", "the catalog %1 (%2) is not valid").arg(catalog->qualifiedId()).arg(catalog->path));
            return;
        }
        m_target = catalog;
        m_chain = m_library.chain(*catalog);
        a.catalog = catalog->qualifiedId();
        for (const Catalog* c : m_chain)
            a.chain.append({c->qualifiedId(), m_library.digest(*c)});
    }

    std::optional<QDate> date(const YamlNode& node, const KeyPath& path)
    {
        const std::optional<QString> value = text(node, path, InputLimits::shortTextCharacters);
        if (!value)
            return std::nullopt;
        const std::optional<QDate> parsed = Product::parseDate(*value);
        if (!parsed)
            error(node.mark(), path, "declaration.bad-date",
                Message("DeclarationReader", "'%1' is not a date written as YYYY-MM-DD, e.g. 2026-04-01").arg(*value));
        return parsed;
    }

    void readProduct(const YamlNode& node, const KeyPath& path, Product& p)
    {
        if (!expect(node, YamlNode::Kind::Map, path, Message("DeclarationReader", "a map describing the product")))
            return;
        checkKeys(
            node, path, {"manufacturer", "name", "model", "models", "firmware", "hardware", "released", "support_until", "vulnerability_contact",
                  "needed_interfaces"});
        if (const YamlNode* n = required(node, "manufacturer", path))
            p.manufacturer = localized(*n, path.key("manufacturer"), InputLimits::shortTextCharacters).value_or(LocalizedText());
        if (const YamlNode* n = required(node, "name", path))
            p.name = localized(*n, path.key("name"), InputLimits::shortTextCharacters).value_or(LocalizedText());
        if (const YamlNode* n = required(node, "model", path))
            p.model = modelNumber(*n, path.key("model")).value_or(QString());
        if (const YamlNode* n = optional(node, "models"))
            readModels(*n, path.key("models"), p);
        if (const YamlNode* n = required(node, "firmware", path))
            p.firmware = text(*n, path.key("firmware"), InputLimits::shortTextCharacters).value_or(QString());
        if (const YamlNode* n = optional(node, "hardware"))
            p.hardware = text(*n, path.key("hardware"), InputLimits::shortTextCharacters).value_or(QString());
        if (const YamlNode* n = required(node, "released", path))
            p.released = date(*n, path.key("released")).value_or(QDate());
        if (const YamlNode* n = required(node, "support_until", path)) {
            p.supportUntil = date(*n, path.key("support_until")).value_or(QDate());
            if (const std::optional<QString> problem = p.datesProblem())
                error(n->mark(), path.key("support_until"), "declaration.support-dates", Message::plain(*problem));
        }
        if (const YamlNode* n = required(node, "vulnerability_contact", path)) {
            p.vulnerabilityContact = text(*n, path.key("vulnerability_contact"), InputLimits::shortTextCharacters).value_or(QString());
            if (!p.vulnerabilityContact.isEmpty()) {
                if (const std::optional<QString> problem = Product::contactProblem(p.vulnerabilityContact))
                    error(n->mark(), path.key("vulnerability_contact"), "declaration.bad-contact", Message::plain(*problem));
            }
        }
        if (const YamlNode* n = optional(node, "needed_interfaces"))
            readInterfaces(*n, path.key("needed_interfaces"), p);
    }

    // Each entry at its own line, so that a typo in a long list is found at once.
    void readInterfaces(const YamlNode& node, const KeyPath& path, Product& p)
    {
        if (!expect(node, YamlNode::Kind::Sequence, path, Message("DeclarationReader", "a list of needed interfaces, e.g. [tcp/443 https, udp/500]")))
            return;
        const qsizetype count = qsizetype(node.items().size());
        if (count > Product::maxNeededInterfaces) {
            error(node.mark(), path, "declaration.too-many-interfaces",
                Message("DeclarationReader", "%1 needed interfaces are listed; the limit is %2 (docs/limits.md)")
                    .arg(InputLimits::figure(count))
                    .arg(InputLimits::figure(Product::maxNeededInterfaces)));
            return;
        }
        QHash<QString, int> seen; // "tcp/443" → the line it was first listed on
        int index = 0;
        for (const YamlNode& element : node.items()) {
            const KeyPath elementPath = path.element(index++, QString());
            const std::optional<QString> entry = text(element, elementPath, InputLimits::shortTextCharacters);
            if (!entry)
                continue;
            if (const std::optional<Message> problem = Product::interfaceProblem(*entry)) {
                error(element.mark(), elementPath, "declaration.bad-interface", *problem);
                continue;
            }
            const QString key = Product::interfaceKey(*entry);
            if (seen.contains(key)) {
                error(element.mark(), elementPath, "declaration.duplicate-interface",
                    Message("DeclarationReader", "the interface %1 is listed twice (first on line %2)").arg(key).arg(seen.value(key)));
                continue;
            }
            seen.insert(key, at(element.mark()).line);
            p.neededInterfaces << *entry;
        }
    }

    std::optional<QString> modelNumber(const YamlNode& node, const KeyPath& path)
    {
        const std::optional<QString> model = text(node, path, InputLimits::shortTextCharacters);
        if (!model)
            return std::nullopt;
        if (const std::optional<Message> problem = Product::modelProblem(*model)) {
            error(node.mark(), path, "declaration.bad-model", *problem);
            return std::nullopt;
        }
        return model;
    }

    // The whole family, the representative first: which model a label carries is never a guess.
    void readModels(const YamlNode& node, const KeyPath& path, Product& p)
    {
        if (!expect(node, YamlNode::Kind::Sequence, path, Message("DeclarationReader", "a list of model numbers, the representative model first")))
            return;
        // Counted before any is read: a declaration listing 10,000 models is refused by its count alone.
        const qsizetype count = qsizetype(node.items().size());
        if (count > Product::maxModels) {
            error(node.mark(), path, "declaration.too-many-models",
                Message("DeclarationReader", "the family lists %1 model numbers; the limit is %2 (docs/limits.md)")
                    .arg(InputLimits::figure(count))
                    .arg(InputLimits::figure(Product::maxModels)));
            return;
        }
        QHash<QString, int> seen; // model number → the line it was first listed on
        int index = 0;
        for (const YamlNode& element : node.items()) {
            const KeyPath elementPath = path.element(index, QString());
            const std::optional<QString> model = modelNumber(element, elementPath);
            if (model && seen.contains(*model)) {
                error(element.mark(), elementPath, "declaration.duplicate-model",
                    Message("DeclarationReader", "the model number '%1' is listed twice (first on line %2)").arg(*model).arg(seen.value(*model)));
            } else if (model) {
                seen.insert(*model, at(element.mark()).line);
                if (index == 0 && !p.model.isEmpty() && *model != p.model)
                    error(element.mark(), elementPath, "declaration.representative-not-first",
                        Message("DeclarationReader", "the family begins with '%1', but the representative model is '%2': list the representative first")
                            .arg(*model)
                            .arg(p.model));
                else if (index > 0)
                    p.otherModels << *model;
            }
            ++index;
        }
    }

    void readProfile(const YamlNode& node, const KeyPath& path, Assessment& a)
    {
        if (!expect(node, YamlNode::Kind::Map, path, Message("DeclarationReader", "a map of question ids to answers")) || !m_target)
            return;
        for (const YamlNode::Entry& entry : node.entries()) {
            const QString id = QString::fromStdString(entry.key);
            const KeyPath answerPath = path.key(entry.key);
            const Question* q = CatalogChain::question(m_chain, id);
            if (!q) {
                error(entry.keyMark, answerPath, "declaration.unknown-question",
                    Message("DeclarationReader", "'%1' is not a question of %2 or the catalogs it extends (known: %3)")
                        .arg(id)
                        .arg(m_target->qualifiedId())
                        .arg(CatalogChain::questionIds(m_chain).join(QStringLiteral(", "))));
                continue;
            }
            const std::optional<QString> answer = text(entry.value, answerPath);
            if (!answer)
                continue;
            if (q->type == Question::Type::Boolean && *answer != QLatin1String("true") && *answer != QLatin1String("false")) {
                error(entry.value.mark(), answerPath, "declaration.bad-yes-no",
                    Message("DeclarationReader", "'%1' is a yes/no question: its answer is true or false").arg(id));
                continue;
            }
            if (q->type == Question::Type::Choice && !q->hasOption(*answer)) {
                QStringList options;
                for (const Question::Option& o : q->options)
                    options << o.id;
                error(entry.value.mark(), answerPath, "declaration.unknown-option",
                    Message("DeclarationReader", "'%1' is not an option of '%2'; the options are: %3")
                        .arg(*answer)
                        .arg(id)
                        .arg(options.join(QStringLiteral(", "))));
                continue;
            }
            a.profile.insert(id, *answer);
        }
    }

    void readResults(const YamlNode& node, const KeyPath& path, Assessment& a)
    {
        if (!expect(node, YamlNode::Kind::Map, path, Message("DeclarationReader", "a map of requirement ids to results")) || !m_target)
            return;
        for (const YamlNode::Entry& entry : node.entries()) {
            const QString id = QString::fromStdString(entry.key);
            const KeyPath resultPath = path.key(entry.key);
            const Requirement* r = CatalogChain::requirement(m_chain, id);
            if (!r) {
                error(entry.keyMark, resultPath, "declaration.unknown-requirement",
                    Message("DeclarationReader", "'%1' is not a requirement of %2 or the catalogs it extends").arg(id).arg(m_target->qualifiedId()));
                continue;
            }
            a.results.insert(id, readResult(entry.value, resultPath, *r, a));
        }
    }

    Assessment::Result readResult(const YamlNode& node, const KeyPath& path, const Requirement& r, const Assessment& a)
    {
        Assessment::Result result;
        const qsizetype before = m_problems.size();
        if (!expect(node, YamlNode::Kind::Map, path, Message("DeclarationReader", "a result (a map with verdict, items, rationale, …)")))
            return result;
        checkKeys(node, path, {"verdict", "items", "rationale", "justification", "evidence", "tests", "recheck"});
        if (const YamlNode* n = required(node, "verdict", path))
            result.verdict = term(*n, path.key("verdict"), verdicts, Message("DeclarationReader", "verdict")).value_or(Verdict::NotAssessed);
        if (const YamlNode* n = optional(node, "items")) {
            eachElement(*n, path.key("items"), [&](const YamlNode& element, const KeyPath& elementPath) {
                if (const std::optional<QString> item = text(element, elementPath, InputLimits::shortTextCharacters))
                    result.items << *item;
            });
        }
        if (const YamlNode* n = optional(node, "rationale"))
            result.rationale = text(*n, path.key("rationale")).value_or(QString());
        if (const YamlNode* n = optional(node, "justification"))
            result.justification = text(*n, path.key("justification")).value_or(QString());
        if (const YamlNode* n = optional(node, "evidence"); n && withinEvidenceLimits(*n, path.key("evidence"))) {
            eachElement(*n, path.key("evidence"), [&](const YamlNode& element, const KeyPath& elementPath) {
                if (std::optional<Assessment::Evidence> evidence = readEvidence(element, elementPath))
                    result.evidence.append(*evidence);
            });
        }
        if (const YamlNode* n = optional(node, "tests"))
            readTests(*n, path.key("tests"), result);
        if (const YamlNode* n = optional(node, "recheck")) {
            const std::optional<QString> value = text(*n, path.key("recheck"));
            if (value && *value != QLatin1String("true") && *value != QLatin1String("false"))
                error(n->mark(), path.key("recheck"), "declaration.bad-recheck", Message("DeclarationReader", "recheck is true or false"));
            result.recheck = value == QLatin1String("true");
        }
        // The rules speak of a result that was read without errors.
        if (m_problems.size() == before) {
            for (const ResultRules::Problem& problem : ResultRules::check(r, result, a.mode, Applicability::of(r, a.profile)))
                reportAt(node, path, problem);
        }
        return result;
    }

    // Places a rule's problem at the key it concerns, or at the result when that key is absent.
    void reportAt(const YamlNode& result, const KeyPath& path, const ResultRules::Problem& problem)
    {
        const QStringList parts = problem.field.split(QLatin1Char('.'));
        const YamlNode* node = result.find(parts.first().toStdString());
        YamlNode::Mark mark = node ? node->mark() : result.mark();
        if (node && parts.size() > 1) {
            if (const YamlNode* test = node->find(parts.at(1).toStdString()))
                mark = test->mark();
        }
        const std::string field = problem.field.toStdString();
        error(mark, path.key(field), "declaration.result-rule", Message::plain(problem.message));
    }

    // Counted before any file is looked at: a declaration naming 100,000 files is refused by its count alone.
    bool withinEvidenceLimits(const YamlNode& list, const KeyPath& path)
    {
        if (!list.isSequence())
            return true; // eachElement says what is wrong with it
        const qsizetype count = qsizetype(list.items().size());
        if (count > InputLimits::evidencePerResult) {
            error(list.mark(), path, "declaration.too-much-evidence",
                Message("DeclarationReader", "this result names %1 evidence files; the limit is %2 evidence files (docs/limits.md)")
                    .arg(InputLimits::figure(count))
                    .arg(InputLimits::figure(InputLimits::evidencePerResult)));
            return false;
        }
        m_evidenceCount += count;
        if (m_evidenceCount > InputLimits::evidenceInDeclaration) {
            error(list.mark(), path, "declaration.too-much-evidence",
                Message("DeclarationReader", "the declaration names, up to here, %1 evidence files; the limit is %2 evidence files (docs/limits.md)")
                    .arg(InputLimits::figure(m_evidenceCount))
                    .arg(InputLimits::figure(InputLimits::evidenceInDeclaration)));
            return false;
        }
        return true;
    }

    std::optional<Assessment::Evidence> readEvidence(const YamlNode& node, const KeyPath& path)
    {
        const std::optional<QString> name = text(node, path);
        if (!name)
            return std::nullopt;
        QString problem;
        const std::optional<QString> located = EvidenceSource::locate(m_folder, *name, &problem);
        if (!located) {
            error(node.mark(), path, "declaration.bad-evidence", Message::plain(problem));
            return std::nullopt;
        }
        Assessment::Evidence evidence;
        evidence.name = *name;
        evidence.sourcePath = *located;
        evidence.size = QFileInfo(*located).size();
        return evidence;
    }

    void readTests(const YamlNode& node, const KeyPath& path, Assessment::Result& result)
    {
        if (!expect(node, YamlNode::Kind::Map, path, Message("DeclarationReader", "a map of test case ids to results")))
            return;
        for (const YamlNode::Entry& entry : node.entries()) {
            const KeyPath testPath = path.key(entry.key);
            if (!expect(entry.value, YamlNode::Kind::Map, testPath, Message("DeclarationReader", "a test result (a map with verdict and observed)")))
                continue;
            checkKeys(entry.value, testPath, {"verdict", "observed"});
            Assessment::TestResult test;
            if (const YamlNode* n = required(entry.value, "verdict", testPath))
                test.verdict = term(*n, testPath.key("verdict"), testVerdicts, Message("DeclarationReader", "test verdict")).value_or(TestVerdict::Inconclusive);
            if (const YamlNode* n = optional(entry.value, "observed"))
                test.observed = text(*n, testPath.key("observed")).value_or(QString());
            result.tests.insert(QString::fromStdString(entry.key), test);
        }
    }

    void readSignOff(const YamlNode& node, const KeyPath& path, Assessment& a)
    {
        if (!expect(node, YamlNode::Kind::Map, path, Message("DeclarationReader", "a map with reviewer and at")))
            return;
        checkKeys(node, path, {"reviewer", "at"});
        Assessment::SignOff signOff;
        if (const YamlNode* n = required(node, "reviewer", path)) {
            signOff.reviewer = text(*n, path.key("reviewer"), InputLimits::shortTextCharacters).value_or(QString());
            if (!signOff.reviewer.isEmpty() && signOff.reviewer == a.evaluator.name) {
                error(n->mark(), path.key("reviewer"), "declaration.self-review",
                    Message("DeclarationReader", "the reviewer must be someone other than the evaluator (%1)").arg(a.evaluator.name));
            }
        }
        if (const YamlNode* n = required(node, "at", path)) {
            const std::optional<QString> at = text(*n, path.key("at"), InputLimits::shortTextCharacters);
            signOff.at = at ? QDateTime::fromString(*at, Qt::ISODateWithMs) : QDateTime();
            if (at && !signOff.at.isValid())
                error(n->mark(), path.key("at"), "declaration.bad-date-time",
                    Message("DeclarationReader", "'%1' is not a date and time written like 2026-10-30T15:00:00+09:00").arg(*at));
        }
        if (a.mode != Assessment::Mode::Lab)
            error(node.mark(), path, "declaration.sign-off-not-lab",
                Message("DeclarationReader", "a reviewer's sign-off belongs to lab evaluations (mode: lab) only"));
        a.signOff = signOff;
    }

    const CatalogLibrary& m_library;
    QString m_folder;
    const Catalog* m_target = nullptr;
    QList<const Catalog*> m_chain;
    qsizetype m_evidenceCount = 0;
};

} // namespace

DeclarationReader::Result DeclarationReader::readFile(const QString& path, const CatalogLibrary& library)
{
    const auto bytes = InputFile::read(path, InputLimits::fileBytes);
    if (!bytes)
        return {std::nullopt, bytes.problems()};
    return read(*bytes, path, library);
}

DeclarationReader::Result DeclarationReader::read(const QByteArray& bytes, const QString& path, const CatalogLibrary& library)
{
    return Reader(bytes, path, library).run();
}

} // namespace starmark
