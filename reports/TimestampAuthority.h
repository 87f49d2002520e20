#pragma once

#include "criteria/Result.h"
#include "reports/SigningIdentity.h"

#include <QDateTime>

namespace starmark {

// An RFC 3161 time-stamp authority for closed deployments and tests (OpenSSL's
// TS_RESP_CTX): it answers a TimeStampReq with a token signed by its key. Its
// certificate must carry the timeStamping EKU, critical and alone. Serial numbers
// are reserved in blocks in a file beside the key (KEY.serial: the highest one
// reserved), written atomically before a token carrying one of them goes out, so
// none is ever issued twice, across restarts too (a restart skips the rest of a block).
class TimestampAuthority {
public:
    // Problems: tsa.identity (key, certificate, chain unreadable or not a pair),
    // tsa.not-timestamping, tsa.serial-unreadable.
    static Result<TimestampAuthority> open(const QString& keyPath, const QString& certificatePath, const QString& chainPath);

    // The TimeStampResp (DER) for `request`: a token at `now`, or a rejection saying why
    // (a request it cannot read, an unsupported digest, a serial that could not be stored).
    QByteArray respond(const QByteArray& request, const QDateTime& now);

    QString serialPath() const { return m_serialPath; }
    quint64 lastSerial() const { return m_serial; }
    static constexpr quint64 reservedAtOnce = 64; // one atomic write (and fsync) per this many tokens
    // The policy OID every token names (StarMark's arc).
    static QByteArray policy();

private:
    TimestampAuthority(SigningIdentity identity, QString serialPath, quint64 serial);
    bool nextSerial(); // advances the serial, reserving a block when one is used up; false: it could not be stored

    SigningIdentity m_identity;
    QString m_serialPath;
    quint64 m_serial = 0; // the last one issued
    quint64 m_reserved = 0; // the highest one KEY.serial holds
};

} // namespace starmark
