#include "ConnectionQuota.h"

#include <QMutexLocker>

namespace starmark {

ConnectionQuota::ConnectionQuota(int total, int perClient)
    : m_maxTotal(total)
    , m_maxPerClient(perClient)
{
}

QHostAddress ConnectionQuota::counted(const QHostAddress& client)
{
    if (client.protocol() != QAbstractSocket::IPv6Protocol)
        return client;
    Q_IPV6ADDR bytes = client.toIPv6Address();
    std::fill(std::begin(bytes.c) + 8, std::end(bytes.c), quint8(0));
    return QHostAddress(bytes);
}

bool ConnectionQuota::acquire(const QHostAddress& client, QString* refusal)
{
    const QMutexLocker lock(&m_mutex);
    int& mine = m_perClient[counted(client)];
    if (m_total >= m_maxTotal || mine >= m_maxPerClient) {
        *refusal = m_total >= m_maxTotal
            ? QStringLiteral("the registry holds its maximum of %1 connections at once; retry in a moment").arg(m_maxTotal)
            : QStringLiteral("%1 already holds %2 connections to the registry, the most one client may; close some and retry")
                  .arg(client.toString())
                  .arg(m_maxPerClient);
        if (mine == 0)
            m_perClient.remove(counted(client));
        return false;
    }
    ++mine;
    ++m_total;
    return true;
}

void ConnectionQuota::release(const QHostAddress& client)
{
    const QMutexLocker lock(&m_mutex);
    const auto it = m_perClient.find(counted(client));
    if (it != m_perClient.end() && --*it == 0)
        m_perClient.erase(it);
    --m_total;
}

} // namespace starmark
