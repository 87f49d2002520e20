#include "evaluators/EvidenceSource.h"

#include <QDir>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace starmark {
namespace {

QString kindProblem(const struct stat& st)
{
    if (S_ISDIR(st.st_mode))
        return QStringLiteral("is a folder; name the files in it one by one");
    if (!S_ISREG(st.st_mode))
        return QStringLiteral("is not a regular file (a device, FIFO or socket); only regular files can be evidence");
    if (st.st_size > EvidenceSource::maxSize) {
        return QStringLiteral("is %1 bytes, more than the limit of %2 bytes (8 GiB) for one evidence file; split or compress it")
            .arg(qlonglong(st.st_size))
            .arg(EvidenceSource::maxSize);
    }
    return {};
}

} // namespace

std::optional<QString> EvidenceSource::locate(const QString& folder, const QString& name, QString* problem)
{
    const QString clean = QDir::cleanPath(name);
    QString why;
    if (name.trimmed().isEmpty())
        why = QStringLiteral("evidence has an empty name; name a file relative to the folder");
    else if (QDir::isAbsolutePath(name) || name.startsWith(QLatin1Char('~')))
        why = QStringLiteral("evidence '%1' is an absolute path; copy the file into %2 and name it relative to that folder").arg(name, folder);
    else if (clean == QLatin1String("..") || clean.startsWith(QLatin1String("../")))
        why = QStringLiteral("evidence '%1' leaves the folder %2; copy the file into it and name it relative to it").arg(name, folder);
    if (!why.isEmpty()) {
        *problem = why;
        return std::nullopt;
    }
    const QString root = QFileInfo(folder).canonicalFilePath();
    const QFileInfo candidate(QDir(folder), clean);
    struct stat st;
    if (::lstat(QFile::encodeName(candidate.absoluteFilePath()).constData(), &st) != 0) {
        *problem = QStringLiteral("evidence file '%1' does not exist (looked for %2); fix the path, relative to %3")
                       .arg(name, candidate.absoluteFilePath(), folder);
        return std::nullopt;
    }
    const QString canonical = candidate.canonicalFilePath();
    const QString prefix = root.endsWith(QLatin1Char('/')) ? root : root + QLatin1Char('/'); // the folder may be /
    if (root.isEmpty() || canonical.isEmpty() || !canonical.startsWith(prefix)) {
        *problem = QStringLiteral("evidence '%1' is a symbolic link that leads out of the folder %2; copy the file itself into it")
                       .arg(name, folder);
        return std::nullopt;
    }
    if (::stat(QFile::encodeName(canonical).constData(), &st) != 0) {
        *problem = QStringLiteral("evidence file '%1' cannot be read (%2)").arg(name, QString::fromLocal8Bit(std::strerror(errno)));
        return std::nullopt;
    }
    if (const QString kind = kindProblem(st); !kind.isEmpty()) {
        *problem = QStringLiteral("evidence '%1' %2").arg(name, kind);
        return std::nullopt;
    }
    return canonical;
}

std::unique_ptr<EvidenceSource> EvidenceSource::open(const QString& path, QString* problem)
{
    const QByteArray native = QFile::encodeName(path);
    struct stat st;
    // Looked at before it is opened: opening a device or a FIFO can itself block or act.
    if (::lstat(native.constData(), &st) != 0) {
        *problem = QStringLiteral("%1 cannot be read (%2)").arg(path, QString::fromLocal8Bit(std::strerror(errno)));
        return nullptr;
    }
    if (S_ISLNK(st.st_mode)) {
        *problem = QStringLiteral("%1 is a symbolic link; name the file itself").arg(path);
        return nullptr;
    }
    if (const QString kind = kindProblem(st); !kind.isEmpty()) {
        *problem = QStringLiteral("%1 %2").arg(path, kind);
        return nullptr;
    }
    const int fd = ::open(native.constData(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    if (fd < 0) {
        *problem = QStringLiteral("%1 cannot be read (%2); check its permissions").arg(path, QString::fromLocal8Bit(std::strerror(errno)));
        return nullptr;
    }
    // What was opened is checked again: the path may have been swapped since it was looked at.
    struct stat opened;
    if (::fstat(fd, &opened) != 0 || opened.st_dev != st.st_dev || opened.st_ino != st.st_ino || !kindProblem(opened).isEmpty()) {
        ::close(fd);
        *problem = QStringLiteral("%1 was replaced while it was opened; try again").arg(path);
        return nullptr;
    }
    std::unique_ptr<EvidenceSource> source(new EvidenceSource);
    if (!source->m_file.open(fd, QIODevice::ReadOnly | QIODevice::Unbuffered, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        *problem = QStringLiteral("%1 cannot be read (%2)").arg(path, source->m_file.errorString());
        return nullptr;
    }
    source->m_size = opened.st_size;
    return source;
}

QByteArray EvidenceSource::read(qint64 max)
{
    const qint64 wanted = qMin(max, m_size - m_read);
    if (wanted <= 0)
        return {};
    QByteArray chunk = m_file.read(wanted);
    m_read += chunk.size();
    return chunk;
}

bool EvidenceSource::readWhole()
{
    char extra;
    return m_read == m_size && m_file.error() == QFileDevice::NoError && m_file.read(&extra, 1) == 0;
}

} // namespace starmark
