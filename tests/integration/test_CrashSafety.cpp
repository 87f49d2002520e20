// "Nothing lost": kill the CLI with SIGKILL at random moments while it imports,
// and fill the disk under it; every time the file must open, pass its audit and
// hold exactly the state before or the state after.
#include "CliRunner.h"

#include "criteria/CatalogLibrary.h"
#include "evaluators/AssessmentFile.h"
#include "evaluators/AssessmentJson.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>
#include <signal.h>
#include <sys/resource.h>

using namespace starmark;
using namespace starmark::test;

namespace {

// Declaration A is the camera demo; B changes the firmware and cites 24 MiB of new evidence,
// so that an import takes long enough to be interrupted anywhere.
struct Declarations {
    QTemporaryDir dir;
    QString a;
    QString b;

    Declarations()
    {
        copyFolder(demoFolder("camera-star1"), dir.filePath(QStringLiteral("a")));
        copyFolder(demoFolder("camera-star1"), dir.filePath(QStringLiteral("b")));
        a = dir.filePath(QStringLiteral("a/declaration.yaml"));
        b = dir.filePath(QStringLiteral("b/declaration.yaml"));
        QFile file(b);
        file.open(QIODevice::ReadOnly);
        QByteArray text = file.readAll();
        file.close();
        text.replace("firmware: 2.4.1", "firmware: 2.4.2");
        QRandomGenerator random(7);
        const QByteArray cited[] = {"evidence/port-scan.txt", "evidence/brute-force-test.log", "evidence/tls-config.txt"};
        for (int i = 0; i < 3; ++i) {
            QByteArray big(8 << 20, Qt::Uninitialized);
            random.fillRange(reinterpret_cast<quint32*>(big.data()), big.size() / 4);
            const QByteArray name = "evidence/big-" + QByteArray::number(i) + ".bin";
            QFile out(dir.filePath(QStringLiteral("b/") + QString::fromLatin1(name)));
            out.open(QIODevice::WriteOnly);
            out.write(big);
            text.replace(cited[i], name);
        }
        file.open(QIODevice::WriteOnly | QIODevice::Truncate);
        file.write(text);
    }
};

QJsonObject stateOf(const QString& path, QString* problem)
{
    QString error;
    std::unique_ptr<AssessmentFile> file = AssessmentFile::open(path, AssessmentFile::Access::ReadWrite, &error);
    if (!file) {
        *problem = error;
        return {};
    }
    const AuditTrail::Verification audit = file->verifyAudit();
    if (!audit.intact) {
        *problem = QStringLiteral("audit broken: ") + audit.problem;
        return {};
    }
    const std::optional<Assessment> a = file->load(&error);
    if (!a) {
        *problem = error;
        return {};
    }
    return AssessmentJson::toJson(*a);
}

class CrashSafety : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        declarations = new Declarations;
        base = declarations->dir.filePath(QStringLiteral("base.starmark"));
        ASSERT_EQ(runStarmark({QStringLiteral("assess"), QStringLiteral("import"), declarations->a, QStringLiteral("-o"), base}).code, 0);
        QString problem;
        stateA = stateOf(base, &problem);
        const QString onlyB = declarations->dir.filePath(QStringLiteral("only-b.starmark"));
        QElapsedTimer timer;
        timer.start();
        ASSERT_EQ(runStarmark({QStringLiteral("assess"), QStringLiteral("import"), declarations->b, QStringLiteral("-o"), onlyB}).code, 0);
        importTime = timer.nsecsElapsed() / 1000;
        stateB = stateOf(onlyB, &problem);
        ASSERT_FALSE(stateA.isEmpty());
        ASSERT_FALSE(stateB.isEmpty());
        ASSERT_NE(stateA, stateB);
    }
    static void TearDownTestSuite() { delete declarations; }

    static inline Declarations* declarations = nullptr;
    static inline QString base;
    static inline QJsonObject stateA;
    static inline QJsonObject stateB;
    static inline qint64 importTime = 0; // microseconds, for one whole import of B
};

} // namespace

TEST_F(CrashSafety, KilledImportsLeaveTheStateBeforeOrAfter)
{
    constexpr int runs = 200;
    const QString work = declarations->dir.filePath(QStringLiteral("work.starmark"));
    QRandomGenerator random(2026);
    int before = 0;
    int after = 0;
    for (int i = 0; i < runs; ++i) {
        QFile::remove(work);
        QFile::remove(work + QStringLiteral("-journal"));
        ASSERT_TRUE(QFile::copy(base, work));
        std::unique_ptr<QProcess> process(
            startStarmark({QStringLiteral("assess"), QStringLiteral("import"), declarations->b, QStringLiteral("-o"), work}));
        QThread::usleep(random.bounded(quint32(importTime * 12 / 10)));
        ::kill(pid_t(process->processId()), SIGKILL);
        process->waitForFinished();
        QString problem;
        const QJsonObject state = stateOf(work, &problem);
        ASSERT_TRUE(problem.isEmpty()) << "run " << i << ": " << problem.toStdString();
        if (state == stateA)
            ++before;
        else if (state == stateB)
            ++after;
        else
            FAIL() << "run " << i << ": the file holds neither the state before nor the state after";
    }
    std::cout << "[ figures  ] " << runs << " kills: " << before << " left the state before, " << after << " the state after\n";
    EXPECT_EQ(before + after, runs);
    EXPECT_GT(before, 0);
}

TEST_F(CrashSafety, KilledImportIntoANewFileLeavesNothingOrAWholeFile)
{
    constexpr int runs = 50;
    QRandomGenerator random(11);
    int nothing = 0;
    int whole = 0;
    for (int i = 0; i < runs; ++i) {
        QTemporaryDir dir;
        const QString fresh = dir.filePath(QStringLiteral("new.starmark"));
        std::unique_ptr<QProcess> process(
            startStarmark({QStringLiteral("assess"), QStringLiteral("import"), declarations->b, QStringLiteral("-o"), fresh}));
        QThread::usleep(random.bounded(quint32(importTime * 12 / 10)));
        ::kill(pid_t(process->processId()), SIGKILL);
        process->waitForFinished();
        if (!QFile::exists(fresh)) {
            ++nothing;
            // The next import cleans up after the killed one and succeeds.
            ASSERT_EQ(
                runStarmark({QStringLiteral("assess"), QStringLiteral("import"), declarations->b, QStringLiteral("-o"), fresh}).code, 0);
            EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files).filter(QStringLiteral(".partial-")).join(QLatin1Char(' ')).toStdString(),
                std::string())
                << "run " << i;
        }
        QString problem;
        EXPECT_EQ(stateOf(fresh, &problem), stateB) << "run " << i << ": " << problem.toStdString();
        ++whole;
    }
    std::cout << "[ figures  ] " << runs << " kills: " << nothing << " left no file (then imported cleanly), " << whole - nothing
              << " a whole file\n";
}

TEST_F(CrashSafety, AFullDiskGivesAClearErrorAndKeepsThePreviousState)
{
    const QString work = declarations->dir.filePath(QStringLiteral("full.starmark"));
    QFile::remove(work);
    ASSERT_TRUE(QFile::copy(base, work));
    const rlim_t limit = rlim_t(QFileInfo(work).size() + (2 << 20)); // room for 2 MiB more, not 24
    const CliResult run
        = runStarmark({QStringLiteral("assess"), QStringLiteral("import"), declarations->b, QStringLiteral("-o"), work}, [limit] {
              const rlimit r{limit, limit};
              setrlimit(RLIMIT_FSIZE, &r);
          });
    EXPECT_EQ(run.code, 1) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("Nothing was changed"))) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(work)) << run.err.toStdString();
    QString problem;
    EXPECT_EQ(stateOf(work, &problem), stateA) << problem.toStdString();
}

TEST_F(CrashSafety, AFullDiskLeavesNoHalfWrittenNewFile)
{
    QTemporaryDir dir;
    const QString fresh = dir.filePath(QStringLiteral("new.starmark"));
    const CliResult run
        = runStarmark({QStringLiteral("assess"), QStringLiteral("import"), declarations->b, QStringLiteral("-o"), fresh}, [] {
              const rlimit r{1 << 20, 1 << 20};
              setrlimit(RLIMIT_FSIZE, &r);
          });
    EXPECT_EQ(run.code, 1) << run.err.toStdString();
    EXPECT_FALSE(run.err.isEmpty());
    EXPECT_FALSE(QFile::exists(fresh));
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files).size(), 0)
        << QDir(dir.path()).entryList(QDir::Files).join(QLatin1Char(' ')).toStdString();
}
