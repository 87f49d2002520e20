#pragma once

#include "criteria/ApplicabilityExpression.h"
#include "criteria/Problem.h"
#include "criteria/LocalizedText.h"
#include "criteria/Vocabulary.h"

#include <QList>

namespace starmark {

// One requirement of a catalog, with what an evaluator needs to judge it.
struct Requirement {
    enum class Method { Document, Device, DocumentAndDevice };
    enum class ItemRule { All, Any };
    enum class EvidenceKind { Document, TestLog, Photo, Sbom, Config };
    enum class TestKind { Conceptual, Functional };
    enum class Provenance { Official, Quoted, Reported, Provisional };

    // How a requirement is checked, in words: the one wording of the report, the CLI and the app.
    static Message methodName(Method method);

    static constexpr Term<Method> methods[]
        = {{Method::Document, "document"}, {Method::Device, "device"}, {Method::DocumentAndDevice, "document+device"}};
    static constexpr Term<ItemRule> itemRules[] = {{ItemRule::All, "all"}, {ItemRule::Any, "any"}};
    static constexpr Term<EvidenceKind> evidenceKinds[] = {{EvidenceKind::Document, "document"}, {EvidenceKind::TestLog, "test-log"},
        {EvidenceKind::Photo, "photo"}, {EvidenceKind::Sbom, "sbom"}, {EvidenceKind::Config, "config"}};
    static constexpr Term<TestKind> testKinds[] = {{TestKind::Conceptual, "conceptual"}, {TestKind::Functional, "functional"}};
    static constexpr Term<Provenance> provenances[]
        = {{Provenance::Official, "official"}, {Provenance::Quoted, "quoted"}, {Provenance::Reported, "reported"},
            {Provenance::Provisional, "provisional"}};

    struct Item { // 評価項目
        QString id;
        LocalizedText text;
    };
    struct Evidence {
        EvidenceKind kind = EvidenceKind::Document;
        LocalizedText text;
    };
    struct TestCase {
        QString id;
        TestKind kind = TestKind::Conceptual;
        LocalizedText text;
        LocalizedText expected;
        SourceLocation location;
    };
    struct Reference {
        QString standard;
        QString clause;
    };

    QString id;
    LocalizedText title;
    LocalizedText text;
    Method method = Method::Document;
    ApplicabilityExpression appliesIf; // empty: always applies
    SourceLocation appliesIfLocation; // where the expression's first character is
    ItemRule itemRule = ItemRule::All;
    QList<Item> items;
    QList<Evidence> evidence;
    QList<TestCase> tests;
    QList<Reference> references;
    Provenance provenance = Provenance::Provisional;
    QString quotedFrom; // with Provenance::Quoted: the id of the catalog's secondary source
    // Set from the catalog's psti_route, not written per requirement: the yes/no question
    // whose yes lets the PSTI statement of compliance stand for this requirement.
    QString pstiQuestion;
    std::optional<LocalizedText> note;
    SourceLocation location;
};

} // namespace starmark
