#include "Fixtures.h"
#include "FixedClock.h"
#include "SqliteEdit.h"

#include "evaluators/AssessmentFile.h"
#include "evaluators/AssessmentJson.h"

#include <QCoreApplication>
#include <QFile>

#include <gtest/gtest.h>

using namespace starmark;
using namespace starmark::test;

class AssessmentFileTest : public ::testing::Test {
protected:
    std::unique_ptr<AssessmentFile> create(const Assessment& a)
    {
        QString error;
        auto file = AssessmentFile::create(path, a, chainOf(a.catalog), QStringLiteral("yamada"), clock, &error);
        EXPECT_TRUE(file) << error.toStdString();
        return file;
    }
    Assessment loaded(const AssessmentFile& file)
    {
        QString error;
        const std::optional<Assessment> a = file.load(&error);
        EXPECT_TRUE(a.has_value()) << error.toStdString();
        return a.value_or(Assessment());
    }
    // What the file holds, with evidence as stored (hashes, no source paths).
    static Assessment asStored(Assessment a)
    {
        for (Assessment::Result& r : a.results) {
            for (Assessment::Evidence& e : r.evidence)
                e.sourcePath.clear();
        }
        return a;
    }
    void rawSql(const QString& sql) { sqliteEdit(path, {sql}); }

    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("demo.starmark"));
    FixedClock clock{QDateTime(QDate(2026, 11, 22), QTime(9, 0), Qt::UTC)};
};

TEST_F(AssessmentFileTest, CreateStoresEverythingAndAudits)
{
    const Assessment a = demoAssessment("camera-star1");
    auto file = create(a);
    ASSERT_TRUE(file);
    const Assessment back = loaded(*file);
    EXPECT_EQ(back.product, a.product);
    EXPECT_EQ(back.profile, a.profile);
    ASSERT_EQ(back.results.size(), a.results.size());
    for (const Assessment::Result& r : back.results) {
        for (const Assessment::Evidence& e : r.evidence) {
            EXPECT_EQ(e.sha256.size(), 64);
            EXPECT_GT(e.size, 0);
        }
    }
    EXPECT_TRUE(file->verifyAudit().intact);
    const QList<AuditTrail::Entry> entries = file->auditEntries();
    ASSERT_FALSE(entries.isEmpty());
    EXPECT_EQ(entries.first().action, QStringLiteral("create"));
    EXPECT_EQ(entries.first().who, QStringLiteral("yamada"));
    EXPECT_EQ(entries.first().at, clock.now());
    EXPECT_EQ(file->pinnedCatalogs().keys(), QStringList{QStringLiteral("jc-star/star1-common")});
    EXPECT_FALSE(QFile::exists(path + QStringLiteral(".partial-%1").arg(QCoreApplication::applicationPid())));
}

TEST_F(AssessmentFileTest, RefusesToReplaceAFile)
{
    writeFile(dir, QStringLiteral("demo.starmark"), "precious");
    QString error;
    EXPECT_FALSE(AssessmentFile::create(
        path, demoAssessment("camera-star1"), chainOf(QStringLiteral("jc-star/star1-common")), QStringLiteral("y"), clock, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("already exists")));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), QByteArray("precious"));
}

TEST_F(AssessmentFileTest, OpenRejectsWhatIsNotAnAssessment)
{
    QString error;
    EXPECT_FALSE(AssessmentFile::open(dir.filePath(QStringLiteral("missing.starmark")), AssessmentFile::Access::ReadOnly, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("no such file")));
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("missing.starmark")))); // opening never creates
    const QString text = writeFile(dir, QStringLiteral("notes.starmark"), "just text");
    EXPECT_FALSE(AssessmentFile::open(text, AssessmentFile::Access::ReadOnly, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("not a StarMark assessment file")));
    EXPECT_FALSE(AssessmentFile::open(dir.path(), AssessmentFile::Access::ReadOnly, &error));
}

TEST_F(AssessmentFileTest, SaveAuditsEachChangeWithOldAndNewValue)
{
    auto file = create(demoAssessment("camera-star1"));
    const qsizetype before = file->auditEntries().size();
    Assessment next = loaded(*file);
    next.product.firmware = QStringLiteral("2.4.2");
    next.results[QStringLiteral("S1.1-04")].verdict = Verdict::Fail;
    clock.set(clock.now().addSecs(60));
    ASSERT_TRUE(file->save(next, chainOf(next.catalog), QStringLiteral("suzuki"), clock, nullptr));
    EXPECT_EQ(loaded(*file), next);
    const QList<AuditTrail::Entry> entries = file->auditEntries();
    ASSERT_EQ(entries.size(), before + 2);
    EXPECT_EQ(entries[before].target, QStringLiteral("product.firmware"));
    EXPECT_EQ(entries[before].oldValue, QStringLiteral("2.4.1"));
    EXPECT_EQ(entries[before].newValue, QStringLiteral("2.4.2"));
    EXPECT_EQ(entries[before].who, QStringLiteral("suzuki"));
    EXPECT_EQ(entries[before + 1].target, QStringLiteral("results.S1.1-04"));
    EXPECT_TRUE(entries[before + 1].newValue.contains(QStringLiteral("\"verdict\":\"fail\"")));
    EXPECT_TRUE(file->verifyAudit().intact);
    // Saving the same state again changes nothing and audits nothing.
    ASSERT_TRUE(file->save(next, chainOf(next.catalog), QStringLiteral("suzuki"), clock, nullptr));
    EXPECT_EQ(file->auditEntries().size(), before + 2);
}

TEST_F(AssessmentFileTest, SignOffLocksUntilANewRevision)
{
    auto file = create(demoAssessment("router-star3"));
    Assessment a = loaded(*file);
    a.signOff = Assessment::SignOff{QStringLiteral("鈴木 一郎"), clock.now()};
    ASSERT_TRUE(file->save(a, chainOf(a.catalog), QStringLiteral("suzuki"), clock, nullptr));

    Assessment edited = a;
    edited.results.first().rationale = QStringLiteral("changed after sign-off");
    QString error;
    EXPECT_FALSE(file->save(edited, chainOf(a.catalog), QStringLiteral("yamada"), clock, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("locked"))) << error.toStdString();
    EXPECT_EQ(loaded(*file), a);

    Assessment revised = edited;
    revised.revision = 2;
    revised.product.firmware = QStringLiteral("5.0.3");
    revised.signOff.reset();
    ASSERT_TRUE(file->save(revised, chainOf(a.catalog), QStringLiteral("yamada"), clock, &error)) << error.toStdString();
    const QList<AssessmentFile::Revision> revisions = file->revisions();
    ASSERT_EQ(revisions.size(), 1);
    EXPECT_EQ(revisions[0].number, 1);
    EXPECT_EQ(revisions[0].firmware, QStringLiteral("5.0.2"));
    EXPECT_EQ(AssessmentJson::fromJson(revisions[0].snapshot), a);
}

TEST_F(AssessmentFileTest, AnEditedAuditEntryIsDetected)
{
    {
        create(demoAssessment("camera-star1"));
    }
    rawSql(QStringLiteral("UPDATE audit SET who = 'mallory' WHERE seq = 3"));
    QString error;
    auto file = AssessmentFile::open(path, AssessmentFile::Access::ReadOnly, &error);
    ASSERT_TRUE(file) << error.toStdString();
    const AuditTrail::Verification v = file->verifyAudit();
    EXPECT_FALSE(v.intact);
    EXPECT_EQ(v.firstBroken, 3);
}

TEST_F(AssessmentFileTest, ADeletedAuditTailIsDetected)
{
    {
        create(demoAssessment("camera-star1"));
    }
    rawSql(QStringLiteral("DELETE FROM audit WHERE seq = (SELECT MAX(seq) FROM audit)"));
    auto file = AssessmentFile::open(path, AssessmentFile::Access::ReadOnly, nullptr);
    ASSERT_TRUE(file);
    EXPECT_FALSE(file->verifyAudit().intact);
}

TEST_F(AssessmentFileTest, AFailedWriteLeavesThePreviousState)
{
    auto file = create(demoAssessment("camera-star1"));
    const Assessment before = loaded(*file);
    const qsizetype entries = file->auditEntries().size();
    Assessment next = before;
    next.results[QStringLiteral("S1.1-01")].rationale = QStringLiteral("new text");
    next.results[QStringLiteral("S1.1-01")].evidence.append(
        {QStringLiteral("evidence/gone.log"), {}, 10, dir.filePath(QStringLiteral("gone.log"))});
    QString error;
    EXPECT_FALSE(file->save(next, chainOf(next.catalog), QStringLiteral("y"), clock, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("Nothing was changed"))) << error.toStdString();
    EXPECT_EQ(loaded(*file), before);
    EXPECT_EQ(file->auditEntries().size(), entries);
    EXPECT_TRUE(file->verifyAudit().intact);
}

TEST_F(AssessmentFileTest, ExportedEvidenceMatchesTheOriginal)
{
    const Assessment a = demoAssessment("camera-star1");
    auto file = create(a);
    const Assessment::Evidence original = a.results.first().evidence.first();
    const Assessment::Evidence stored = loaded(*file).results.first().evidence.first();
    const QString out = dir.filePath(QStringLiteral("out/") + stored.name);
    QString error;
    ASSERT_TRUE(file->exportEvidence(stored.sha256, out, &error)) << error.toStdString();
    QFile a1(original.sourcePath), a2(out);
    ASSERT_TRUE(a1.open(QIODevice::ReadOnly) && a2.open(QIODevice::ReadOnly));
    EXPECT_EQ(a1.readAll(), a2.readAll());
}

TEST_F(AssessmentFileTest, SchemaObjectsStarMarkNeverMakesAreRefused)
{
    ASSERT_TRUE(create(demoAssessment("camera-star1")));
    const QByteArray pristine = [&] {
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        return f.readAll();
    }();
    const QStringList planted{QStringLiteral("CREATE TRIGGER t AFTER INSERT ON audit BEGIN DELETE FROM audit; END"),
        QStringLiteral("CREATE VIEW v AS SELECT 1"), QStringLiteral("CREATE INDEX i ON results(body)"), QStringLiteral("CREATE TABLE more(x)"),
        QStringLiteral("DROP TABLE revisions")};
    for (const QString& sql : planted) {
        SCOPED_TRACE(sql.toStdString());
        QFile::remove(path);
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(pristine);
        f.close();
        rawSql(sql);
        for (const auto access : {AssessmentFile::Access::ReadOnly, AssessmentFile::Access::ReadWrite}) {
            QString error;
            EXPECT_FALSE(AssessmentFile::open(path, access, &error, clock));
            EXPECT_TRUE(error.contains(QStringLiteral("StarMark never makes")) || error.contains(QStringLiteral("is missing")))
                << error.toStdString();
        }
    }
    // Planted while the file is open: the next change refuses before the trigger can act.
    QFile::remove(path);
    {
        auto open = create(demoAssessment("camera-star1"));
        ASSERT_TRUE(open);
        rawSql(QStringLiteral("CREATE TRIGGER late AFTER UPDATE ON results BEGIN DELETE FROM audit; END"));
        Assessment next = loaded(*open);
        next.results[QStringLiteral("S1.1-04")].rationale = QStringLiteral("after the trigger");
        QString error;
        EXPECT_FALSE(open->save(next, chainOf(next.catalog), QStringLiteral("lab"), clock, &error));
        EXPECT_TRUE(error.contains(QStringLiteral("trigger 'late'"))) << error.toStdString();
    }
    // A table of StarMark's whose definition was changed, e.g. to give a column a default.
    QFile::remove(path);
    ASSERT_TRUE(create(demoAssessment("camera-star1")));
    rawSql(QStringLiteral("ALTER TABLE results ADD COLUMN extra TEXT"));
    QString error;
    EXPECT_FALSE(AssessmentFile::open(path, AssessmentFile::Access::ReadOnly, &error, clock));
    EXPECT_TRUE(error.contains(QStringLiteral("its table 'results' was changed outside StarMark"))) << error.toStdString();
}

TEST_F(AssessmentFileTest, TheTrailRecordsTheStateAndAnEditBehindItIsFound)
{
    auto file = create(demoAssessment("camera-star1"));
    ASSERT_TRUE(file);
    EXPECT_EQ(file->auditEntries().last().state, file->stateHash());
    EXPECT_TRUE(file->verifyAudit().intact);
    file.reset();
    const QString pristine = path + QStringLiteral(".pristine");
    ASSERT_TRUE(QFile::copy(path, pristine));
    for (const QString& sql : {QStringLiteral("UPDATE profile SET answer = 'false'"),
             QStringLiteral("UPDATE meta SET value = replace(value, 'MS-CAM100', 'MS-CAM200') WHERE key = 'assessment'"),
             QStringLiteral("UPDATE evidence SET size = size + 1"), QStringLiteral("DELETE FROM results WHERE requirement = 'S1.1-04'")}) {
        SCOPED_TRACE(sql.toStdString());
        QFile::remove(path);
        ASSERT_TRUE(QFile::copy(pristine, path));
        rawSql(sql);
        file = AssessmentFile::open(path, AssessmentFile::Access::ReadOnly, nullptr, clock);
        ASSERT_TRUE(file);
        const AuditTrail::Verification v = file->verifyAudit();
        EXPECT_FALSE(v.intact);
        EXPECT_TRUE(v.problem.contains(QStringLiteral("changed outside StarMark"))) << v.problem.toStdString();
        file.reset();
    }
}

TEST_F(AssessmentFileTest, AChangeIsMadeToTheStateReadInsideTheTransaction)
{
    const Assessment a = demoAssessment("camera-star1");
    ASSERT_TRUE(create(a));
    QString error;
    std::unique_ptr<AssessmentFile> mine = AssessmentFile::open(path, AssessmentFile::Access::ReadWrite, &error, clock);
    std::unique_ptr<AssessmentFile> theirs = AssessmentFile::open(path, AssessmentFile::Access::ReadWrite, &error, clock);
    ASSERT_TRUE(mine && theirs) << error.toStdString();
    const Assessment base = loaded(*mine); // read before the other writer's change
    Assessment other = loaded(*theirs);
    other.results[QStringLiteral("S1.1-05")].rationale = QStringLiteral("theirs");
    ASSERT_TRUE(theirs->save(other, chainOf(a.catalog), QStringLiteral("suzuki"), clock, &error)) << error.toStdString();
    Assessment next = base;
    next.results[QStringLiteral("S1.1-04")].rationale = QStringLiteral("mine");
    ASSERT_TRUE(mine->save(base, next, chainOf(a.catalog), QStringLiteral("yamada"), clock, &error)) << error.toStdString();
    const Assessment now = loaded(*mine);
    EXPECT_EQ(now.results.value(QStringLiteral("S1.1-04")).rationale, QStringLiteral("mine"));
    EXPECT_EQ(now.results.value(QStringLiteral("S1.1-05")).rationale, QStringLiteral("theirs"));
    const QList<AuditTrail::Entry> entries = mine->auditEntries();
    EXPECT_EQ(entries.last().who, QStringLiteral("yamada"));
    EXPECT_EQ(entries.last().target, QStringLiteral("results.S1.1-04"));
    EXPECT_TRUE(mine->verifyAudit().intact);
    // An edit that refuses changes nothing.
    const QByteArray head = mine->auditHead();
    EXPECT_FALSE(mine->update([](Assessment&) { return QStringLiteral("no"); }, chainOf(a.catalog), QStringLiteral("y"), clock, &error));
    EXPECT_EQ(error, QStringLiteral("no"));
    EXPECT_EQ(mine->auditHead(), head);
}

TEST_F(AssessmentFileTest, TheFamilyIsStoredAndAChangeToItIsAudited)
{
    Assessment family = demoAssessment("camera-star1");
    family.product.otherModels = {QStringLiteral("MS-CAM100W")};
    auto file = create(family);
    ASSERT_TRUE(file);
    EXPECT_EQ(loaded(*file).product.models(), family.product.models());
    const qsizetype before = file->auditEntries().size();
    Assessment next = loaded(*file);
    next.product.otherModels << QStringLiteral("MS-CAM100/B");
    clock.set(clock.now().addSecs(60));
    ASSERT_TRUE(file->save(next, chainOf(next.catalog), QStringLiteral("suzuki"), clock, nullptr));
    EXPECT_EQ(loaded(*file).product.models(), next.product.models());
    const QList<AuditTrail::Entry> entries = file->auditEntries();
    ASSERT_EQ(entries.size(), before + 1);
    EXPECT_EQ(entries[before].target, QStringLiteral("product.models"));
    EXPECT_FALSE(entries[before].oldValue.contains(QStringLiteral("MS-CAM100/B")));
    EXPECT_TRUE(entries[before].newValue.contains(QStringLiteral("MS-CAM100/B")));
    EXPECT_TRUE(file->verifyAudit().intact);
}
