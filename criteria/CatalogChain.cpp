#include "criteria/CatalogChain.h"

namespace starmark {

const Requirement* CatalogChain::requirement(const QList<const Catalog*>& chain, const QString& id, int* level)
{
    for (const Catalog* c : chain) {
        if (const Requirement* r = c->requirement(id)) {
            if (level)
                *level = c->level;
            return r;
        }
    }
    return nullptr;
}

const Question* CatalogChain::question(const QList<const Catalog*>& chain, const QString& id)
{
    for (const Catalog* c : chain) {
        if (const Question* q = c->question(id))
            return q;
    }
    return nullptr;
}

QStringList CatalogChain::questionIds(const QList<const Catalog*>& chain)
{
    QStringList ids;
    for (const Catalog* c : chain) {
        for (const Question& q : c->questions)
            ids << q.id;
    }
    return ids;
}

} // namespace starmark
