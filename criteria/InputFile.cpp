#include "criteria/InputFile.h"

#include "criteria/InputLimits.h"

#include <QFile>
#include <QFileInfo>

namespace starmark {
namespace {

Problem tooLarge(const QString& path, qint64 size, qint64 maxBytes)
{
    return Problem::unusable(QStringLiteral("file.too-large"),
        Message("InputFile", "the file has %1 bytes; the limit is %2 bytes (docs/limits.md), so it was not read")
            .arg(InputLimits::figure(size))
            .arg(InputLimits::figure(maxBytes)),
        {path, 0, 0});
}

} // namespace

Result<std::unique_ptr<QFile>> InputFile::open(const QString& path, qint64 maxBytes)
{
    const QFileInfo info(path);
    const SourceLocation where{path, 0, 0};
    if (!info.exists())
        return Problem::unusable(QStringLiteral("file.missing"), Message("InputFile", "no such file"), where);
    if (info.isDir())
        return Problem::unusable(QStringLiteral("file.is-folder"), Message("InputFile", "this is a folder, not a file"), where);
    if (!info.isFile())
        return Problem::unusable(
            QStringLiteral("file.not-regular"), Message("InputFile", "this is a device, pipe or socket, not a file"), where);
    if (info.size() > maxBytes)
        return tooLarge(path, info.size(), maxBytes);
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly))
        return Problem::unusable(QStringLiteral("file.unreadable"),
            Message("InputFile", "the file cannot be read (%1)").arg(Message::plain(file->errorString())), where);
    return file;
}

Result<QByteArray> InputFile::read(const QString& path, qint64 maxBytes)
{
    Result<std::unique_ptr<QFile>> file = open(path, maxBytes);
    if (!file)
        return file.problems();
    QByteArray bytes = (*file)->read(maxBytes + 1);
    if (bytes.size() > maxBytes) // it grew since
        return tooLarge(path, bytes.size(), maxBytes);
    if ((*file)->error() != QFileDevice::NoError)
        return Problem::unusable(QStringLiteral("file.unreadable"),
            Message("InputFile", "the file cannot be read (%1)").arg(Message::plain((*file)->errorString())), {path, 0, 0});
    return bytes;
}

} // namespace starmark
