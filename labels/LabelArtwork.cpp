#include "labels/LabelArtwork.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QtMath>

namespace starmark {
namespace {

const QColor ink(0x12, 0x2a, 0x4a);

// Where everything goes, in millimetres: computed once, drawn by QPainter
// (PDF, PNG) or written out as SVG text, which is many times faster than
// painting through QSvgGenerator.
struct Layout {
    QSizeF size;
    qreal margin = 0;
    QRectF title;
    qreal titlePixels = 0; // font size, mm
    QList<QPointF> starCentres;
    qreal starRadius = 0;
    qreal qrTop = 0;
    qreal qrSide = 0;
    QRectF number;
    qreal numberPixels = 0;
    QString numberText;

    static Layout of(const LabelArtwork::Input& in)
    {
        Layout l;
        const bool small = in.size == LabelArtwork::Size::Small;
        l.size = LabelArtwork::millimetres(in.size);
        const qreal w = l.size.width();
        l.margin = small ? 0.8 : 1.5;
        const qreal titleHeight = small ? 2.6 : 4.0;
        l.title = QRectF(0, l.margin, w, titleHeight);
        l.titlePixels = small ? 1.9 : 3.0;
        l.starRadius = small ? 1.1 : 1.9;
        const qreal starsTop = l.margin + titleHeight;
        for (int i = 0; i < 4; ++i)
            l.starCentres << QPointF(w / 2 + (i - 1.5) * l.starRadius * 2.4, starsTop + l.starRadius);
        l.qrTop = starsTop + 2 * l.starRadius + (small ? 0.6 : 1.2);
        const qreal numberHeight = small ? 2.6 : 4.2;
        l.qrSide = std::min(w - 2 * l.margin, l.size.height() - l.qrTop - numberHeight - l.margin);
        l.number = QRectF(0, l.qrTop + l.qrSide, w, numberHeight);
        l.numberText = small ? in.registration : QStringLiteral("登録番号 %1").arg(in.registration);
        // Long registration numbers still fit inside the border (about 0.55 em a Latin character, 1 em a kanji).
        qreal em = 0;
        for (const QChar c : l.numberText)
            em += c.unicode() > 0x2e80 ? 1.0 : 0.56;
        l.numberPixels = std::min(small ? 1.6 : 2.4, (w - 2 * l.margin) / std::max(em, 1.0));
        return l;
    }
};

QPolygonF star(const QPointF& centre, qreal outer)
{
    QPolygonF points;
    for (int i = 0; i < 10; ++i) {
        const qreal r = i % 2 ? outer * 0.42 : outer;
        const qreal angle = -M_PI / 2 + i * M_PI / 5;
        points << QPointF(centre.x() + r * std::cos(angle), centre.y() + r * std::sin(angle));
    }
    return points;
}

QString number(qreal v)
{
    return QString::number(v, 'f', 3);
}

QByteArray svg(const LabelArtwork::Input& in, const Layout& l)
{
    const QString inkName = ink.name();
    QString s;
    s.reserve(40000);
    s += QStringLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%1mm\" height=\"%2mm\" viewBox=\"0 0 %1 %2\">\n"
        "<title>JC-STAR label %3</title>\n"
        "<rect x=\"0\" y=\"0\" width=\"%1\" height=\"%2\" fill=\"#fff\"/>\n"
        "<rect x=\"0.15\" y=\"0.15\" width=\"%4\" height=\"%5\" rx=\"1.2\" fill=\"none\" stroke=\"%6\" stroke-width=\"0.25\"/>\n")
             .arg(number(l.size.width()), number(l.size.height()), in.registration.toHtmlEscaped(), number(l.size.width() - 0.3),
                 number(l.size.height() - 0.3), inkName);
    s += QStringLiteral("<text x=\"%1\" y=\"%2\" font-family=\"IPAPGothic, sans-serif\" font-weight=\"bold\" font-size=\"%3\" fill=\"%4\" "
                        "text-anchor=\"middle\" dominant-baseline=\"central\">JC-STAR</text>\n")
             .arg(number(l.title.center().x()), number(l.title.center().y()), number(l.titlePixels), inkName);
    for (int i = 0; i < 4; ++i) {
        QString points;
        for (const QPointF& p : star(l.starCentres[i], l.starRadius))
            points += number(p.x()) + QLatin1Char(',') + number(p.y()) + QLatin1Char(' ');
        s += i < in.level
            ? QStringLiteral("<polygon points=\"%1\" fill=\"%2\"/>\n").arg(points, inkName)
            : QStringLiteral("<polygon points=\"%1\" fill=\"none\" stroke=\"%2\" stroke-width=\"0.2\"/>\n").arg(points, inkName);
    }
    // The QR code as one path of unit squares, in module units scaled into place.
    const int modules = in.qr.width + 8;
    const qreal module = l.qrSide / modules;
    const qreal left = (l.size.width() - l.qrSide) / 2;
    s += QStringLiteral("<path transform=\"translate(%1 %2) scale(%3)\" fill=\"#000\" d=\"")
             .arg(number(left), number(l.qrTop), number(module));
    for (int y = 0; y < in.qr.width; ++y) {
        for (int x = 0; x < in.qr.width; ++x) {
            if (in.qr.isDark(x, y))
                s += QStringLiteral("M%1 %2h1v1h-1z").arg(x + 4).arg(y + 4);
        }
    }
    s += QStringLiteral("\"/>\n");
    s += QStringLiteral(
        "<text x=\"%1\" y=\"%2\" font-family=\"IPAPGothic, sans-serif\" font-size=\"%3\" fill=\"#000\" text-anchor=\"middle\" "
        "dominant-baseline=\"central\">%4</text>\n</svg>\n")
             .arg(number(l.number.center().x()), number(l.number.center().y()), number(l.numberPixels), l.numberText.toHtmlEscaped());
    return s.toUtf8();
}

void paint(QPainter& painter, const LabelArtwork::Input& in, const Layout& l, qreal u, bool snapToPixels)
{
    const QRectF page(0, 0, l.size.width() * u, l.size.height() * u);
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.fillRect(page, Qt::white);
    painter.setPen(QPen(ink, 0.25 * u));
    painter.drawRoundedRect(QRectF(0.15 * u, 0.15 * u, page.width() - 0.3 * u, page.height() - 0.3 * u), 1.2 * u, 1.2 * u);
    const auto scaled = [u](const QRectF& r) { return QRectF(r.x() * u, r.y() * u, r.width() * u, r.height() * u); };

    QFont title(QStringLiteral("IPAPGothic"));
    title.setBold(true);
    title.setPixelSize(qMax(1, int(l.titlePixels * u)));
    painter.setFont(title);
    painter.setPen(ink);
    painter.drawText(scaled(l.title), Qt::AlignCenter, QStringLiteral("JC-STAR"));
    for (int i = 0; i < 4; ++i) {
        QPolygonF points = star(l.starCentres[i], l.starRadius);
        for (QPointF& p : points)
            p *= u;
        QPainterPath path;
        path.addPolygon(points);
        path.closeSubpath();
        if (i < in.level)
            painter.fillPath(path, ink);
        else
            painter.strokePath(path, QPen(ink, 0.2 * u));
    }

    painter.setRenderHint(QPainter::Antialiasing, !snapToPixels);
    const int modules = in.qr.width + 8;
    qreal module = l.qrSide * u / modules;
    if (snapToPixels)
        module = std::floor(module); // whole pixels: no blurred module edges for a scanner
    const qreal left = std::round((page.width() - module * modules) / 2) + 4 * module;
    const qreal top = std::round(l.qrTop * u) + 4 * module;
    QPainterPath path;
    for (int y = 0; y < in.qr.width; ++y) {
        for (int x = 0; x < in.qr.width; ++x) {
            if (in.qr.isDark(x, y))
                path.addRect(QRectF(left + x * module, top + y * module, module, module));
        }
    }
    path.setFillRule(Qt::WindingFill);
    painter.fillPath(path, Qt::black);

    painter.setRenderHint(QPainter::Antialiasing, true);
    QFont numberFont(QStringLiteral("IPAPGothic"));
    numberFont.setPixelSize(qMax(1, int(l.numberPixels * u)));
    painter.setFont(numberFont);
    painter.setPen(Qt::black);
    painter.drawText(scaled(l.number), Qt::AlignCenter, l.numberText);
}

} // namespace

QSizeF LabelArtwork::millimetres(Size size)
{
    return size == Size::Standard ? QSizeF(30, 41) : QSizeF(16, 22.5);
}

std::optional<LabelArtwork::Format> LabelArtwork::formatOf(const QString& path)
{
    const QString lower = path.toLower();
    if (lower.endsWith(QLatin1String(".svg")))
        return Format::Svg;
    if (lower.endsWith(QLatin1String(".pdf")))
        return Format::Pdf;
    if (lower.endsWith(QLatin1String(".png")))
        return Format::Png;
    return std::nullopt;
}

QByteArray LabelArtwork::render(const Input& input, Format format, int dpi)
{
    const Layout layout = Layout::of(input);
    if (format == Format::Svg)
        return svg(input, layout);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (format == Format::Pdf) {
        QPdfWriter pdf(&buffer);
        pdf.setPageSize(QPageSize(layout.size, QPageSize::Millimeter));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        pdf.setResolution(1200);
        pdf.setCreator(QStringLiteral("StarMark"));
        pdf.setTitle(QStringLiteral("JC-STAR label %1").arg(input.registration));
        QPainter painter(&pdf);
        paint(painter, input, layout, 1200 / 25.4, false);
    } else {
        const qreal unitsPerMm = dpi / 25.4;
        QImage image(QSize(qRound(layout.size.width() * unitsPerMm), qRound(layout.size.height() * unitsPerMm)), QImage::Format_RGB32);
        image.setDotsPerMeterX(qRound(dpi / 0.0254));
        image.setDotsPerMeterY(qRound(dpi / 0.0254));
        QPainter painter(&image);
        paint(painter, input, layout, unitsPerMm, true);
        painter.end();
        image.save(&buffer, "PNG");
    }
    return bytes;
}

} // namespace starmark
