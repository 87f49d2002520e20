// "Never lose work": the app, as it starts for a user (studio-driver runs
// Startup::run with the tests' remote control), is killed (SIGKILL) right after
// an edit; the edit is in the file, and the next start reopens the same file
// at the same requirement.
#include "CliRunner.h"

#include "evaluators/AssessmentFile.h"

#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace starmark;

namespace {

// The app as a user starts it, with its own settings and data folders.
struct StudioProcess {
    QTemporaryDir home;

    QProcess* start(const QString& hook, const QStringList& arguments = {})
    {
        auto* process = new QProcess;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("STARMARK_CATALOGS"), starmark::test::shippedCatalogs());
        env.insert(QStringLiteral("STARMARK_STUDIO_REMOTE"), hook);
        process->setProcessEnvironment(env);
        process->start(QStringLiteral(STUDIO_DRIVER_BINARY), arguments);
        EXPECT_TRUE(process->waitForStarted());
        return process;
    }

    // Waits for `line` on the app's output; false after 60 s.
    static bool waitFor(QProcess* process, const QByteArray& line)
    {
        QByteArray out;
        while (!out.contains(line)) {
            if (!process->waitForReadyRead(60000))
                return false;
            out += process->readAllStandardOutput();
        }
        return true;
    }
};

} // namespace

TEST(CrashRecovery, AKilledAppLosesNoEditAndReopensWhereItWas)
{
    StudioProcess studio;
    const QString rationale = QStringLiteral("ロックアウトが働かない版を検出した（強制終了の直前に入力）");
    QProcess* first = studio.start(QStringLiteral("edit:S1.1-04:") + rationale, {QStringLiteral("--demo"), QStringLiteral("camera-star1")});
    ASSERT_TRUE(StudioProcess::waitFor(first, "edited")) << first->readAllStandardError().toStdString();
    first->kill(); // SIGKILL: no close event, no chance to save anything
    first->waitForFinished();
    EXPECT_EQ(first->exitStatus(), QProcess::CrashExit);
    delete first;

    const QString file = studio.home.filePath(QStringLiteral("data/StarMark/starmark-studio/demo/camera-star1.starmark"));
    QString error;
    std::unique_ptr<AssessmentFile> opened = AssessmentFile::open(file, AssessmentFile::Access::ReadOnly, &error);
    ASSERT_TRUE(opened) << error.toStdString();
    const std::optional<Assessment> saved = opened->load(&error);
    ASSERT_TRUE(saved) << error.toStdString();
    EXPECT_EQ(saved->results.value(QStringLiteral("S1.1-04")).verdict, Verdict::Fail);
    EXPECT_EQ(saved->results.value(QStringLiteral("S1.1-04")).rationale, rationale);
    EXPECT_TRUE(opened->verifyAudit().intact) << "the audit trail holds after the kill";

    QProcess* second = studio.start(QStringLiteral("where"));
    ASSERT_TRUE(second->waitForFinished(60000));
    const QString where = QString::fromUtf8(second->readAllStandardOutput());
    EXPECT_TRUE(where.contains(QStringLiteral("file=") + file)) << where.toStdString();
    EXPECT_TRUE(where.contains(QStringLiteral("requirement=S1.1-04"))) << where.toStdString();
    delete second;
}
