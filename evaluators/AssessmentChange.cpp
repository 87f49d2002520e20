#include "evaluators/AssessmentChange.h"

namespace starmark {
namespace {

template <typename T> void take(const T& from, const T& to, T& state)
{
    if (!(from == to))
        state = to;
}

template <typename Value> void takeEach(const QMap<QString, Value>& from, const QMap<QString, Value>& to, QMap<QString, Value>& state)
{
    for (auto it = to.cbegin(); it != to.cend(); ++it) {
        const auto old = from.constFind(it.key());
        if (old == from.cend() || !(*old == *it))
            state.insert(it.key(), *it);
    }
    for (auto it = from.cbegin(); it != from.cend(); ++it) {
        if (!to.contains(it.key()))
            state.remove(it.key());
    }
}

} // namespace

AssessmentChange::AssessmentChange(const Assessment& from, const Assessment& to)
    : m_from(from)
    , m_to(to)
{
}

bool AssessmentChange::isEmpty() const
{
    return m_from == m_to;
}

void AssessmentChange::applyTo(Assessment& state) const
{
    take(m_from.catalog, m_to.catalog, state.catalog);
    take(m_from.chain, m_to.chain, state.chain);
    take(m_from.level, m_to.level, state.level);
    take(m_from.mode, m_to.mode, state.mode);
    const Product& from = m_from.product;
    const Product& to = m_to.product;
    Product& p = state.product;
    take(from.manufacturer, to.manufacturer, p.manufacturer);
    take(from.name, to.name, p.name);
    take(from.model, to.model, p.model);
    take(from.otherModels, to.otherModels, p.otherModels);
    take(from.firmware, to.firmware, p.firmware);
    take(from.hardware, to.hardware, p.hardware);
    take(from.released, to.released, p.released);
    take(from.supportUntil, to.supportUntil, p.supportUntil);
    take(from.vulnerabilityContact, to.vulnerabilityContact, p.vulnerabilityContact);
    take(m_from.evaluator, m_to.evaluator, state.evaluator);
    take(m_from.signOff, m_to.signOff, state.signOff);
    take(m_from.revision, m_to.revision, state.revision);
    takeEach(m_from.profile, m_to.profile, state.profile);
    takeEach(m_from.results, m_to.results, state.results);
}

} // namespace starmark
