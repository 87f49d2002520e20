#include "reports/PagedPdf.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

namespace starmark {

QByteArray PagedPdf::print(const QString& html, const QString& title, const QString& header)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(300);
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setCreator(QStringLiteral("StarMark"));
    writer.setTitle(title);

    const qreal mm = 300 / 25.4;
    const QRectF page(0, 0, writer.width(), writer.height());
    const QRectF body(18 * mm, 24 * mm, page.width() - 36 * mm, page.height() - 46 * mm);

    QTextDocument document;
    document.documentLayout()->setPaintDevice(&writer); // else text is laid out at 96 dpi
    QFont font(QStringLiteral("IPAPGothic"));
    font.setPointSizeF(9);
    document.setDefaultFont(font);
    document.setPageSize(body.size());
    document.setHtml(html);
    const int pages = document.pageCount();

    QPainter painter(&writer);
    QFont small(QStringLiteral("IPAPGothic"));
    small.setPointSizeF(7.5);
    for (int p = 0; p < pages; ++p) {
        if (p > 0)
            writer.newPage();
        painter.setFont(small);
        painter.setPen(QColor(0x44, 0x4c, 0x5a));
        painter.drawText(QRectF(body.left(), 10 * mm, body.width(), 8 * mm), Qt::AlignLeft | Qt::AlignBottom, header);
        painter.drawLine(QPointF(body.left(), 19 * mm), QPointF(body.right(), 19 * mm));
        painter.drawText(QRectF(body.left(), page.height() - 18 * mm, body.width(), 8 * mm), Qt::AlignCenter,
            QStringLiteral("%1 / %2").arg(p + 1).arg(pages));
        painter.save();
        painter.translate(body.left(), body.top() - p * body.height());
        const QRectF visible(0, p * body.height(), body.width(), body.height());
        painter.setClipRect(visible);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = visible;
        context.palette.setColor(QPalette::Text, Qt::black);
        document.documentLayout()->draw(&painter, context);
        painter.restore();
    }
    painter.end();
    return bytes;
}

} // namespace starmark
