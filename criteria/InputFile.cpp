#include "criteria/InputFile.h"

#include "criteria/InputLimits.h"

#include <QFile>
#include <QFileInfo>

namespace starmark {
namespace {

QString tooLarge(qint64 size, qint64 maxBytes)
{
    return InputLimits::exceeded(QStringLiteral("the file has"), size, maxBytes, QStringLiteral("bytes"),
        QStringLiteral("it was not read; check that this is the file meant"));
}

} // namespace

std::optional<QByteArray> InputFile::read(const QString& path, qint64 maxBytes, QString* problem)
{
    const QFileInfo info(path);
    QFile file(path);
    if (!info.exists())
        *problem = QStringLiteral("no such file; check the path");
    else if (info.isDir())
        *problem = QStringLiteral("this is a folder; name a file");
    else if (!info.isFile())
        *problem = QStringLiteral("this is a device, pipe or socket, not a file; name a file");
    else if (info.size() > maxBytes)
        *problem = tooLarge(info.size(), maxBytes);
    else if (!file.open(QIODevice::ReadOnly))
        *problem = QStringLiteral("cannot be read (%1); check its permissions").arg(file.errorString());
    else if (QByteArray bytes = file.read(maxBytes + 1); bytes.size() > maxBytes) // it grew since
        *problem = tooLarge(bytes.size(), maxBytes);
    else if (file.error() != QFileDevice::NoError)
        *problem = QStringLiteral("cannot be read (%1)").arg(file.errorString());
    else
        return bytes;
    return std::nullopt;
}

} // namespace starmark
