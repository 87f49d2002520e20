#include "evaluators/AssessmentEdit.h"

#include "criteria/CatalogChain.h"
#include "criteria/InputLimits.h"
#include "evaluators/Applicability.h"
#include "evaluators/EvidenceName.h"
#include "evaluators/EvidenceSource.h"
#include "evaluators/ResultRules.h"

#include <QFileInfo>
#include <QLocale>
#include <QSet>

namespace starmark {
namespace {

Problem wrong(const QString& key, const char* code, Message message)
{
    return Problem::invalid(QString::fromLatin1(code), std::move(message), {}, key);
}

// Requirement and test ids contain dots (S1.1-04, S3.RT-02-T3): the id is the first prefix the chain knows.
const QStringList resultFields{QStringLiteral(".verdict"), QStringLiteral(".items"), QStringLiteral(".rationale"),
    QStringLiteral(".justification"), QStringLiteral(".evidence"), QStringLiteral(".tests.")};

} // namespace

AssessmentEdit::AssessmentEdit(QList<const Catalog*> chain, QString evidenceFolder)
    : m_chain(std::move(chain))
    , m_evidenceFolder(std::move(evidenceFolder))
{
}

Problems AssessmentEdit::apply(Assessment& a, const QList<std::pair<QString, QString>>& assignments) const
{
    Problems problems;
    QSet<QString> touched;
    for (const auto& [key, value] : assignments) {
        problems << assign(a, key, value).problems();
        for (auto it = a.results.cbegin(); it != a.results.cend(); ++it) {
            if (key.startsWith(it.key() + QLatin1Char('.')))
                touched.insert(it.key());
        }
    }
    for (const QString& id : touched) {
        const Requirement* r = CatalogChain::requirement(m_chain, id);
        for (const ResultRules::Problem& p : ResultRules::check(*r, a.results.value(id), a.mode, Applicability::of(*r, a.profile)))
            problems << wrong(id + QLatin1Char('.') + p.field, "assessment.result-rule", Message::plain(p.message));
    }
    return problems;
}

Result<void> AssessmentEdit::assign(Assessment& a, const QString& key, const QString& value) const
{
    // The limits a declaration's texts are read with (docs/limits.md); a result's own texts are ResultRules'.
    // A list of needed interfaces is many short texts in one: each entry is held to its own length.
    const bool shortText = (key.startsWith(QLatin1String("product.")) && key != QLatin1String("product.needed_interfaces"))
        || key.startsWith(QLatin1String("evaluator."));
    const int maxLength = shortText
        ? InputLimits::shortTextCharacters
        : InputLimits::longTextCharacters;
    if (const qsizetype n = InputLimits::characters(value); n > maxLength) {
        // Digits grouped (25,000), as InputLimits writes them, because people compare the two figures.
        QLocale grouped = QLocale::c();
        grouped.setNumberOptions(QLocale::DefaultNumberOptions);
        return wrong(key, "assessment.text-too-long",
            Message("AssessmentEdit", "the text has %1 characters; the limit is %2 characters (docs/limits.md)")
                .arg(grouped.toString(qint64(n)))
                .arg(grouped.toString(maxLength)));
    }
    Product& p = a.product;
    const QStringList parts = key.split(QLatin1Char('.'));
    const auto date = [&](QDate& target) -> Result<void> {
        const std::optional<QDate> d = Product::parseDate(value);
        if (!d)
            return wrong(key, "assessment.not-a-date", Message("AssessmentEdit", "'%1' is not a date (YYYY-MM-DD)").arg(value));
        target = *d;
        if (const std::optional<QString> problem = p.datesProblem())
            return wrong(key, "assessment.dates-out-of-order", Message::plain(*problem));
        return {};
    };
    static const QMap<QString, QString Product::*> productTexts{{QStringLiteral("product.model"), &Product::model},
        {QStringLiteral("product.firmware"), &Product::firmware}, {QStringLiteral("product.hardware"), &Product::hardware}};
    if (key == QLatin1String("product.model")) {
        if (const std::optional<Message> problem = Product::modelProblem(value))
            return wrong(key, "assessment.bad-model", *problem);
        if (p.otherModels.contains(value))
            return wrong(key, "assessment.bad-model", Message("AssessmentEdit", "%1 is already another model of the family").arg(value));
    }
    if (productTexts.contains(key)) {
        p.*productTexts.value(key) = value;
        return {};
    }
    if (key == QLatin1String("product.manufacturer.ja") || key == QLatin1String("product.manufacturer.en")
        || key == QLatin1String("product.name.ja") || key == QLatin1String("product.name.en")) {
        LocalizedText& t = parts[1] == QLatin1String("name") ? p.name : p.manufacturer;
        (parts[2] == QLatin1String("ja") ? t.ja : t.en) = value;
        return {};
    }
    if (key == QLatin1String("product.released"))
        return date(p.released);
    if (key == QLatin1String("product.support_until"))
        return date(p.supportUntil);
    if (key == QLatin1String("product.vulnerability_contact")) {
        p.vulnerabilityContact = value;
        if (const std::optional<QString> problem = Product::contactProblem(value))
            return wrong(key, "assessment.unusable-contact", Message::plain(*problem));
        return {};
    }
    if (key == QLatin1String("product.needed_interfaces")) {
        QStringList entries;
        for (const QString& entry : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!entry.trimmed().isEmpty())
                entries << entry.trimmed();
        }
        if (const std::optional<Message> problem = Product::interfacesProblem(entries))
            return wrong(key, "assessment.bad-interface", *problem);
        p.neededInterfaces = entries;
        return {};
    }
    if (key == QLatin1String("evaluator.name")) {
        a.evaluator.name = value;
        return {};
    }
    if (key == QLatin1String("evaluator.organisation")) {
        a.evaluator.organisation = value;
        return {};
    }
    if (parts.size() == 2 && parts[0] == QLatin1String("profile")) {
        const Question* q = CatalogChain::question(m_chain, parts[1]);
        if (!q) {
            return wrong(key, "assessment.unknown-question",
                Message("AssessmentEdit", "'%1' is not a question of this assessment's catalogs").arg(parts[1]));
        }
        if (value.isEmpty()) {
            a.profile.remove(q->id);
            return {};
        }
        if (q->type == Question::Type::Boolean && value != QLatin1String("true") && value != QLatin1String("false")) {
            return wrong(key, "assessment.not-yes-or-no",
                Message("AssessmentEdit", "'%1' is a yes/no question; the answer is true or false").arg(q->id));
        }
        if (q->type == Question::Type::Choice && !q->hasOption(value)) {
            return wrong(key, "assessment.not-an-option", Message("AssessmentEdit", "'%1' is not an option of '%2'").arg(value).arg(q->id));
        }
        a.profile.insert(q->id, value);
        return {};
    }
    return assignResult(a, key, value);
}

Result<void> AssessmentEdit::assignResult(Assessment& a, const QString& key, const QString& value) const
{
    QString id;
    for (qsizetype dot = key.indexOf(QLatin1Char('.')); dot > 0 && id.isEmpty(); dot = key.indexOf(QLatin1Char('.'), dot + 1)) {
        if (CatalogChain::requirement(m_chain, key.left(dot)))
            id = key.left(dot);
    }
    const Problem unknownKey = wrong(key, "assessment.unknown-key", Message("AssessmentEdit", "unknown key"));
    if (id.isEmpty()) {
        qsizetype earliest = -1;
        for (const QString& field : resultFields) {
            const qsizetype at = key.indexOf(field);
            if (at > 0 && (earliest < 0 || at < earliest))
                earliest = at;
        }
        if (earliest > 0) {
            return wrong(key, "assessment.unknown-requirement",
                Message("AssessmentEdit", "'%1' is not a requirement of this assessment's catalogs").arg(key.left(earliest)));
        }
        return unknownKey;
    }
    const QString rest = key.mid(id.size());
    const auto field = std::find_if(resultFields.cbegin(), resultFields.cend(),
        [&](const QString& f) { return f.endsWith(QLatin1Char('.')) ? rest.startsWith(f) : rest == f; });
    if (field == resultFields.cend())
        return unknownKey;
    Assessment::Result& result = a.results[id];
    const QStringList list = value.isEmpty() ? QStringList() : value.split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (*field == QLatin1String(".verdict")) {
        const std::optional<Verdict> v = termFromName<Verdict>(verdicts, value.toStdString());
        if (!v) {
            return wrong(key, "assessment.not-a-verdict",
                Message("AssessmentEdit", "'%1' is not a verdict; the verdicts are %2").arg(value).arg(termList<Verdict>(verdicts)));
        }
        giveVerdict(result, *v);
    } else if (*field == QLatin1String(".items")) {
        result.items = list;
    } else if (*field == QLatin1String(".rationale")) {
        result.rationale = value;
    } else if (*field == QLatin1String(".justification")) {
        result.justification = value;
    } else if (*field == QLatin1String(".evidence")) {
        result.evidence.clear();
        for (const QString& name : list) {
            QString problem;
            const std::optional<QString> located = EvidenceSource::locate(m_evidenceFolder, name.trimmed(), &problem);
            if (!located)
                return wrong(key, "evidence.not-found", Message::plain(problem));
            result.evidence.append({name.trimmed(), {}, QFileInfo(*located).size(), *located});
        }
    } else {
        const QString testKey = rest.mid(field->size());
        const qsizetype last = testKey.lastIndexOf(QLatin1Char('.'));
        const QString property = testKey.mid(last + 1);
        if (last <= 0 || (property != QLatin1String("verdict") && property != QLatin1String("observed"))) {
            return wrong(key, "assessment.unknown-test-key",
                Message("AssessmentEdit", "a test case's keys are %1.tests.<test id>.verdict and .observed").arg(id));
        }
        Assessment::TestResult& test = result.tests[testKey.left(last)];
        if (property == QLatin1String("observed")) {
            test.observed = value;
        } else {
            const std::optional<TestVerdict> v = termFromName<TestVerdict>(testVerdicts, value.toStdString());
            if (!v) {
                return wrong(key, "assessment.not-a-test-verdict",
                    Message("AssessmentEdit", "'%1' is not a test verdict; the test verdicts are %2")
                        .arg(value)
                        .arg(termList<TestVerdict>(testVerdicts)));
            }
            test.verdict = *v;
        }
    }
    return {};
}

QStringList AssessmentEdit::keys()
{
    return {QStringLiteral("product.model"), QStringLiteral("product.firmware"), QStringLiteral("product.hardware"),
        QStringLiteral("product.released"), QStringLiteral("product.support_until"), QStringLiteral("product.vulnerability_contact"),
        QStringLiteral("product.needed_interfaces"), QStringLiteral("product.manufacturer.ja|en"), QStringLiteral("product.name.ja|en"), QStringLiteral("evaluator.name"),
        QStringLiteral("evaluator.organisation"), QStringLiteral("profile.<question>"),
        QStringLiteral("<requirement>.verdict|items|rationale|justification|evidence"),
        QStringLiteral("<requirement>.tests.<test>.verdict|observed")};
}

void AssessmentEdit::giveVerdict(Assessment::Result& result, Verdict verdict)
{
    result.verdict = verdict;
    result.recheck = false; // a verdict given again is a verdict re-checked
}

Problems AssessmentEdit::addEvidence(Assessment::Result& result, const QStringList& paths)
{
    Problems problems;
    for (const QString& path : paths) {
        const QFileInfo info(path);
        if (!info.exists()) {
            problems << Problem::invalid(QStringLiteral("evidence.missing"), Message("AssessmentEdit", "the file is missing"), {path});
            continue;
        }
        if (!info.isFile() || !info.isReadable()) {
            problems << Problem::invalid(QStringLiteral("evidence.unreadable"), Message("AssessmentEdit", "not a readable file"), {path});
            continue;
        }
        const QString name = EvidenceName::unique(info.fileName(), [&](const QString& candidate) {
            return std::any_of(
                result.evidence.cbegin(), result.evidence.cend(), [&](const Assessment::Evidence& e) { return e.name == candidate; });
        });
        result.evidence.append({name, {}, info.size(), info.canonicalFilePath()});
    }
    return problems;
}

} // namespace starmark
