#pragma once

#include "evaluators/Product.h"
#include "evaluators/Verdict.h"

#include <QDateTime>
#include <QMap>
#include <QStringList>

namespace starmark {

// One product's assessment against one catalog chain: what the `*.starmark`
// file holds and what a declaration describes.
struct Assessment {
    enum class Mode { Self, Lab };
    static constexpr Term<Mode> modes[] = {{Mode::Self, "self"}, {Mode::Lab, "lab"}};

    struct Person {
        QString name;
        QString organisation;
        bool operator==(const Person&) const = default;
    };
    struct SignOff {
        QString reviewer;
        QDateTime at;
        bool operator==(const SignOff&) const = default;
    };
    // A catalog of the chain as it was when the assessment began.
    struct PinnedCatalog {
        QString qualifiedId;
        QByteArray digest;
        bool operator==(const PinnedCatalog&) const = default;
    };
    struct Evidence {
        QString name; // the path as the declaration gives it, e.g. evidence/test.log
        QByteArray sha256; // hex; the blob's address in the file
        qint64 size = -1;
        QString sourcePath; // where to read it from, while importing; not stored
        bool operator==(const Evidence& o) const { return name == o.name && sha256 == o.sha256 && size == o.size; }
    };
    struct TestResult {
        TestVerdict verdict = TestVerdict::Inconclusive;
        QString observed;
        bool operator==(const TestResult&) const = default;
    };
    struct Result {
        Verdict verdict = Verdict::NotAssessed;
        QStringList items; // evaluation items that hold
        QString rationale;
        QString justification; // why not applicable
        QList<Evidence> evidence;
        QMap<QString, TestResult> tests; // lab mode: by test case id
        bool recheck = false; // carried over to new firmware; rests on a device test
        bool operator==(const Result&) const = default;
    };

    // A tool's output imported as evidence (evaluators/tools/ToolImport): what ran, when,
    // and which requirements its rules tie it to.
    struct ToolRun {
        QString tool;
        QString version;
        QString arguments;
        QDateTime ranAt;
        QString format; // a toolFormats name
        QString evidence; // the evidence name it is stored under
        QByteArray sha256; // hex; the blob's address
        QStringList requirements;
        QStringList accepted; // requirements whose verdict the evaluator took from this run's proposals
        QStringList overridden; // requirements whose verdict the evaluator set against this run's proposals, with a rationale
        bool operator==(const ToolRun&) const = default;
    };

    QString catalog; // scheme/id of the target level's catalog
    QList<PinnedCatalog> chain;
    int level = 1;
    Mode mode = Mode::Self;
    Product product;
    Person evaluator;
    std::optional<SignOff> signOff;
    int revision = 1;
    QMap<QString, QString> profile; // question id → "true"/"false", an option id, or text
    QMap<QString, Result> results; // requirement id → result; absent means not assessed
    QList<ToolRun> toolRuns;

    bool isLocked() const { return signOff.has_value(); }
    bool operator==(const Assessment&) const = default;
};

} // namespace starmark
