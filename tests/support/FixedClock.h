#pragma once

#include "evaluators/Clock.h"

namespace starmark {

// A clock that says what it is told: the library tests stand on testNow() or
// move from it on purpose. Test builds only; the binaries read the system clock
// and their tests run them under faketime (CliRunner).
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
