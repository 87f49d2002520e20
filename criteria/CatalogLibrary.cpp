#include "criteria/CatalogLibrary.h"

#include "criteria/CatalogDigest.h"
#include "criteria/CatalogReader.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>

#include <algorithm>

namespace starmark {

struct CatalogLibrary::Entry {
    enum class State { Unresolved, Resolving, Resolved };

    Catalog catalog;
    bool valid = true;
    State state = State::Unresolved;
    std::vector<const Entry*> chain; // the included catalogs, lowest level first, without itself
    QByteArray digest;
};

namespace {

QString place(const SourceLocation& where)
{
    return QStringLiteral("%1:%2").arg(QFileInfo(where.file).fileName()).arg(where.line);
}

} // namespace

CatalogLibrary::CatalogLibrary() = default;
CatalogLibrary::~CatalogLibrary() = default;
CatalogLibrary::CatalogLibrary(CatalogLibrary&&) noexcept = default;
CatalogLibrary& CatalogLibrary::operator=(CatalogLibrary&&) noexcept = default;

CatalogLibrary CatalogLibrary::load(const QStringList& paths)
{
    CatalogLibrary library;
    for (const QString& path : paths) {
        const QFileInfo info(path);
        if (!info.isDir()) {
            library.addFile(path);
            continue;
        }
        const QFileInfoList files = QDir(path).entryInfoList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Name);
        if (files.isEmpty()) {
            library.m_problems.append(
                Problem::unusable(QStringLiteral("catalog.empty-folder"), Message("CatalogLibrary", "this folder holds no catalog (*.yaml) files"), {path, 0, 0}));
        }
        for (const QFileInfo& file : files)
            library.addFile(file.filePath());
    }
    for (size_t i = 0; i < library.m_entries.size(); ++i)
        library.resolve(i);
    std::stable_sort(library.m_entries.begin(), library.m_entries.end(), [](const auto& a, const auto& b) {
        return std::tie(a->catalog.scheme, a->catalog.level, a->catalog.id) < std::tie(b->catalog.scheme, b->catalog.level, b->catalog.id);
    });
    return library;
}

void CatalogLibrary::addFile(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    for (const auto& entry : m_entries) {
        if (QFileInfo(entry->catalog.path).absoluteFilePath() == absolute)
            return;
    }
    CatalogReader::Result result = CatalogReader::readFile(path);
    m_problems.append(result.problems);
    if (!result.catalog) {
        m_unreadFiles.append(path);
        return;
    }
    for (const auto& entry : m_entries) {
        if (entry->catalog.scheme == result.catalog->scheme && entry->catalog.id == result.catalog->id) {
            report(result.catalog->location, QStringLiteral("id"), "catalog.duplicate-catalog-id",
                Message("CatalogLibrary", "the catalog id '%1' is already used by %2").arg(result.catalog->id).arg(place(entry->catalog.location)));
            return;
        }
    }
    auto entry = std::make_unique<Entry>();
    entry->catalog = std::move(*result.catalog);
    entry->digest = CatalogDigest::of(entry->catalog);
    m_entries.push_back(std::move(entry));
}

void CatalogLibrary::report(const SourceLocation& where, const QString& key, const char* code, Message message)
{
    m_problems.append(Problem::invalid(QLatin1String(code), std::move(message), where, key));
}

// Depth-first over `extends`; meeting a catalog that is still being resolved means a cycle.
void CatalogLibrary::resolve(size_t index)
{
    Entry& entry = *m_entries[index];
    if (entry.state != Entry::State::Unresolved)
        return;
    entry.state = Entry::State::Resolving;
    const Catalog& catalog = entry.catalog;
    const QString key = QStringLiteral("extends");
    for (const QString& parentId : catalog.extends) {
        auto found = std::find_if(m_entries.begin(), m_entries.end(),
            [&](const auto& e) { return e->catalog.scheme == catalog.scheme && e->catalog.id == parentId; });
        const auto broken = std::find_if(m_unreadFiles.begin(), m_unreadFiles.end(),
            [&](const QString& file) { return QFileInfo(file).completeBaseName() == parentId; });
        if (found == m_entries.end() && broken != m_unreadFiles.end()) {
            report(catalog.extendsLocation, key, "catalog.invalid-parent",
                Message("CatalogLibrary", "'%1' (%2) is not valid, so neither is this catalog").arg(parentId).arg(QFileInfo(*broken).fileName()));
            entry.valid = false;
            continue;
        }
        if (found == m_entries.end()) {
            QStringList known;
            for (const auto& e : m_entries) {
                if (e->catalog.scheme == catalog.scheme && e.get() != &entry)
                    known << e->catalog.id;
            }
            report(catalog.extendsLocation, key, "catalog.unknown-parent",
                known.isEmpty() ? Message("CatalogLibrary", "'%1' is not a catalog of scheme '%2' here, and the scheme has no other catalog")
                                      .arg(parentId)
                                      .arg(catalog.scheme)
                                : Message("CatalogLibrary", "'%1' is not a catalog of scheme '%2' here (known: %3)")
                                      .arg(parentId)
                                      .arg(catalog.scheme)
                                      .arg(known.join(QStringLiteral(", "))));
            entry.valid = false;
            continue;
        }
        Entry& parent = **found;
        if (parent.state == Entry::State::Resolving) {
            report(catalog.extendsLocation, key, "catalog.cycle",
                Message("CatalogLibrary", "'%1' extends '%2', which leads back to '%1': a catalog cannot include itself")
                    .arg(catalog.id)
                    .arg(parentId));
            entry.valid = false;
            continue;
        }
        resolve(size_t(found - m_entries.begin()));
        if (!parent.valid) {
            report(catalog.extendsLocation, key, "catalog.invalid-parent",
                Message("CatalogLibrary", "'%1' (%2) is not valid, so neither is this catalog")
                    .arg(parentId)
                    .arg(QFileInfo(parent.catalog.path).fileName()));
            entry.valid = false;
            continue;
        }
        if (parent.catalog.level >= catalog.level) {
            report(catalog.extendsLocation, key, "catalog.parent-level",
                Message("CatalogLibrary", "a ★%1 catalog can only extend lower levels, but '%2' is ★%3")
                    .arg(catalog.level)
                    .arg(parentId)
                    .arg(parent.catalog.level));
            entry.valid = false;
        }
        if (parent.catalog.category != QLatin1String("common") && parent.catalog.category != catalog.category) {
            report(catalog.extendsLocation, key, "catalog.parent-category",
                Message("CatalogLibrary", "'%1' is for category '%2', this catalog for '%3': a catalog extends 'common' catalogs or those of its own category")
                    .arg(parentId)
                    .arg(parent.catalog.category)
                    .arg(catalog.category));
            entry.valid = false;
        }
        for (const Entry* included : parent.chain) {
            if (std::find(entry.chain.begin(), entry.chain.end(), included) == entry.chain.end())
                entry.chain.push_back(included);
        }
        if (std::find(entry.chain.begin(), entry.chain.end(), &parent) == entry.chain.end())
            entry.chain.push_back(&parent);
    }
    std::stable_sort(
        entry.chain.begin(), entry.chain.end(), [](const Entry* a, const Entry* b) { return a->catalog.level < b->catalog.level; });
    entry.state = Entry::State::Resolved;
    if (entry.valid)
        checkChain(entry);
}

namespace {

// Remembers where each id was first declared in a chain, and reports the second declaration.
class UniqueIds {
public:
    explicit UniqueIds(Message what)
        : m_what(std::move(what))
    {
    }

    // Returns the earlier declaration's place when the id was seen before.
    std::optional<SourceLocation> add(const QString& id, const SourceLocation& where)
    {
        const auto it = m_seen.constFind(id);
        if (it != m_seen.constEnd())
            return *it;
        m_seen.insert(id, where);
        return std::nullopt;
    }

    Message message(const QString& id, const SourceLocation& first) const
    {
        return Message("CatalogLibrary", "the %1 id '%2' is already declared at %3, in the same catalog chain").arg(m_what).arg(id).arg(place(first));
    }

private:
    Message m_what;
    QHash<QString, SourceLocation> m_seen;
};

} // namespace

void CatalogLibrary::checkChain(Entry& entry)
{
    const Catalog& catalog = entry.catalog;
    QSet<int> levels;
    for (const Entry* included : entry.chain)
        levels.insert(included->catalog.level);
    for (int level = 1; level < catalog.level; ++level) {
        if (!levels.contains(level)) {
            report(catalog.extendsLocation, QStringLiteral("extends"), "catalog.missing-level",
                Message("CatalogLibrary", "a ★%1 catalog must include every lower level, but no ★%2 catalog is in its chain")
                    .arg(catalog.level)
                    .arg(level));
            entry.valid = false;
        }
    }

    // Only this file's own declarations are reported: the parents were checked on their own.
    UniqueIds requirementIds(Message("CatalogLibrary", "requirement"));
    UniqueIds questionIds(Message("CatalogLibrary", "question"));
    UniqueIds testIds(Message("CatalogLibrary", "test case"));
    QHash<QString, const Question*> questions;
    auto declare = [&](const Catalog& c, bool own) {
        for (const Question& q : c.questions) {
            if (auto first = questionIds.add(q.id, q.location); first && own) {
                report(q.location, QStringLiteral("questions[%1].id").arg(q.id), "catalog.duplicate-id", questionIds.message(q.id, *first));
                entry.valid = false;
            }
            questions.insert(q.id, &q);
        }
        for (const Requirement& r : c.requirements) {
            if (auto first = requirementIds.add(r.id, r.location); first && own) {
                report(r.location, QStringLiteral("requirements[%1].id").arg(r.id), "catalog.duplicate-id", requirementIds.message(r.id, *first));
                entry.valid = false;
            }
            for (const Requirement::TestCase& t : r.tests) {
                if (auto first = testIds.add(t.id, t.location); first && own) {
                    report(t.location, QStringLiteral("requirements[%1].tests[%2].id").arg(r.id, t.id), "catalog.duplicate-id", testIds.message(t.id, *first));
                    entry.valid = false;
                }
            }
        }
    };
    for (const Entry* included : entry.chain)
        declare(included->catalog, false);
    declare(catalog, true);
    const qsizetype before = m_problems.size();
    checkApplicability(entry, questions);
    if (m_problems.size() != before)
        entry.valid = false;
}

void CatalogLibrary::checkApplicability(const Entry& entry, const QHash<QString, const Question*>& questions)
{
    for (const Requirement& r : entry.catalog.requirements) {
        const QString key = QStringLiteral("requirements[%1].applies_if").arg(r.id);
        for (const ApplicabilityExpression::Use& use : r.appliesIf.uses()) {
            SourceLocation where = r.appliesIfLocation;
            where.column += use.offset;
            const Question* question = questions.value(use.question);
            if (!question) {
                QStringList names = questions.keys();
                names.sort();
                report(where, key, "catalog.unknown-question",
                    Message("CatalogLibrary", "'%1' is not a question of this catalog or those it extends (known: %2)")
                        .arg(use.question)
                        .arg(names.join(QStringLiteral(", "))));
            } else if (question->type == Question::Type::Text) {
                report(where, key, "catalog.text-question-in-rule",
                    Message("CatalogLibrary", "'%1' is a text question and cannot decide applicability; only yes/no and choice questions can")
                        .arg(use.question));
            } else if (question->type == Question::Type::Boolean && use.option) {
                report(where, key, "catalog.compared-yes-no",
                    Message("CatalogLibrary", "'%1' is a yes/no question: it stands alone or after 'not', without '=='/'!='").arg(use.question));
            } else if (question->type == Question::Type::Choice && !use.option) {
                report(where, key, "catalog.uncompared-choice",
                    Message("CatalogLibrary", "'%1' is a choice question: it is compared with one of its options, e.g. %1 == %2")
                        .arg(use.question)
                        .arg(question->options.value(0).id));
            } else if (question->type == Question::Type::Choice && !question->hasOption(*use.option)) {
                QStringList options;
                for (const Question::Option& o : question->options)
                    options << o.id;
                where.column = r.appliesIfLocation.column + use.optionOffset;
                report(where, key, "catalog.unknown-option",
                    Message("CatalogLibrary", "'%1' is not an option of '%2'; the options are: %3")
                        .arg(*use.option)
                        .arg(use.question)
                        .arg(options.join(QStringLiteral(", "))));
            }
        }
    }
}

const CatalogLibrary::Entry* CatalogLibrary::entryOf(const Catalog& catalog) const
{
    for (const auto& entry : m_entries) {
        if (&entry->catalog == &catalog)
            return entry.get();
    }
    return nullptr;
}

Problems CatalogLibrary::problemsFor(const QString& path) const
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    Problems out;
    for (const Problem& d : m_problems) {
        if (QFileInfo(d.where.file).absoluteFilePath() == absolute)
            out.append(d);
    }
    return out;
}

QList<const Catalog*> CatalogLibrary::catalogs() const
{
    QList<const Catalog*> out;
    for (const auto& entry : m_entries)
        out.append(&entry->catalog);
    return out;
}

bool CatalogLibrary::isValid(const Catalog& catalog) const
{
    const Entry* entry = entryOf(catalog);
    return entry && entry->valid;
}

QByteArray CatalogLibrary::digest(const Catalog& catalog) const
{
    const Entry* entry = entryOf(catalog);
    return entry ? entry->digest : QByteArray();
}

const Catalog* CatalogLibrary::find(const QString& name) const
{
    const Catalog* match = nullptr;
    for (const auto& entry : m_entries) {
        const Catalog& c = entry->catalog;
        if (c.qualifiedId() == name)
            return &c;
        if (c.id == name) {
            if (match)
                return nullptr;
            match = &c;
        }
    }
    return match;
}

QList<const Catalog*> CatalogLibrary::chain(const Catalog& catalog) const
{
    QList<const Catalog*> out;
    if (const Entry* entry = entryOf(catalog)) {
        for (const Entry* included : entry->chain)
            out.append(&included->catalog);
        out.append(&catalog);
    }
    return out;
}

} // namespace starmark
