#include "labels/QrImageReader.h"

#include <QFileInfo>
#include <QImage>
#include <QImageReader>

#include <zbar.h>

namespace starmark {

using namespace zbar; // the C API, in C++ under this namespace

QStringList QrImageReader::read(const QImage& image)
{
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    QByteArray pixels;
    pixels.reserve(qsizetype(gray.width()) * gray.height());
    for (int y = 0; y < gray.height(); ++y)
        pixels.append(reinterpret_cast<const char*>(gray.constScanLine(y)), gray.width());

    zbar_image_scanner_t* scanner = zbar_image_scanner_create();
    zbar_image_scanner_set_config(scanner, ZBAR_NONE, ZBAR_CFG_ENABLE, 0);
    zbar_image_scanner_set_config(scanner, ZBAR_QRCODE, ZBAR_CFG_ENABLE, 1);
    zbar_image_t* z = zbar_image_create();
    zbar_image_set_format(z, zbar_fourcc('Y', '8', '0', '0'));
    zbar_image_set_size(z, unsigned(gray.width()), unsigned(gray.height()));
    zbar_image_set_data(z, pixels.constData(), unsigned(pixels.size()), nullptr);
    QStringList texts;
    if (zbar_scan_image(scanner, z) > 0) {
        for (const zbar_symbol_t* s = zbar_image_first_symbol(z); s; s = zbar_symbol_next(s))
            texts << QString::fromUtf8(zbar_symbol_get_data(s), int(zbar_symbol_get_data_length(s)));
    }
    zbar_image_destroy(z);
    zbar_image_scanner_destroy(scanner);
    return texts;
}

std::optional<QStringList> QrImageReader::readFile(const QString& path, QString* problem)
{
    QImageReader reader(path);
    const QImage image = reader.read();
    if (image.isNull()) {
        if (problem)
            *problem = QStringLiteral("%1: %2").arg(path,
                QFileInfo::exists(path) ? QStringLiteral("not an image this StarMark can read (PNG or JPEG)")
                                        : QStringLiteral("no such file"));
        return std::nullopt;
    }
    return read(image);
}

std::optional<QString> QrImageReader::oneLabel(const QStringList& codes, QString* problem)
{
    QStringList distinct;
    for (const QString& code : codes)
        if (!distinct.contains(code.trimmed()))
            distinct << code.trimmed();
    if (distinct.size() == 1)
        return distinct.constFirst();
    if (distinct.isEmpty()) {
        *problem = QStringLiteral("no QR code found in the image; photograph the label square-on, in focus");
        return std::nullopt;
    }
    QStringList shown;
    for (const QString& code : distinct)
        shown << QLatin1Char('\'') + code.left(60) + (code.size() > 60 ? QStringLiteral("…'") : QStringLiteral("'"));
    *problem = QStringLiteral("the image holds %1 different QR codes (%2): a label carries one, and a second one pasted on or beside it "
                              "may send phones elsewhere; photograph one label at a time")
                   .arg(distinct.size())
                   .arg(shown.join(QStringLiteral(", ")));
    return std::nullopt;
}

} // namespace starmark
