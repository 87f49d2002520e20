#include "labels/LabelArtwork.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QSvgGenerator>
#include <QtMath>

namespace starmark {
namespace {

QPainterPath star(const QPointF& centre, qreal outer)
{
    QPainterPath path;
    const qreal inner = outer * 0.42;
    for (int i = 0; i < 10; ++i) {
        const qreal r = i % 2 ? inner : outer;
        const qreal angle = -M_PI / 2 + i * M_PI / 5;
        const QPointF p(centre.x() + r * std::cos(angle), centre.y() + r * std::sin(angle));
        i == 0 ? path.moveTo(p) : path.lineTo(p);
    }
    path.closeSubpath();
    return path;
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

void LabelArtwork::paint(QPainter& painter, const Input& in, qreal u, bool snapToPixels)
{
    const QSizeF mm = millimetres(in.size);
    const bool small = in.size == Size::Small;
    const qreal w = mm.width() * u;
    const qreal h = mm.height() * u;
    const qreal margin = (small ? 0.8 : 1.5) * u;
    const QColor ink(0x12, 0x2a, 0x4a);

    painter.setRenderHint(QPainter::Antialiasing, !snapToPixels);
    painter.fillRect(QRectF(0, 0, w, h), Qt::white);
    painter.setPen(QPen(ink, 0.25 * u));
    painter.drawRoundedRect(QRectF(0.15 * u, 0.15 * u, w - 0.3 * u, h - 0.3 * u), 1.2 * u, 1.2 * u);

    // The mark: the scheme's name and four stars, as many filled as the level.
    QFont title(QStringLiteral("IPAPGothic"));
    title.setBold(true);
    title.setPixelSize(int((small ? 1.9 : 3.0) * u));
    painter.setFont(title);
    painter.setPen(ink);
    const qreal titleHeight = (small ? 2.6 : 4.0) * u;
    painter.drawText(QRectF(0, margin, w, titleHeight), Qt::AlignCenter, QStringLiteral("JC-STAR"));
    const qreal starRadius = (small ? 1.1 : 1.9) * u;
    const qreal starsTop = margin + titleHeight;
    const qreal pitch = starRadius * 2.4;
    painter.setRenderHint(QPainter::Antialiasing, true);
    for (int i = 0; i < 4; ++i) {
        const QPointF centre(w / 2 + (i - 1.5) * pitch, starsTop + starRadius);
        const QPainterPath s = star(centre, starRadius);
        if (i < in.level)
            painter.fillPath(s, ink);
        else
            painter.strokePath(s, QPen(ink, 0.2 * u));
    }
    painter.setRenderHint(QPainter::Antialiasing, !snapToPixels);

    // The QR code, with its quiet zone of four modules.
    const qreal qrTop = starsTop + 2 * starRadius + (small ? 0.6 : 1.2) * u;
    const qreal numberHeight = (small ? 2.6 : 4.2) * u;
    const qreal side = std::min(w - 2 * margin, h - qrTop - numberHeight - margin);
    const int modules = in.qr.width + 8;
    qreal module = side / modules;
    if (snapToPixels)
        module = std::floor(module); // whole pixels: no blurred module edges for a scanner
    const qreal left = std::round((w - module * modules) / 2) + 4 * module;
    const qreal top = std::round(qrTop) + 4 * module;
    QPainterPath path;
    for (int y = 0; y < in.qr.width; ++y) {
        for (int x = 0; x < in.qr.width; ++x) {
            if (in.qr.isDark(x, y))
                path.addRect(QRectF(left + x * module, top + y * module, module, module));
        }
    }
    path.setFillRule(Qt::WindingFill);
    painter.fillPath(path, Qt::black);

    // The registration number, the label's one lasting fact besides the level.
    QFont number(QStringLiteral("IPAPGothic"));
    const QString text = small ? in.registration : QStringLiteral("登録番号 %1").arg(in.registration);
    int pixels = int((small ? 1.6 : 2.4) * u);
    number.setPixelSize(pixels);
    while (pixels > 4 && QFontMetricsF(number, painter.device()).horizontalAdvance(text) > w - 2 * margin)
        number.setPixelSize(--pixels); // long registration numbers still fit inside the border
    painter.setFont(number);
    painter.setPen(Qt::black);
    const qreal numberTop = qrTop + module * modules;
    painter.drawText(QRectF(0, numberTop, w, numberHeight), Qt::AlignCenter, text);
}

QByteArray LabelArtwork::render(const Input& input, Format format, int dpi)
{
    const QSizeF mm = millimetres(input.size);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    switch (format) {
    case Format::Svg: {
        constexpr qreal unitsPerMm = 10;
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setResolution(254); // 10 units a millimetre: the file states its size in real units
        svg.setSize(QSize(int(mm.width() * unitsPerMm), int(mm.height() * unitsPerMm)));
        svg.setViewBox(QRectF(0, 0, mm.width() * unitsPerMm, mm.height() * unitsPerMm));
        svg.setTitle(QStringLiteral("JC-STAR label %1").arg(input.registration));
        QPainter painter(&svg);
        paint(painter, input, unitsPerMm, false);
        break;
    }
    case Format::Pdf: {
        QPdfWriter pdf(&buffer);
        pdf.setPageSize(QPageSize(mm, QPageSize::Millimeter));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        pdf.setResolution(1200);
        pdf.setCreator(QStringLiteral("StarMark"));
        pdf.setTitle(QStringLiteral("JC-STAR label %1").arg(input.registration));
        QPainter painter(&pdf);
        paint(painter, input, 1200 / 25.4, false);
        break;
    }
    case Format::Png: {
        const qreal unitsPerMm = dpi / 25.4;
        QImage image(QSize(qRound(mm.width() * unitsPerMm), qRound(mm.height() * unitsPerMm)), QImage::Format_RGB32);
        image.setDotsPerMeterX(qRound(dpi / 0.0254));
        image.setDotsPerMeterY(qRound(dpi / 0.0254));
        QPainter painter(&image);
        paint(painter, input, unitsPerMm, true);
        painter.end();
        image.save(&buffer, "PNG");
        break;
    }
    }
    return bytes;
}

} // namespace starmark
