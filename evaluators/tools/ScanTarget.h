#pragma once

#include "criteria/Result.h"

#include <QString>

namespace starmark {

// The host (and port) a tool is pointed at, checked before anything runs: a host a
// tool cannot take for one of its options, a port in range, and loopback unless the
// caller allows another machine. Names other than localhost are refused for loopback
// use: what a name resolves to can change between the check and the tool's own lookup.
class ScanTarget {
public:
    // HOST, HOST:PORT, [IPv6] or [IPv6]:PORT. `allowRemote`: any host may be named.
    static Result<ScanTarget> parse(const QString& text, bool allowRemote);
    // A host as a URL names it (no port, IPv6 without brackets).
    static Result<ScanTarget> ofHost(const QString& host, int port, bool allowRemote);
    static bool isLoopback(const QString& host);

    // As a tool takes it: localhost becomes 127.0.0.1; IPv6 without brackets.
    const QString& host() const { return m_host; }
    bool isIpv6() const { return m_host.contains(QLatin1Char(':')); }
    // 0 when none was given.
    int port() const { return m_port; }
    int portOr(int fallback) const { return m_port ? m_port : fallback; }
    // HOST:PORT, bracketed for IPv6.
    QString hostPort(int fallbackPort) const;

private:
    QString m_host;
    int m_port = 0;
};

} // namespace starmark
