#include "reports/checklist/XlsxPackage.h"

#include "criteria/InputFile.h"

#include <QBuffer>
#include <QLocale>

#include <minizip/unzip.h>
#include <minizip/zip.h>

namespace starmark {
namespace {

Problem notAWorkbook(const QString& path, Message why)
{
    return Problem::unusable(QStringLiteral("checklist.not-a-workbook"), std::move(why), {path});
}

Problem tooLarge(const QString& path, Message why)
{
    return Problem::unusable(QStringLiteral("checklist.too-large"), std::move(why), {path});
}

// minizip over a QBuffer, so that what is read is the very bytes hashed, and what is written
// never touches the disk. (Not QuaZip: its minizip exports the same symbols as the system
// minizip libxlsxwriter calls, with other signatures, and one process cannot hold both.)
voidpf ZCALLBACK openBuffer(voidpf opaque, const void*, int)
{
    return opaque;
}
uLong ZCALLBACK readBuffer(voidpf, voidpf stream, void* buf, uLong size)
{
    return uLong(std::max<qint64>(0, static_cast<QBuffer*>(stream)->read(static_cast<char*>(buf), qint64(size))));
}
uLong ZCALLBACK writeBuffer(voidpf, voidpf stream, const void* buf, uLong size)
{
    return uLong(std::max<qint64>(0, static_cast<QBuffer*>(stream)->write(static_cast<const char*>(buf), qint64(size))));
}
ZPOS64_T ZCALLBACK tellBuffer(voidpf, voidpf stream)
{
    return ZPOS64_T(static_cast<QBuffer*>(stream)->pos());
}
long ZCALLBACK seekBuffer(voidpf, voidpf stream, ZPOS64_T offset, int origin)
{
    auto* b = static_cast<QBuffer*>(stream);
    const qint64 base = origin == ZLIB_FILEFUNC_SEEK_SET ? 0 : origin == ZLIB_FILEFUNC_SEEK_CUR ? b->pos() : b->size();
    const qint64 to = base + qint64(offset);
    return to >= 0 && to <= b->size() && b->seek(to) ? 0 : -1;
}
int ZCALLBACK closeBuffer(voidpf, voidpf)
{
    return 0;
}
int ZCALLBACK errorBuffer(voidpf, voidpf)
{
    return 0;
}

zlib_filefunc64_def over(QBuffer& buffer)
{
    return {openBuffer, readBuffer, writeBuffer, tellBuffer, seekBuffer, closeBuffer, errorBuffer, &buffer};
}

QString grouped(qint64 n)
{
    return QLocale(QLocale::English).toString(n);
}

} // namespace

Result<XlsxPackage> XlsxPackage::read(const QString& path)
{
    const Result<QByteArray> bytes = InputFile::read(path, maxFileBytes);
    if (!bytes)
        return bytes.problems();
    return read(*bytes, path);
}

Result<XlsxPackage> XlsxPackage::read(const QByteArray& zipBytes, const QString& path)
{
    QByteArray data = zipBytes;
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    zlib_filefunc64_def io = over(buffer);
    unzFile zip = unzOpen2_64("", &io);
    if (!zip)
        return notAWorkbook(path, Message("XlsxPackage", "not a workbook: it is not a zip archive"));
    const std::unique_ptr<void, int (*)(unzFile)> closer(zip, unzClose);
    unz_global_info64 global{};
    if (unzGetGlobalInfo64(zip, &global) != UNZ_OK)
        return notAWorkbook(path, Message("XlsxPackage", "the zip archive is damaged"));
    if (global.number_entry > ZPOS64_T(maxEntries)) {
        return tooLarge(path,
            Message("XlsxPackage", "the archive has %1 entries; a workbook has at most %2").arg(grouped(qint64(global.number_entry))).arg(grouped(maxEntries)));
    }
    XlsxPackage package;
    package.m_path = path;
    qint64 total = 0;
    int status = unzGoToFirstFile(zip);
    for (int count = 0; status == UNZ_OK; status = unzGoToNextFile(zip)) {
        if (++count > maxEntries)
            return tooLarge(path, Message("XlsxPackage", "the archive has %1 entries; a workbook has at most %2").arg(grouped(count)).arg(grouped(maxEntries)));
        char rawName[1024];
        unz_file_info64 info{};
        if (unzGetCurrentFileInfo64(zip, &info, rawName, sizeof rawName, nullptr, 0, nullptr, 0) != UNZ_OK)
            return notAWorkbook(path, Message("XlsxPackage", "the zip archive is damaged"));
        const QString name = QString::fromUtf8(rawName);
        if (unzOpenCurrentFile(zip) != UNZ_OK)
            return notAWorkbook(path, Message("XlsxPackage", "the archive's entry %1 cannot be read").arg(name));
        // The sizes in the archive's directory are the sender's word: count what inflates.
        QByteArray bytes;
        char chunk[64 * 1024];
        int n = 0;
        while ((n = unzReadCurrentFile(zip, chunk, sizeof chunk)) > 0) {
            bytes.append(chunk, n);
            if (bytes.size() > maxEntryBytes) {
                unzCloseCurrentFile(zip);
                return tooLarge(path, Message("XlsxPackage", "the archive's entry %1 inflates to more than %2 bytes").arg(name).arg(grouped(maxEntryBytes)));
            }
            if (total + bytes.size() > maxTotalBytes) {
                unzCloseCurrentFile(zip);
                return tooLarge(path, Message("XlsxPackage", "the archive inflates to more than %1 bytes in all").arg(grouped(maxTotalBytes)));
            }
        }
        // UNZ_CRCERROR here: the entry's content does not match its checksum.
        if (unzCloseCurrentFile(zip) != UNZ_OK || n < 0)
            return notAWorkbook(path, Message("XlsxPackage", "the archive's entry %1 is damaged").arg(name));
        total += bytes.size();
        package.m_entries.append({name, std::move(bytes)});
    }
    if (status != UNZ_END_OF_LIST_OF_FILE)
        return notAWorkbook(path, Message("XlsxPackage", "the zip archive is damaged"));
    return package;
}

QByteArray XlsxPackage::zip() const
{
    QByteArray data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadWrite);
    zlib_filefunc64_def io = over(buffer);
    zipFile zip = zipOpen2_64("", APPEND_STATUS_CREATE, nullptr, &io);
    if (!zip)
        return {};
    bool ok = true;
    for (const Entry& e : m_entries) {
        // A fixed date keeps the same content the same bytes.
        zip_fileinfo info{};
        info.tmz_date.tm_year = 1980;
        info.tmz_date.tm_mday = 1;
        const QByteArray name = e.name.toUtf8();
        ok = ok && zipOpenNewFileInZip(zip, name.constData(), &info, nullptr, 0, nullptr, 0, nullptr, Z_DEFLATED, Z_DEFAULT_COMPRESSION) == ZIP_OK
            && zipWriteInFileInZip(zip, e.bytes.constData(), unsigned(e.bytes.size())) == ZIP_OK && zipCloseFileInZip(zip) == ZIP_OK;
    }
    ok = zipClose(zip, nullptr) == ZIP_OK && ok;
    return ok ? data : QByteArray();
}

const QByteArray* XlsxPackage::part(const QString& name) const
{
    for (const Entry& e : m_entries) {
        if (e.name == name)
            return &e.bytes;
    }
    return nullptr;
}

void XlsxPackage::replace(const QString& name, const QByteArray& bytes)
{
    for (Entry& e : m_entries) {
        if (e.name == name) {
            e.bytes = bytes;
            return;
        }
    }
    m_entries.append({name, bytes});
}

} // namespace starmark
