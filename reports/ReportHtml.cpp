#include "reports/ReportHtml.h"

namespace starmark::ReportHtml {

QString esc(const QString& text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
}

QString row(const QStringList& cells, const QString& style, const QList<int>& widths)
{
    QString html = QStringLiteral("<tr>");
    for (qsizetype i = 0; i < cells.size(); ++i) {
        const QString width = i < widths.size() ? QStringLiteral(" width=\"%1%\"").arg(widths[i]) : QString();
        html += QStringLiteral("<td%1 style=\"%2\">%3</td>").arg(width, style, cells[i]);
    }
    return html + QStringLiteral("</tr>");
}

QString field(const QString& label, const QString& value)
{
    return QStringLiteral("<tr><td width=\"28%\" style=\"background:#eef2f7\"><b>%1</b></td><td>%2</td></tr>").arg(label, value);
}

QString models(const QStringList& models, const Words& w)
{
    if (models.size() <= 1)
        return esc(models.value(0));
    const QString representative
        = esc(models.first()) + QStringLiteral(" <i>(") + w(Message("ReportHtml", "representative model")) + QStringLiteral(")</i>");
    constexpr int perLine = 4;
    if (models.size() <= perLine) {
        QStringList cells{representative};
        for (qsizetype i = 1; i < models.size(); ++i)
            cells << esc(models[i]);
        return cells.join(QStringLiteral("<br/>"));
    }
    QString html = representative + QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\">");
    for (qsizetype i = 1; i < models.size(); i += perLine) {
        QStringList cells;
        for (qsizetype j = i; j < i + perLine; ++j)
            cells << (j < models.size() ? esc(models[j]) : QString());
        html += row(cells, {}, {25, 25, 25, 25});
    }
    return html + QStringLiteral("</table>");
}

QString modelsLabel(const QStringList& models, const Words& w)
{
    return models.size() <= 1 ? w(Message("ReportHtml", "Model")) : w(Message("ReportHtml", "Models (%1)").arg(models.size()));
}

} // namespace starmark::ReportHtml
