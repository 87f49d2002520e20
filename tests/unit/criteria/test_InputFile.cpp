#include "criteria/InputFile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <sys/stat.h>

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

TEST(InputFile, ReadsAFileUpToTheLimit)
{
    QTemporaryDir dir;
    QString problem;
    EXPECT_EQ(InputFile::read(written(dir, QStringLiteral("ten"), "0123456789"), 10, &problem), QByteArray("0123456789"));
    EXPECT_TRUE(problem.isEmpty());
    EXPECT_EQ(InputFile::read(written(dir, QStringLiteral("empty"), {}), 10, &problem), QByteArray());
}

TEST(InputFile, AFileOverTheLimitIsRefusedBeforeItIsRead)
{
    QTemporaryDir dir;
    const QString path = written(dir, QStringLiteral("big.pdf"), "%PDF-1.7\n");
    ASSERT_TRUE(QFile::resize(path, 300LL * 1024 * 1024)); // sparse: 300 MB that take no disk and must not be read
    QString problem;
    EXPECT_FALSE(InputFile::read(path, 64 * 1024 * 1024, &problem));
    EXPECT_EQ(problem,
        QStringLiteral("the file has 314,572,800 bytes; the limit is 67,108,864 bytes (docs/limits.md): it was not read; check that this "
                       "is the file meant"));
    EXPECT_FALSE(InputFile::read(written(dir, QStringLiteral("eleven"), "0123456789A"), 10, &problem));
    EXPECT_TRUE(problem.startsWith(QStringLiteral("the file has 11 bytes; the limit is 10 bytes")));
}

TEST(InputFile, OnlyRegularFilesAreRead)
{
    QTemporaryDir dir;
    QString problem;
    EXPECT_FALSE(InputFile::read(dir.filePath(QStringLiteral("missing")), 10, &problem));
    EXPECT_EQ(problem, QStringLiteral("no such file; check the path"));
    EXPECT_FALSE(InputFile::read(dir.path(), 10, &problem));
    EXPECT_EQ(problem, QStringLiteral("this is a folder; name a file"));
    const QString fifo = dir.filePath(QStringLiteral("pipe"));
    ASSERT_EQ(mkfifo(fifo.toLocal8Bit().constData(), 0600), 0);
    EXPECT_FALSE(InputFile::read(fifo, 10, &problem)); // opening it would wait for a writer for ever
    EXPECT_EQ(problem, QStringLiteral("this is a device, pipe or socket, not a file; name a file"));
    EXPECT_FALSE(InputFile::read(QStringLiteral("/dev/zero"), 10, &problem)); // reading it would never end
    EXPECT_EQ(problem, QStringLiteral("this is a device, pipe or socket, not a file; name a file"));
}
