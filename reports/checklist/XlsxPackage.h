#pragma once

#include "criteria/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace starmark {

// The parts of an .xlsx file (a zip), read into memory within bounds, because a workbook
// comes from anyone: a zip bomb, a million entries or a broken archive is refused before
// anything acts on it. Written back entry by entry, in the order read (minizip).
class XlsxPackage {
public:
    static constexpr int maxEntries = 1'000;
    static constexpr qint64 maxEntryBytes = 16 * 1024 * 1024; // uncompressed, one part (a 300-requirement sheet is 0.3 MiB)
    static constexpr qint64 maxTotalBytes = 48 * 1024 * 1024; // uncompressed, all parts
    static constexpr qint64 maxFileBytes = 16 * 1024 * 1024; // the .xlsx itself

    struct Entry {
        QString name;
        QByteArray bytes;
    };

    // Unusable problems (checklist.not-a-workbook, checklist.too-large) name `path`.
    static Result<XlsxPackage> read(const QString& path);
    static Result<XlsxPackage> read(const QByteArray& zip, const QString& path);
    // The zip of every entry, deflated; an empty array when QuaZip fails.
    QByteArray zip() const;

    const QString& path() const { return m_path; }
    const QList<Entry>& entries() const { return m_entries; }
    const QByteArray* part(const QString& name) const;
    void replace(const QString& name, const QByteArray& bytes);

private:
    QString m_path;
    QList<Entry> m_entries;
};

} // namespace starmark
