#include "reports/checklist/ChecklistLayout.h"

#include <QRegularExpression>

namespace starmark {

Message ChecklistLayout::sheetName()
{
    return Message("ChecklistLayout", "Checklist");
}

Message ChecklistLayout::productSheetName()
{
    return Message("ChecklistLayout", "Applicant and product");
}

Message ChecklistLayout::header(Column column)
{
    switch (column) {
    case Requirement:
        return Message("ChecklistLayout", "Requirement no.");
    case Text:
        return Message("ChecklistLayout", "Requirement");
    case Item:
        return Message("ChecklistLayout", "Evaluation item");
    case Method:
        return Message("ChecklistLayout", "Document review / device test");
    case Verdict:
        return Message("ChecklistLayout", "Verdict");
    case Rationale:
        return Message("ChecklistLayout", "Rationale");
    case Evidence:
        return Message("ChecklistLayout", "Evidence");
    }
    return {};
}

Message ChecklistLayout::verdictWord(starmark::Verdict verdict)
{
    switch (verdict) {
    case starmark::Verdict::Pass:
        return Message("ChecklistLayout", "Pass");
    case starmark::Verdict::Fail:
        return Message("ChecklistLayout", "Fail");
    case starmark::Verdict::NotApplicable:
        return Message("ChecklistLayout", "N/A");
    case starmark::Verdict::NotAssessed:
        return Message("ChecklistLayout", "Not assessed");
    }
    return {};
}

Message ChecklistLayout::tickWord()
{
    return Message("ChecklistLayout", "yes", "an evaluation item that holds");
}

std::optional<starmark::Verdict> ChecklistLayout::verdictFromWord(const QString& word)
{
    const QString w = word.trimmed();
    for (const Term<starmark::Verdict>& term : verdicts) {
        if (w.compare(QLatin1String(term.name.data(), qsizetype(term.name.size())), Qt::CaseInsensitive) == 0)
            return term.value;
        for (Language language : {Language::Japanese, Language::English}) {
            if (w.compare(verdictWord(term.value).text(language), Qt::CaseInsensitive) == 0)
                return term.value;
        }
    }
    return std::nullopt;
}

std::optional<bool> ChecklistLayout::tickFromWord(const QString& word)
{
    const QString w = word.trimmed();
    if (w == tickWord().text(Language::Japanese) || w == tickWord().text(Language::English))
        return true;
    static const QStringList yes{QStringLiteral("○"), QStringLiteral("◯"), QStringLiteral("✓"), QStringLiteral("✔"), QStringLiteral("yes"),
        QStringLiteral("はい"), QStringLiteral("1"), QStringLiteral("true")};
    static const QStringList no{QString(), QStringLiteral("-"), QStringLiteral("－"), QStringLiteral("×"), QStringLiteral("no"),
        QStringLiteral("いいえ"), QStringLiteral("0"), QStringLiteral("false")};
    if (yes.contains(w, Qt::CaseInsensitive))
        return true;
    if (no.contains(w, Qt::CaseInsensitive))
        return false;
    return std::nullopt;
}

QString ChecklistLayout::itemLabel(const QString& id, const QString& text)
{
    return QStringLiteral("(%1) %2").arg(id, text);
}

std::optional<QString> ChecklistLayout::itemIdOf(const QString& cell)
{
    static const QRegularExpression label(QStringLiteral("^\\s*[(（]([^)）]+)[)）]"));
    const QRegularExpressionMatch m = label.match(cell);
    if (!m.hasMatch())
        return std::nullopt;
    return m.captured(1).trimmed();
}

QList<ChecklistLayout::Row> ChecklistLayout::rows(const Assessment& assessment, const QList<const Catalog*>& chain, Language language)
{
    QList<Row> rows;
    for (const Catalog* catalog : chain) {
        for (const starmark::Requirement& r : catalog->requirements) {
            const Assessment::Result result = assessment.results.value(r.id);
            QStringList evidence;
            for (const Assessment::Evidence& e : result.evidence)
                evidence << e.name;
            QStringList cells(columnCount);
            cells[Requirement - 1] = r.id;
            cells[Text - 1] = r.text.in(language);
            cells[Method - 1] = starmark::Requirement::methodName(r.method).text(language);
            cells[Verdict - 1] = verdictWord(result.verdict).text(language);
            cells[Rationale - 1] = rationaleIsJustification(result.verdict) ? result.justification : result.rationale;
            cells[Evidence - 1] = evidence.join(QLatin1Char('\n'));
            rows.append({r.id, {}, cells});
            for (const starmark::Requirement::Item& item : r.items) {
                QStringList itemCells(columnCount);
                itemCells[Requirement - 1] = r.id;
                itemCells[Item - 1] = itemLabel(item.id, item.text.in(language));
                itemCells[Verdict - 1] = result.items.contains(item.id) ? tickWord().text(language) : QString();
                rows.append({r.id, item.id, itemCells});
            }
        }
    }
    return rows;
}

QStringList ChecklistLayout::models(const Product& product)
{
    // One model for now; a product family lists every model here, the representative first.
    return product.model.isEmpty() ? QStringList() : QStringList{product.model};
}

QList<std::pair<QString, QString>> ChecklistLayout::productRows(const Assessment& assessment, Language language)
{
    const Product& p = assessment.product;
    QList<std::pair<QString, QString>> rows{
        {Message("ChecklistLayout", "Manufacturer").text(language), p.manufacturer.in(language)},
        {Message("ChecklistLayout", "Product").text(language), p.name.in(language)},
    };
    for (const QString& model : models(p))
        rows.append({Message("ChecklistLayout", "Model number").text(language), model});
    rows << std::pair{Message("ChecklistLayout", "Firmware").text(language), p.firmware}
         << std::pair{Message("ChecklistLayout", "Support period ends").text(language), p.supportUntil.toString(Qt::ISODate)}
         << std::pair{Message("ChecklistLayout", "Vulnerability contact").text(language), p.vulnerabilityContact};
    return rows;
}

} // namespace starmark
