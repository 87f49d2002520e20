#include "evaluators/ResultRules.h"

#include "criteria/InputLimits.h"

namespace starmark {
namespace {

// The limits a declaration is read with (docs/limits.md), for results changed by other means too ('assess set', the desktop app).
void checkLimits(const Assessment::Result& result, QList<ResultRules::Problem>& problems)
{
    const auto text = [&](const QString& field, const QString& value) {
        if (const qsizetype n = InputLimits::characters(value); n > InputLimits::longTextCharacters) {
            problems.append({field,
                InputLimits::exceeded(QStringLiteral("the text has"), n, InputLimits::longTextCharacters, QStringLiteral("characters"),
                    QStringLiteral("shorten it, and put the detail in an evidence file"))});
        }
    };
    text(QStringLiteral("rationale"), result.rationale);
    text(QStringLiteral("justification"), result.justification);
    for (auto it = result.tests.cbegin(); it != result.tests.cend(); ++it)
        text(QStringLiteral("tests.") + it.key() + QStringLiteral(".observed"), it->observed);
    if (result.evidence.size() > InputLimits::evidencePerResult) {
        problems.append({QStringLiteral("evidence"),
            InputLimits::exceeded(QStringLiteral("this result names"), result.evidence.size(), InputLimits::evidencePerResult,
                QStringLiteral("evidence files"), QStringLiteral("bundle related files into one archive or document"))});
    }
}

} // namespace

QList<ResultRules::Problem> ResultRules::check(
    const Requirement& requirement, const Assessment::Result& result, Assessment::Mode mode, const Applicability& applicability)
{
    QList<Problem> problems;
    checkLimits(result, problems);
    QStringList known;
    for (const Requirement::Item& item : requirement.items)
        known << item.id;
    for (const QString& item : result.items) {
        if (!known.contains(item)) {
            problems.append({QStringLiteral("items"),
                QStringLiteral("%1 has no evaluation item '%2'; its items are %3")
                    .arg(requirement.id, item, known.join(QStringLiteral(", ")))});
        }
    }
    QStringList tests;
    for (const Requirement::TestCase& test : requirement.tests)
        tests << test.id;
    for (auto it = result.tests.cbegin(); it != result.tests.cend(); ++it) {
        if (!tests.contains(it.key())) {
            problems.append({QStringLiteral("tests.") + it.key(),
                QStringLiteral("%1 has no test case '%2'; its test cases are %3")
                    .arg(requirement.id, it.key(), tests.isEmpty() ? QStringLiteral("none") : tests.join(QStringLiteral(", ")))});
        }
    }
    if (!result.tests.isEmpty() && mode == Assessment::Mode::Self) {
        problems.append(
            {QStringLiteral("tests"), QStringLiteral("test case results belong to lab evaluations; set mode: lab or remove them")});
    }

    switch (result.verdict) {
    case Verdict::Pass: {
        int held = 0;
        for (const QString& item : known)
            held += result.items.contains(item) ? 1 : 0;
        if (applicability.pstiRoute) {
            // IPA waives the checklist row: the statement of compliance is the ground, so it must be there.
            if (result.evidence.isEmpty()) {
                problems.append({QStringLiteral("evidence"),
                    QStringLiteral("a pass of %1 on the UK PSTI route rests on the PSTI statement of compliance; attach it as evidence")
                        .arg(requirement.id)});
            }
        } else if (requirement.itemRule == Requirement::ItemRule::All && held < known.size()) {
            problems.append({QStringLiteral("items"),
                QStringLiteral("a pass of %1 needs every evaluation item to hold (rule: all): tick %2")
                    .arg(requirement.id, known.join(QStringLiteral(", ")))});
        } else if (held == 0) {
            problems.append({QStringLiteral("items"),
                QStringLiteral("a pass of %1 needs at least one evaluation item that holds (rule: any); tick one of %2")
                    .arg(requirement.id, known.join(QStringLiteral(", ")))});
        }
        if (mode == Assessment::Mode::Lab) {
            for (const QString& test : tests) {
                const auto it = result.tests.constFind(test);
                if (it == result.tests.cend() || it->verdict != TestVerdict::Pass) {
                    problems.append({QStringLiteral("tests.") + test,
                        QStringLiteral("a pass of %1 needs test case %2 to pass (it is %3); record its result or change the verdict")
                            .arg(requirement.id, test,
                                it == result.tests.cend() ? QStringLiteral("not run") : termName<TestVerdict>(testVerdicts, it->verdict))});
                }
            }
        }
        break;
    }
    case Verdict::NotApplicable:
        if (applicability.applies() && result.justification.trimmed().isEmpty()) {
            problems.append({QStringLiteral("justification"),
                QStringLiteral("%1 applies to this product's profile; a not-applicable verdict needs a written justification")
                    .arg(requirement.id)});
        }
        break;
    case Verdict::Fail:
    case Verdict::NotAssessed:
        break;
    }
    return problems;
}

bool ResultRules::needsAttention(
    const Requirement& requirement, const Assessment::Result& result, Assessment::Mode mode, const Applicability& applicability)
{
    return result.recheck || (result.verdict != Verdict::NotAssessed && !check(requirement, result, mode, applicability).isEmpty());
}

} // namespace starmark
