#pragma once

#include <QString>

namespace starmark {

// The most a catalog or declaration may hold. Real ones are far smaller (the
// largest shipped catalog is 80 KB, 600 keys); the limits are there so that a
// hostile file is refused in milliseconds instead of costing minutes and
// gigabytes in every later step (reports, exports). docs/limits.md lists them:
// change both together.
struct InputLimits {
    static constexpr qsizetype fileBytes = 16 * 1024 * 1024; // one catalog or declaration file
    static constexpr int depth = 32; // maps and lists inside one another
    static constexpr int keysPerMap = 10'000;
    static constexpr int itemsPerList = 100'000;
    static constexpr int keysInFile = 500'000;
    static constexpr int valuesInFile = 1'000'000; // every scalar, list and map
    static constexpr int keyBytes = 256;
    static constexpr int valueBytes = 1024 * 1024; // one scalar, before any field's own limit
    static constexpr int shortTextCharacters = 500; // names, titles, model, firmware, contacts
    static constexpr int longTextCharacters = 20'000; // requirement texts, rationale, justification, observations
    static constexpr int evidencePerResult = 100; // evidence references of one requirement's result
    static constexpr int evidenceInDeclaration = 2'000;
    static constexpr int problemsPerFile = 100; // problems reported before reading stops listing them

    // Other files, read whole (criteria/InputFile).
    static constexpr qint64 reportBytes = 64 * 1024 * 1024; // a signed report (evidence is not inside, only its manifest)
    static constexpr qint64 pemBytes = 1024 * 1024; // a key, a certificate or a chain
    static constexpr qint64 jsonBytes = 16 * 1024 * 1024; // a surveillance plan, the known catalog digests

    // Characters as the limits count them: code points, so that a kanji and an emoji count one each.
    static qsizetype characters(const QString& text);

    // A figure as a breach's message shows it, digits grouped (50,000,000) because
    // people compare the two: every breach names the figure found and the limit.
    static QString figure(qint64 value);

    // "<what> <found> <unit>; the limit is <limit> <unit> (docs/limits.md): <fix>", for
    // the callers that still build English (evaluators); criteria's own are Messages.
    static QString exceeded(const QString& what, qint64 found, qint64 limit, const QString& unit, const QString& fix);
};

} // namespace starmark
