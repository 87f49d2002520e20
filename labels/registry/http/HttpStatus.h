#pragma once

#include "criteria/Problem.h"

namespace starmark {

// The HTTP status of a refusal, chosen from its code in one table and never from its words:
// the codes that have a status of their own (a missing registration is 404, a head too large
// 431, …), else Invalid → 422 and Unusable → 400.
class HttpStatus {
public:
    static int of(const Problem& problem);
};

} // namespace starmark
