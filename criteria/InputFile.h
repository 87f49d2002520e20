#pragma once

#include "criteria/Result.h"

#include <QByteArray>
#include <QFile>
#include <QString>

#include <memory>

namespace starmark {

// The whole of a file someone else made (a report, a key, a plan, a catalog):
// only a regular file — a pipe would block for ever, a device never end — and
// refused before it is read when it is larger than `maxBytes` (one of
// InputLimits), so that a wrong or hostile file costs nothing to turn away.
class InputFile {
public:
    // The bytes, or one Unusable problem placed at the file (codes file.*, docs/errors.md).
    static Result<QByteArray> read(const QString& path, qint64 maxBytes);
    // The same checks, the file left open for a reader that streams it.
    static Result<std::unique_ptr<QFile>> open(const QString& path, qint64 maxBytes);
};

} // namespace starmark
