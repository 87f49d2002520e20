#pragma once

#include "criteria/Vocabulary.h"

namespace starmark {

// A requirement's verdict (DESIGN.md); labs add per-test-case verdicts.
enum class Verdict { Pass, Fail, NotApplicable, NotAssessed };
enum class TestVerdict { Pass, Fail, Inconclusive };

inline constexpr Term<Verdict> verdicts[] = {
    {Verdict::Pass, "pass"}, {Verdict::Fail, "fail"}, {Verdict::NotApplicable, "not-applicable"}, {Verdict::NotAssessed, "not-assessed"}};
inline constexpr Term<TestVerdict> testVerdicts[]
    = {{TestVerdict::Pass, "pass"}, {TestVerdict::Fail, "fail"}, {TestVerdict::Inconclusive, "inconclusive"}};

} // namespace starmark
