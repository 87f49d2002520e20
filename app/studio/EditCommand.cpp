#include "EditCommand.h"

#include "Session.h"

namespace starmark::studio {

EditCommand::EditCommand(Session& session, Assessment before, Assessment after, const QString& text, const QString& mergeKey)
    : QUndoCommand(text)
    , m_session(session)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_mergeKey(mergeKey)
{
}

void EditCommand::undo()
{
    m_session.store(m_after, m_before);
}

void EditCommand::redo()
{
    if (m_saved) {
        m_saved = false;
        return;
    }
    m_session.store(m_before, m_after);
}

int EditCommand::id() const
{
    return m_mergeKey.isEmpty() ? -1 : 1;
}

bool EditCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const EditCommand*>(other);
    if (next->m_mergeKey != m_mergeKey)
        return false;
    m_after = next->m_after;
    return true;
}

} // namespace starmark::studio
