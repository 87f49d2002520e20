#include "StatusIcon.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace starmark::studio {

StatusIcon::State StatusIcon::of(Verdict verdict, bool needsAttention)
{
    if (needsAttention)
        return State::NeedsAttention;
    switch (verdict) {
    case Verdict::Pass:
        return State::Pass;
    case Verdict::Fail:
        return State::Fail;
    case Verdict::NotApplicable:
        return State::NotApplicable;
    case Verdict::NotAssessed:
        break;
    }
    return State::NotAssessed;
}

QIcon StatusIcon::icon(State state)
{
    // Drawn, not loaded, at each size a HiDPI screen may ask for.
    QIcon icon;
    for (const int side : {16, 32, 64}) {
        QPixmap pixmap(side, side);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        const qreal u = side / 16.0;
        const QRectF disc(1.5 * u, 1.5 * u, 13 * u, 13 * u);
        QPen pen(Qt::white, 2 * u, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        switch (state) {
        case State::Pass: {
            p.setBrush(QColor(0x2e, 0x7d, 0x32));
            p.setPen(Qt::NoPen);
            p.drawEllipse(disc);
            p.setPen(pen);
            QPainterPath tick;
            tick.moveTo(4.5 * u, 8.5 * u);
            tick.lineTo(7 * u, 11 * u);
            tick.lineTo(11.5 * u, 5.5 * u);
            p.drawPath(tick);
            break;
        }
        case State::Fail:
            p.setBrush(QColor(0xc6, 0x28, 0x28));
            p.setPen(Qt::NoPen);
            p.drawEllipse(disc);
            p.setPen(pen);
            p.drawLine(QPointF(5.5 * u, 5.5 * u), QPointF(10.5 * u, 10.5 * u));
            p.drawLine(QPointF(10.5 * u, 5.5 * u), QPointF(5.5 * u, 10.5 * u));
            break;
        case State::NotApplicable:
            p.setBrush(QColor(0x75, 0x75, 0x75));
            p.setPen(Qt::NoPen);
            p.drawEllipse(disc);
            p.setPen(pen);
            p.drawLine(QPointF(5 * u, 8 * u), QPointF(11 * u, 8 * u));
            break;
        case State::NotAssessed:
            p.setBrush(Qt::NoBrush);
            p.setPen(QPen(QColor(0x61, 0x61, 0x61), 1.5 * u));
            p.drawEllipse(disc);
            break;
        case State::NeedsAttention: {
            p.setBrush(QColor(0xef, 0x6c, 0x00));
            p.setPen(Qt::NoPen);
            QPolygonF triangle;
            triangle << QPointF(8 * u, 1 * u) << QPointF(15 * u, 14.5 * u) << QPointF(1 * u, 14.5 * u);
            p.drawPolygon(triangle);
            p.setPen(pen);
            p.drawLine(QPointF(8 * u, 5.5 * u), QPointF(8 * u, 9.5 * u));
            p.drawPoint(QPointF(8 * u, 12 * u));
            break;
        }
        }
        p.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace starmark::studio
