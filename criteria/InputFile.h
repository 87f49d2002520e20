#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace starmark {

// The whole of a file someone else made (a report, a key, a plan, a catalog):
// only a regular file — a pipe would block for ever, a device never end — and
// refused before it is read when it is larger than `maxBytes` (one of
// InputLimits), so that a wrong or hostile file costs nothing to turn away.
class InputFile {
public:
    // nullopt with `problem` set: what is wrong and what to do, without the path (callers name it).
    static std::optional<QByteArray> read(const QString& path, qint64 maxBytes, QString* problem);
};

} // namespace starmark
