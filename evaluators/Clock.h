#pragma once

#include <QDateTime>

namespace starmark {

// The time, replaceable so that tests can stand on either side of a boundary
// (support end, label validity, audit timestamps).
class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const;

    // The system clock, unless $STARMARK_FAKE_NOW (ISO 8601) says otherwise:
    // the CLI's own tests use it to run on fixed dates.
    static const Clock& system();
};

// A clock that says what it is told.
class FixedClock : public Clock {
public:
    explicit FixedClock(QDateTime now)
        : m_now(std::move(now))
    {
    }
    QDateTime now() const override { return m_now; }
    void set(QDateTime now) { m_now = std::move(now); }

private:
    QDateTime m_now;
};

} // namespace starmark
