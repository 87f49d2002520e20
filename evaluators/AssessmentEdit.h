#pragma once

#include "criteria/Catalog.h"
#include "criteria/Result.h"
#include "evaluators/Assessment.h"

#include <utility>

namespace starmark {

// The one edit model of an assessment, for `starmark assess set` and the desktop
// app alike: which keys there are, what each value must be, and what an edit does
// besides setting a field (a verdict given again counts as re-checked).
class AssessmentEdit {
public:
    // `evidenceFolder`: where the relative evidence names of `assess set` are found.
    AssessmentEdit(QList<const Catalog*> chain, QString evidenceFolder);

    // Applies KEY=VALUE pairs in order, then checks every result they touched against its
    // requirement (ResultRules). Each problem names its key. The caller makes it all or
    // nothing: `a` is changed even when problems are returned.
    Problems apply(Assessment& a, const QList<std::pair<QString, QString>>& assignments) const;
    // One KEY=VALUE (product.model, profile.<question>, <requirement>.verdict, …).
    Result<void> assign(Assessment& a, const QString& key, const QString& value) const;

    // The keys assign() knows, as patterns (<requirement>.verdict|items|…), for help texts.
    static QStringList keys();

    static void giveVerdict(Assessment::Result& result, Verdict verdict);
    // Adds the files at `paths` as evidence of `result`. A name already taken is numbered
    // ("report (2).pdf"), never put in the other's place. An unreadable file is left out
    // and reported; the readable ones are added.
    static Problems addEvidence(Assessment::Result& result, const QStringList& paths);

private:
    Result<void> assignResult(Assessment& a, const QString& key, const QString& value) const;

    QList<const Catalog*> m_chain;
    QString m_evidenceFolder;
};

} // namespace starmark
