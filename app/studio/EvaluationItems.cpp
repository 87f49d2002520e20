#include "EvaluationItems.h"

#include "Session.h"
#include "Studio.h"

#include "criteria/Requirement.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace starmark::studio {

EvaluationItems::EvaluationItems(QWidget* parent)
    : QGroupBox(parent)
    , m_rule(new QLabel)
    , m_layout(new QVBoxLayout)
{
    m_rule->setWordWrap(true);
    m_rule->setTextFormat(Qt::PlainText);
    auto* outer = new QVBoxLayout(this);
    outer->addWidget(m_rule);
    outer->addLayout(m_layout);
}

void EvaluationItems::retranslate()
{
    setTitle(tr("Evaluation items"));
}

bool EvaluationItems::eventFilter(QObject* watched, QEvent* event)
{
    // A click on an item's text ticks its box, as a click on a check box's own text would.
    if (event->type() == QEvent::MouseButtonRelease) {
        if (auto* box = qobject_cast<QCheckBox*>(watched->property("checkBox").value<QObject*>()); box && box->isEnabled())
            box->click();
    }
    return QGroupBox::eventFilter(watched, event);
}

void EvaluationItems::setRequirement(Session& session, const Requirement& requirement)
{
    m_session = &session;
    m_id = requirement.id;
    const Language language = session.studio().language();
    m_rule->setText(requirement.itemRule == Requirement::ItemRule::All ? tr("Tick each item that holds. All must hold for a pass.")
                                                                       : tr("Tick each item that holds. One is enough for a pass."));
    // Rows are kept and reused: creating widgets on every switch costs more than the switch itself.
    while (m_rows.size() < requirement.items.size()) {
        // The box carries the number, a wrapping label the text: a check box does not wrap long text.
        auto* row = new QWidget;
        auto* h = new QHBoxLayout(row);
        h->setContentsMargins(0, 0, 0, 0);
        auto* box = new QCheckBox;
        auto* text = new QLabel;
        text->setWordWrap(true);
        text->setTextFormat(Qt::PlainText);
        text->setProperty("checkBox", QVariant::fromValue<QObject*>(box));
        text->installEventFilter(this);
        h->addWidget(box, 0, Qt::AlignTop);
        h->addWidget(text, 1);
        connect(box, &QCheckBox::toggled, this, [this, box](bool on) {
            if (!m_session)
                return;
            const QString id = box->property("itemId").toString();
            m_session->changeResult(m_id, tr("Evaluation item %1 of %2").arg(id, m_id), [&](Assessment::Result& result) {
                result.items.removeAll(id);
                if (on)
                    result.items.append(id);
            });
        });
        m_layout->addWidget(row);
        m_boxes << box;
        m_rows << row;
        m_texts << text;
    }
    for (int i = 0; i < m_rows.size(); ++i) {
        const bool used = i < requirement.items.size();
        m_rows[i]->setVisible(used);
        if (!used)
            continue;
        const Requirement::Item& item = requirement.items[i];
        QCheckBox* box = m_boxes[i];
        box->setText(item.id + QLatin1Char('.'));
        box->setObjectName(QStringLiteral("item-") + item.id);
        box->setProperty("itemId", item.id);
        box->setAccessibleName(tr("Evaluation item %1").arg(item.id));
        box->setAccessibleDescription(item.text.in(language));
        m_texts[i]->setText(item.text.in(language));
    }
    setVisible(!requirement.items.isEmpty());
}

void EvaluationItems::refresh(const Assessment::Result& result, bool editable)
{
    for (QCheckBox* box : m_boxes) {
        const QSignalBlocker block(box);
        box->setChecked(result.items.contains(box->property("itemId").toString()));
        box->setEnabled(editable);
    }
}

} // namespace starmark::studio
