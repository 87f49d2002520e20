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
    // The one label URL among `codes` (a code may be read more than once); nullopt with `problem` when there
    // is none, or several that differ: a second code pasted on or beside a label must not decide what is checked.
    static std::optional<QString> oneLabel(const QStringList& codes, QString* problem);
};

} // namespace starmark
