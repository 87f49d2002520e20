#pragma once

#include "evaluators/Assessment.h"

#include <QUndoCommand>

namespace starmark::studio {

class Session;

// One undoable edit: the assessment before and after. Undo and redo make the
// change between the two to what the file holds, so the file always holds what
// the window shows and nothing another program changed meanwhile is undone.
class EditCommand : public QUndoCommand {
public:
    EditCommand(Session& session, Assessment before, Assessment after, const QString& text, const QString& mergeKey);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

private:
    Session& m_session;
    Assessment m_before;
    Assessment m_after;
    QString m_mergeKey;
    bool m_saved = true; // the first redo is the save `Session::change` already made
};

} // namespace starmark::studio
