#pragma once

#include <QDateTime>

namespace starmark {

// The time, replaceable so that tests can stand on either side of a boundary
// (support end, label validity, audit timestamps). Production code only ever
// has the system clock; the tests' fixed clock lives in tests/support.
class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const;

    static const Clock& system();
};

} // namespace starmark
