#pragma once

#include "labels/QrCode.h"

#include <QByteArray>
#include <QSizeF>

#include <optional>

namespace starmark {

// The printed label: the ★ mark with its level, the QR code with its quiet
// zone, and the registration number. No dates: they change, and they live
// behind the QR code. Vector SVG and PDF, and PNG (600 dpi by default).
class LabelArtwork {
public:
    enum class Size { Standard, Small }; // Small: for the box or the manual of a small product
    enum class Format { Svg, Pdf, Png };
    struct Input {
        int level = 1;
        QString registration;
        QrCode qr;
        Size size = Size::Standard;
    };

    static QSizeF millimetres(Size size);
    static std::optional<Format> formatOf(const QString& path);
    static QByteArray render(const Input& input, Format format, int dpi = 600);
};

} // namespace starmark
