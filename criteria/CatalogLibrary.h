#pragma once

#include "criteria/Catalog.h"

#include <QHash>

#include <memory>
#include <vector>

namespace starmark {

// The catalogs of one or more folders, with their `extends` chains resolved
// and checked as a whole: parents exist, no cycles, every lower level present,
// requirement, question and test case IDs unique across a chain, applies_if
// naming only questions of the chain.
class CatalogLibrary {
public:
    // Each path is a catalog file or a folder whose *.yaml files are all loaded.
    static CatalogLibrary load(const QStringList& paths);

    CatalogLibrary(CatalogLibrary&&) noexcept;
    CatalogLibrary& operator=(CatalogLibrary&&) noexcept;
    ~CatalogLibrary();

    const Problems& problems() const { return m_problems; }
    Problems problemsFor(const QString& path) const;

    // Every catalog that could be read, valid or not, in scheme, level, id order.
    QList<const Catalog*> catalogs() const;
    bool isValid(const Catalog& catalog) const;
    QByteArray digest(const Catalog& catalog) const;

    // "scheme/id", or "id" when only one scheme has it; nullptr if unknown or ambiguous.
    const Catalog* find(const QString& name) const;
    // The catalogs this one includes, lowest level first, ending with itself.
    QList<const Catalog*> chain(const Catalog& catalog) const;

private:
    struct Entry;
    CatalogLibrary();

    void addFile(const QString& path);
    void resolve(size_t index);
    void checkChain(Entry& entry);
    void checkApplicability(const Entry& entry, const QHash<QString, const Question*>& questions);
    const Entry* entryOf(const Catalog& catalog) const;
    void report(const SourceLocation& where, const QString& key, const char* code, Message message);

    std::vector<std::unique_ptr<Entry>> m_entries;
    QStringList m_unreadFiles; // files with errors, so that a child can name its broken parent
    Problems m_problems;
};

} // namespace starmark
