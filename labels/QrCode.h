#pragma once

#include <QString>

#include <optional>
#include <vector>

namespace starmark {

// A QR code at error correction level M, in alphanumeric mode: label URLs are
// written in its character set so that they fit version 10.
struct QrCode {
    static constexpr int maxVersion = 10;

    int version = 0;
    int width = 0; // modules a side, without the quiet zone
    std::vector<bool> dark; // width × width, row by row

    bool isDark(int x, int y) const { return dark[size_t(y * width + x)]; }

    // nullopt with `problem` set: characters outside the alphanumeric set, or too long for version 10.
    static std::optional<QrCode> encode(const QString& text, QString* problem);
    static bool isAlphanumeric(const QString& text);
};

} // namespace starmark
