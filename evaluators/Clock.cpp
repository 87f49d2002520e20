#include "evaluators/Clock.h"

namespace starmark {

QDateTime Clock::now() const
{
    return QDateTime::currentDateTimeUtc();
}

const Clock& Clock::system()
{
    static const Clock real;
    static const QDateTime fake = QDateTime::fromString(qEnvironmentVariable("STARMARK_FAKE_NOW"), Qt::ISODate);
    static const FixedClock fixed(fake);
    return fake.isValid() ? static_cast<const Clock&>(fixed) : real;
}

} // namespace starmark
