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

} // namespace starmark::ReportHtml
