#pragma once

#include "StatusIcon.h"

#include "criteria/Catalog.h"

#include <QAbstractItemModel>
#include <QIcon>

namespace starmark::studio {

class Session;

// The requirements of an assessment's catalog chain, grouped by level, each
// with the icon of its state: pass, fail, not applicable, not assessed, or
// needing attention (a rule of its result broken, or a pass to re-check).
class RequirementTreeModel : public QAbstractItemModel {
    Q_OBJECT
public:
    static constexpr int IdRole = Qt::UserRole;

    explicit RequirementTreeModel(QObject* parent = nullptr);
    void setSession(const Session* session);
    // Recomputes every state; called after each change.
    void refresh();

    QModelIndex indexOf(const QString& requirementId) const;
    // Requirement ids in tree order.
    const QStringList& order() const { return m_order; }
    StatusIcon::State state(const QString& requirementId) const { return m_states.value(requirementId, StatusIcon::State::NotAssessed); }

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;

private:
    const Requirement* requirementAt(const QModelIndex& index) const;

    const Session* m_session = nullptr;
    QStringList m_order;
    QHash<QString, StatusIcon::State> m_states;
    QHash<StatusIcon::State, QIcon> m_icons;
};

} // namespace starmark::studio
