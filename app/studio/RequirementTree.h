#pragma once

#include <QTreeView>

namespace starmark::studio {

class RequirementTreeModel;
class Session;

// The open assessment's requirements by level, each with the icon of its
// state, and the way through them in tree order.
class RequirementTree : public QTreeView {
    Q_OBJECT
public:
    explicit RequirementTree(QWidget* parent = nullptr);
    void setSession(const Session* session);
    // Recomputes every state; called after each change.
    void refresh();
    // Requirement ids in tree order.
    const QStringList& order() const;
    void select(const QString& requirementId);
    // The requirement `direction` steps on from `from` (wrapping around), the
    // first one not decided or needing attention if `openOnly`; empty when there is none.
    QString next(const QString& from, int direction, bool openOnly) const;

signals:
    void requirementChosen(const QString& requirementId);

private:
    RequirementTreeModel* m_model;
};

} // namespace starmark::studio
