#include "Fixtures.h"

#include "evaluators/EvidenceSource.h"

#include <QDir>
#include <QFile>

#include <gtest/gtest.h>

#include <sys/stat.h>
#include <unistd.h>

using namespace starmark;
using namespace starmark::test;

namespace {

class EvidenceSourceTest : public ::testing::Test {
protected:
    QString folder() const { return dir.filePath(QStringLiteral("declaration")); }
    QString locateProblem(const QString& name)
    {
        QString problem;
        EXPECT_FALSE(EvidenceSource::locate(folder(), name, &problem)) << name.toStdString();
        return problem;
    }
    void SetUp() override { writeFile(dir, QStringLiteral("declaration/evidence/ok.txt"), "inside\n"); }
    QTemporaryDir dir;
};

} // namespace

TEST_F(EvidenceSourceTest, ARelativePathInsideTheFolderIsFound)
{
    QString problem;
    const std::optional<QString> found = EvidenceSource::locate(folder(), QStringLiteral("evidence/ok.txt"), &problem);
    ASSERT_TRUE(found) << problem.toStdString();
    EXPECT_EQ(*found, QFileInfo(folder() + QStringLiteral("/evidence/ok.txt")).canonicalFilePath());
    // A symlink that stays inside is followed to its target.
    ASSERT_TRUE(QFile::link(folder() + QStringLiteral("/evidence/ok.txt"), folder() + QStringLiteral("/alias.txt")));
    EXPECT_EQ(EvidenceSource::locate(folder(), QStringLiteral("alias.txt"), &problem), found);
}

TEST_F(EvidenceSourceTest, EscapesAreRefusedWithWhatToDo)
{
    writeFile(dir, QStringLiteral("secret.txt"), "outside\n");
    EXPECT_TRUE(locateProblem(QStringLiteral("../secret.txt")).contains(QStringLiteral("leaves the folder")));
    EXPECT_TRUE(locateProblem(QStringLiteral("evidence/../../secret.txt")).contains(QStringLiteral("leaves the folder")));
    EXPECT_TRUE(locateProblem(QStringLiteral("../../../../etc/passwd")).contains(QStringLiteral("leaves the folder")));
    EXPECT_TRUE(locateProblem(QStringLiteral("/etc/hostname")).contains(QStringLiteral("is an absolute path")));
    EXPECT_TRUE(locateProblem(QStringLiteral("~/secret.txt")).contains(QStringLiteral("is an absolute path")));
    EXPECT_TRUE(locateProblem(QStringLiteral(" ")).contains(QStringLiteral("empty name")));
    ASSERT_TRUE(QFile::link(QStringLiteral("/etc/hostname"), folder() + QStringLiteral("/hostname")));
    EXPECT_TRUE(locateProblem(QStringLiteral("hostname")).contains(QStringLiteral("leads out of the folder")));
    // A folder linked from inside to outside: the file under it is outside too.
    ASSERT_TRUE(QFile::link(dir.path(), folder() + QStringLiteral("/up")));
    EXPECT_TRUE(locateProblem(QStringLiteral("up/secret.txt")).contains(QStringLiteral("leads out of the folder")));
    EXPECT_TRUE(locateProblem(QStringLiteral("missing.txt")).contains(QStringLiteral("does not exist")));
}

TEST_F(EvidenceSourceTest, OnlyRegularFilesAndNeverABlockingOpen)
{
    ASSERT_EQ(::mkfifo(QFile::encodeName(folder() + QStringLiteral("/pipe")).constData(), 0600), 0);
    EXPECT_TRUE(locateProblem(QStringLiteral("pipe")).contains(QStringLiteral("is not a regular file")));
    QString problem;
    // Opened directly, a FIFO with no writer is refused at once instead of waiting for one.
    EXPECT_FALSE(EvidenceSource::open(QFileInfo(folder() + QStringLiteral("/pipe")).absoluteFilePath(), &problem));
    EXPECT_TRUE(problem.contains(QStringLiteral("is not a regular file"))) << problem.toStdString();
    EXPECT_FALSE(EvidenceSource::open(QStringLiteral("/dev/zero"), &problem));
    EXPECT_TRUE(problem.contains(QStringLiteral("is not a regular file"))) << problem.toStdString();
    QDir().mkpath(folder() + QStringLiteral("/logs"));
    EXPECT_TRUE(locateProblem(QStringLiteral("logs")).contains(QStringLiteral("is a folder")));
    ASSERT_TRUE(QFile::link(folder() + QStringLiteral("/evidence/ok.txt"), folder() + QStringLiteral("/link")));
    EXPECT_FALSE(EvidenceSource::open(folder() + QStringLiteral("/link"), &problem));
    EXPECT_TRUE(problem.contains(QStringLiteral("is a symbolic link"))) << problem.toStdString();
}

TEST_F(EvidenceSourceTest, AFileOverTheLimitIsRefusedUnread)
{
    const QString huge = folder() + QStringLiteral("/huge.bin");
    QFile f(huge);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    ASSERT_TRUE(f.resize(EvidenceSource::maxSize + 1)); // sparse: nothing is written
    f.close();
    EXPECT_TRUE(locateProblem(QStringLiteral("huge.bin")).contains(QStringLiteral("more than the limit of 8589934592 bytes (8 GiB)")));
    QString problem;
    EXPECT_FALSE(EvidenceSource::open(huge, &problem));
    ASSERT_TRUE(QFile::resize(huge, EvidenceSource::maxSize));
    EXPECT_TRUE(EvidenceSource::open(huge, &problem)) << problem.toStdString();
}

TEST_F(EvidenceSourceTest, AFileGrowingWhileReadIsReadNoFurtherThanItsSizeAtOpen)
{
    const QString path = writeFile(dir, QStringLiteral("declaration/growing.log"), QByteArray(1000, 'a'));
    QString problem;
    const std::unique_ptr<EvidenceSource> source = EvidenceSource::open(path, &problem);
    ASSERT_TRUE(source) << problem.toStdString();
    QFile more(path);
    ASSERT_TRUE(more.open(QIODevice::Append));
    more.write(QByteArray(5000, 'b'));
    more.close();
    qint64 total = 0;
    for (QByteArray chunk; !(chunk = source->read(300)).isEmpty();)
        total += chunk.size();
    EXPECT_EQ(total, 1000);
    EXPECT_FALSE(source->readWhole()); // it grew: the store refuses it
}
