#pragma once

#include <QFile>

#include <memory>
#include <optional>

namespace starmark {

// A file read as evidence, as a hostile declaration would have it read: only a
// regular file (never a device, FIFO, socket or folder), found by a relative
// path that stays inside its folder once symlinks are resolved, no larger than
// `maxSize`, and read no further than its size when it was opened, so that a
// file growing under the reader cannot run away with the disk.
class EvidenceSource {
public:
    static constexpr qint64 maxSize = qint64(8) << 30; // 8 GiB; docs/limits.md, "Evidence"

    // The canonical path of `name` inside `folder`, or nullopt with `problem` saying what to do.
    static std::optional<QString> locate(const QString& folder, const QString& name, QString* problem);
    // Opens `path` (canonical: a symlink there is refused) as evidence, or nullptr with `problem`.
    static std::unique_ptr<EvidenceSource> open(const QString& path, QString* problem);

    qint64 size() const { return m_size; }
    // The next at most `max` bytes, never past the size at open; empty at the end.
    QByteArray read(qint64 max);
    bool rewind()
    {
        m_read = 0;
        return m_file.seek(0);
    }
    // After the last read: whether everything was read and nothing more was there.
    bool readWhole();
    QString errorString() const { return m_file.errorString(); }

private:
    EvidenceSource() = default;

    QFile m_file;
    qint64 m_size = 0;
    qint64 m_read = 0;
};

} // namespace starmark
