#include "criteria/KeyPath.h"

namespace starmark {

QString KeyPath::toString() const
{
    if (!m_parent)
        return {};
    QString text = m_parent->toString();
    if (m_index >= 0)
        return text + QLatin1Char('[') + (m_id.isEmpty() ? QString::number(m_index) : m_id) + QLatin1Char(']');
    if (!text.isEmpty())
        text += QLatin1Char('.');
    return text + QString::fromUtf8(m_name.data(), qsizetype(m_name.size()));
}

} // namespace starmark
