#include "RequirementTree.h"

#include "RequirementTreeModel.h"

namespace starmark::studio {

RequirementTree::RequirementTree(QWidget* parent)
    : QTreeView(parent)
    , m_model(new RequirementTreeModel(this))
{
    setModel(m_model);
    setHeaderHidden(true);
    setUniformRowHeights(true);
    setMinimumWidth(280);
    connect(selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex& index) {
        const QString id = index.data(RequirementTreeModel::IdRole).toString();
        if (!id.isEmpty())
            emit requirementChosen(id);
    });
}

void RequirementTree::setSession(const Session* session)
{
    m_model->setSession(session);
    expandAll();
}

void RequirementTree::refresh()
{
    m_model->refresh();
}

const QStringList& RequirementTree::order() const
{
    return m_model->order();
}

void RequirementTree::select(const QString& requirementId)
{
    const QModelIndex index = m_model->indexOf(requirementId);
    if (!index.isValid())
        return;
    setCurrentIndex(index);
    scrollTo(index);
}

QString RequirementTree::next(const QString& from, int direction, bool openOnly) const
{
    const QStringList& order = m_model->order();
    const qsizetype start = order.indexOf(from);
    for (qsizetype n = 1; n <= order.size(); ++n) {
        const qsizetype at = ((start < 0 ? -direction : start) + direction * n + order.size() * 2) % order.size();
        const StatusIcon::State state = m_model->state(order[at]);
        if (!openOnly || state == StatusIcon::State::NotAssessed || state == StatusIcon::State::NeedsAttention)
            return order[at];
    }
    return {};
}

} // namespace starmark::studio
