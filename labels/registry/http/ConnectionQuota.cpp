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

Result<void> ConnectionQuota::acquire(const QHostAddress& client)
{
    const QMutexLocker lock(&m_mutex);
    int& mine = m_perClient[counted(client)];
    if (m_total >= m_maxTotal || mine >= m_maxPerClient) {
        const Problem full = m_total >= m_maxTotal
            ? Problem::unusable(QStringLiteral("http.server-full"),
                Message("ConnectionQuota", "the registry holds its maximum of %1 connections at once").arg(m_maxTotal))
            : Problem::unusable(QStringLiteral("http.client-full"),
                Message("ConnectionQuota", "%1 already holds %2 connections to the registry, the most one client may")
                    .arg(client.toString())
                    .arg(m_maxPerClient));
        if (mine == 0)
            m_perClient.remove(counted(client));
        return full;
    }
    ++mine;
    ++m_total;
    return {};
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
