#pragma once

#include <QStringList>

class QImage;

namespace starmark {

// Reads QR codes from a photo or a scan (PNG, JPEG), through the zbar library.
class QrImageReader {
public:
    static QStringList read(const QImage& image);
    // nullopt with `problem` set when the file is not an image at all.
    static std::optional<QStringList> readFile(const QString& path, QString* problem);
};

} // namespace starmark
