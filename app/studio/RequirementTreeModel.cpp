#include "RequirementTreeModel.h"

#include "Session.h"
#include "Studio.h"

#include "evaluators/Outcome.h"
#include "evaluators/ResultRules.h"

namespace starmark::studio {
namespace {

// Top-level rows are catalogs (internal id 0), their children requirements (internal id = catalog row + 1).
constexpr quintptr catalogRow = 0;

} // namespace

RequirementTreeModel::RequirementTreeModel(QObject* parent)
    : QAbstractItemModel(parent)
{
    for (const StatusIcon::State s : {StatusIcon::State::Pass, StatusIcon::State::Fail, StatusIcon::State::NotApplicable,
             StatusIcon::State::NotAssessed, StatusIcon::State::NeedsAttention})
        m_icons.insert(s, StatusIcon::icon(s));
}

void RequirementTreeModel::setSession(const Session* session)
{
    beginResetModel();
    m_session = session;
    m_order.clear();
    if (session) {
        for (const Catalog* c : session->chain()) {
            for (const Requirement& r : c->requirements)
                m_order << r.id;
        }
    }
    endResetModel();
    refresh();
}

void RequirementTreeModel::refresh()
{
    m_states.clear();
    if (!m_session)
        return;
    const Assessment& a = m_session->assessment();
    for (const Catalog* c : m_session->chain()) {
        for (const Requirement& r : c->requirements) {
            const Applicability applicability = Applicability::of(r, a.profile);
            const Assessment::Result result = a.results.value(r.id);
            const Verdict verdict = Outcome::effectiveVerdict(r, a, applicability);
            m_states.insert(r.id, StatusIcon::of(verdict, ResultRules::needsAttention(r, result, a.mode, applicability)));
        }
    }
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, 0));
    for (int row = 0; row < rowCount(); ++row) {
        const QModelIndex group = index(row, 0);
        if (rowCount(group) > 0)
            emit dataChanged(index(0, 0, group), index(rowCount(group) - 1, 0, group));
    }
}

QModelIndex RequirementTreeModel::indexOf(const QString& requirementId) const
{
    if (!m_session)
        return {};
    for (int c = 0; c < m_session->chain().size(); ++c) {
        const QList<Requirement>& requirements = m_session->chain()[c]->requirements;
        for (int r = 0; r < requirements.size(); ++r) {
            if (requirements[r].id == requirementId)
                return createIndex(r, 0, quintptr(c + 1));
        }
    }
    return {};
}

QModelIndex RequirementTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, parent.isValid() ? quintptr(parent.row() + 1) : catalogRow);
}

QModelIndex RequirementTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == catalogRow)
        return {};
    return createIndex(int(child.internalId() - 1), 0, catalogRow);
}

int RequirementTreeModel::rowCount(const QModelIndex& parent) const
{
    if (!m_session)
        return 0;
    if (!parent.isValid())
        return int(m_session->chain().size());
    if (parent.internalId() == catalogRow)
        return int(m_session->chain()[parent.row()]->requirements.size());
    return 0;
}

int RequirementTreeModel::columnCount(const QModelIndex&) const
{
    return 1;
}

const Requirement* RequirementTreeModel::requirementAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.internalId() == catalogRow)
        return nullptr;
    return &m_session->chain()[int(index.internalId() - 1)]->requirements[index.row()];
}

QVariant RequirementTreeModel::data(const QModelIndex& index, int role) const
{
    if (!m_session || !index.isValid())
        return {};
    const Language language = m_session->studio().language();
    if (index.internalId() == catalogRow) {
        const Catalog* c = m_session->chain()[index.row()];
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
            int done = 0;
            for (const Requirement& r : c->requirements)
                done += state(r.id) == StatusIcon::State::NotAssessed ? 0 : 1;
            return tr("%1 (%2 of %3 done)").arg(c->title.in(language)).arg(done).arg(c->requirements.size());
        }
        return {};
    }
    const Requirement* r = requirementAt(index);
    const StatusIcon::State s = state(r->id);
    switch (role) {
    case Qt::DisplayRole:
        return QStringLiteral("%1  %2").arg(r->id, r->title.in(language));
    case Qt::DecorationRole:
        return m_icons.value(s);
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole: {
        static const char* const names[] = {QT_TR_NOOP("pass"), QT_TR_NOOP("fail"), QT_TR_NOOP("not applicable"),
            QT_TR_NOOP("not assessed"), QT_TR_NOOP("needs attention")};
        return QStringLiteral("%1 %2: %3").arg(r->id, r->title.in(language), tr(names[int(s)]));
    }
    case IdRole:
        return r->id;
    default:
        return {};
    }
}

} // namespace starmark::studio
