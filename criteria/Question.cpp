#include "criteria/Question.h"

#include <algorithm>

namespace starmark {

bool Question::hasOption(const QString& optionId) const
{
    return std::any_of(options.begin(), options.end(), [&](const Option& o) { return o.id == optionId; });
}

} // namespace starmark
