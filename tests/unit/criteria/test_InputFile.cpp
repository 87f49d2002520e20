#include "criteria/InputFile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace starmark;

namespace {

QString written(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return {};
    return path;
}

} // namespace

// The one problem of a refusal: its code, placed at the file, unusable (CLI exit 2).
void expectRefused(const Result<QByteArray>& read, const QString& path, const char* code)
{
    ASSERT_FALSE(read.ok());
    ASSERT_EQ(read.problems().size(), 1);
    const Problem& p = read.problems().constFirst();
    EXPECT_EQ(p.code, QLatin1String(code)) << p.toString(Language::English).toStdString();
    EXPECT_EQ(p.severity, Problem::Severity::Unusable);
    EXPECT_EQ(p.where.file, path);
    EXPECT_EQ(p.where.line, 0);
}

TEST(InputFile, ReadsAFileUpToTheLimit)
{
    QTemporaryDir dir;
    const Result<QByteArray> ten = InputFile::read(written(dir, QStringLiteral("ten"), "0123456789"), 10);
    ASSERT_TRUE(ten.ok());
    EXPECT_EQ(*ten, QByteArray("0123456789"));
    EXPECT_TRUE(ten.problems().isEmpty());
    const Result<QByteArray> empty = InputFile::read(written(dir, QStringLiteral("empty"), {}), 10);
    ASSERT_TRUE(empty.ok());
    EXPECT_EQ(*empty, QByteArray());
}

TEST(InputFile, AFileOverTheLimitIsRefusedBeforeItIsRead)
{
    QTemporaryDir dir;
    const QString path = written(dir, QStringLiteral("big.pdf"), "%PDF-1.7\n");
    ASSERT_TRUE(QFile::resize(path, 300LL * 1024 * 1024)); // sparse: 300 MB that take no disk and must not be read
    const Result<QByteArray> big = InputFile::read(path, 64 * 1024 * 1024);
    expectRefused(big, path, "file.too-large");
    // Both figures, grouped, in either language: the reader compares them.
    EXPECT_EQ(big.problems()[0].message.text(Language::English),
        QStringLiteral("the file has 314,572,800 bytes; the limit is 67,108,864 bytes (docs/limits.md), so it was not read"));
    EXPECT_TRUE(big.problems()[0].message.text(Language::Japanese).contains(QStringLiteral("314,572,800")));
    EXPECT_TRUE(big.problems()[0].message.text(Language::Japanese).contains(QStringLiteral("67,108,864")));
    const QString eleven = written(dir, QStringLiteral("eleven"), "0123456789A");
    expectRefused(InputFile::read(eleven, 10), eleven, "file.too-large");
}

TEST(InputFile, OnlyRegularFilesAreRead)
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("missing"));
    expectRefused(InputFile::read(missing, 10), missing, "file.missing");
    expectRefused(InputFile::read(dir.path(), 10), dir.path(), "file.is-folder");
    const QString fifo = dir.filePath(QStringLiteral("pipe"));
    ASSERT_EQ(mkfifo(fifo.toLocal8Bit().constData(), 0600), 0);
    expectRefused(InputFile::read(fifo, 10), fifo, "file.not-regular"); // opening it would wait for a writer for ever
    expectRefused(InputFile::read(QStringLiteral("/dev/zero"), 10), QStringLiteral("/dev/zero"), "file.not-regular"); // reading it would never end
}

TEST(InputFile, AFileThatCannotBeOpenedSaysWhy)
{
    if (geteuid() == 0)
        GTEST_SKIP() << "root reads any file";
    QTemporaryDir dir;
    const QString locked = written(dir, QStringLiteral("locked"), "secret");
    ASSERT_TRUE(QFile::setPermissions(locked, QFileDevice::WriteOwner));
    expectRefused(InputFile::read(locked, 10), locked, "file.unreadable");
}
