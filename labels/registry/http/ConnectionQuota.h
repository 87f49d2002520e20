#pragma once

#include <QHash>
#include <QHostAddress>
#include <QMutex>

#include "criteria/Result.h"

namespace starmark {

// How many connections the server holds at once, in all and per client, shared by the
// server threads. An IPv6 client is counted by its /64, the least a host is handed.
class ConnectionQuota {
public:
    ConnectionQuota(int total, int perClient);

    // One more connection from `client`, or why not (http.server-full, http.client-full).
    Result<void> acquire(const QHostAddress& client);
    void release(const QHostAddress& client);

    int total() const { return m_maxTotal; }
    int perClient() const { return m_maxPerClient; }

private:
    static QHostAddress counted(const QHostAddress& client);

    const int m_maxTotal;
    const int m_maxPerClient;
    QMutex m_mutex;
    int m_total = 0;
    QHash<QHostAddress, int> m_perClient;
};

} // namespace starmark
