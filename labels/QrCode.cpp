#include "labels/QrCode.h"

#include <qrencode.h>

namespace starmark {

bool QrCode::isAlphanumeric(const QString& text)
{
    static const QString set = QStringLiteral("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:");
    return std::all_of(text.begin(), text.end(), [](QChar c) { return set.contains(c); });
}

std::optional<QrCode> QrCode::encode(const QString& text, QString* problem)
{
    if (!isAlphanumeric(text)) {
        if (problem)
            *problem = QStringLiteral("the text has characters outside the QR alphanumeric set (0–9, A–Z, space, $%*+-./:)");
        return std::nullopt;
    }
    const QByteArray bytes = text.toLatin1();
    QRinput* input = QRinput_new2(0, QR_ECLEVEL_M);
    QRcode* code = nullptr;
    if (input && QRinput_append(input, QR_MODE_AN, int(bytes.size()), reinterpret_cast<const unsigned char*>(bytes.constData())) == 0)
        code = QRcode_encodeInput(input);
    QRinput_free(input);
    if (!code) {
        if (problem)
            *problem = QStringLiteral("libqrencode could not encode %1 characters").arg(text.size());
        return std::nullopt;
    }
    QrCode qr;
    qr.version = code->version;
    qr.width = code->width;
    qr.dark.resize(size_t(code->width * code->width));
    for (size_t i = 0; i < qr.dark.size(); ++i)
        qr.dark[i] = code->data[i] & 1;
    QRcode_free(code);
    if (qr.version > maxVersion) {
        if (problem)
            *problem = QStringLiteral("%1 characters need QR version %2; labels stay at version %3 or below (shorten the registry address)")
                           .arg(text.size())
                           .arg(qr.version)
                           .arg(maxVersion);
        return std::nullopt;
    }
    return qr;
}

} // namespace starmark
