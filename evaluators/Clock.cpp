#include "evaluators/Clock.h"

namespace starmark {

QDateTime Clock::now() const
{
    return QDateTime::currentDateTimeUtc();
}

const Clock& Clock::system()
{
    static const Clock real;
    return real;
}

} // namespace starmark
