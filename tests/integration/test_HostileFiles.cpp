// Declarations, evidence and assessment files as a dishonest party hands them
// over, and two programs writing one file at once: every refusal with its exit
// code and message, and the earlier state byte for byte intact.
#include "CliRunner.h"
#include "SqliteEdit.h"

#include "criteria/CatalogLibrary.h"
#include "evaluators/AssessmentFile.h"
#include "FixedClock.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <sys/mount.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

using namespace starmark;
using namespace starmark::test;

namespace {

const QString assess = QStringLiteral("assess");
const QDateTime fixedNow(QDate(2026, 11, 22), QTime(9, 0), Qt::UTC);

QByteArray randomBytes(qsizetype n, quint32 seed)
{
    QByteArray bytes(n, Qt::Uninitialized);
    QRandomGenerator(seed).fillRange(reinterpret_cast<quint32*>(bytes.data()), n / 4);
    return bytes;
}

QJsonObject resultOf(const QString& file, const QString& requirement)
{
    const CliResult status = runStarmark({assess, QStringLiteral("status"), file, QStringLiteral("--json")});
    return QJsonDocument::fromJson(status.out.toUtf8())
        .object()
        .value(QStringLiteral("assessment"))
        .toObject()
        .value(QStringLiteral("results"))
        .toObject()
        .value(requirement)
        .toObject();
}

// A demo PKI and the two demos imported, made once; each test works on copies.
class HostileFiles : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        shared = new QTemporaryDir;
        ASSERT_EQ(runStarmark({QStringLiteral("keys"), QStringLiteral("demo-pki"), shared->filePath(QStringLiteral("pki"))}).code, 0);
        for (const char* demo : {"camera-star1", "router-star3"}) {
            const CliResult run = runStarmark({assess, QStringLiteral("import"), demoFolder(demo) + QStringLiteral("/declaration.yaml"),
                QStringLiteral("-o"), shared->filePath(QString::fromLatin1(demo) + QStringLiteral(".starmark"))});
            ASSERT_EQ(run.code, 0) << run.err.toStdString();
        }
    }
    static void TearDownTestSuite() { delete shared; }

    QString copyOf(const char* demo)
    {
        const QString file = dir.filePath(QString::fromLatin1(demo) + QStringLiteral(".starmark"));
        QFile::remove(file);
        EXPECT_TRUE(QFile::copy(shared->filePath(QString::fromLatin1(demo) + QStringLiteral(".starmark")), file));
        QFile(file).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        return file;
    }
    CliResult report(const QString& file, const QString& role, const QString& pdf)
    {
        const QString pki = shared->filePath(QStringLiteral("pki/"));
        return runStarmark({QStringLiteral("report"), file, QStringLiteral("--key"), pki + role + QStringLiteral(".key"),
            QStringLiteral("--cert"), pki + role + QStringLiteral(".pem"), QStringLiteral("--chain"), pki + QStringLiteral("ca.pem"),
            QStringLiteral("-o"), pdf});
    }
    // `report` refuses the file with `code` and `message`, writes no PDF and leaves the file as it was.
    void expectReportRefused(const QString& file, const QString& role, int code, const QString& message)
    {
        const QByteArray before = read(file);
        const QString pdf = dir.filePath(QStringLiteral("refused.pdf"));
        const CliResult run = report(file, role, pdf);
        EXPECT_EQ(run.code, code) << run.err.toStdString();
        EXPECT_TRUE(run.err.contains(message)) << run.err.toStdString();
        EXPECT_FALSE(QFile::exists(pdf));
        EXPECT_EQ(read(file), before);
    }
    // The camera demo's declaration in a folder of its own, its first evidence of S1.1-01 renamed to `evidence`.
    QString declarationCiting(const QString& evidence)
    {
        const QString folder = dir.filePath(QStringLiteral("declaration"));
        copyFolder(demoFolder("camera-star1"), folder);
        const QString path = folder + QStringLiteral("/declaration.yaml");
        QByteArray yaml = read(path);
        const QByteArray line = "    evidence: [evidence/security-design.md, evidence/port-scan.txt]\n";
        EXPECT_TRUE(yaml.contains(line));
        yaml.replace(line, "    evidence: [\"" + evidence.toUtf8() + "\", evidence/port-scan.txt]\n");
        write(path, yaml);
        citedAt = QStringLiteral("declaration.yaml:%1:").arg(yaml.left(yaml.indexOf(evidence.toUtf8())).count('\n') + 1);
        return path;
    }
    QString citedAt; // "declaration.yaml:LINE:" of the first evidence declarationCiting wrote

    static inline QTemporaryDir* shared = nullptr;
    QTemporaryDir dir;
};

} // namespace

TEST_F(HostileFiles, EvidenceOutsideTheDeclarationsFolderOrNotARegularFileIsRefusedAtItsLine)
{
    struct Case {
        QString evidence;
        std::function<void(const QString& folder)> prepare;
        QString message;
    };
    const QList<Case> cases{
        {QStringLiteral("../../../../etc/passwd"), {}, QStringLiteral("leaves the folder")},
        {QStringLiteral("/etc/hostname"), {}, QStringLiteral("is an absolute path")},
        {QStringLiteral("evidence/hostname.txt"),
            [](const QString& folder) { QFile::link(QStringLiteral("/etc/hostname"), folder + QStringLiteral("/evidence/hostname.txt")); },
            QStringLiteral("symbolic link that leads out of the folder")},
        {QStringLiteral("evidence/zero.bin"),
            [](const QString& folder) { QFile::link(QStringLiteral("/dev/zero"), folder + QStringLiteral("/evidence/zero.bin")); },
            QStringLiteral("symbolic link that leads out of the folder")},
        {QStringLiteral("evidence/pipe.log"),
            [](const QString& folder) { ASSERT_EQ(::mkfifo(QFile::encodeName(folder + QStringLiteral("/evidence/pipe.log")), 0600), 0); },
            QStringLiteral("is not a regular file")},
        {QStringLiteral("evidence/logs"), [](const QString& folder) { QDir().mkpath(folder + QStringLiteral("/evidence/logs")); },
            QStringLiteral("is a folder")},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.evidence.toStdString());
        QDir(dir.filePath(QStringLiteral("declaration"))).removeRecursively();
        const QString declaration = declarationCiting(c.evidence);
        if (c.prepare)
            c.prepare(QFileInfo(declaration).absolutePath());
        const QString output = dir.filePath(QStringLiteral("out.starmark"));
        // A FIFO must not hang the import: the run is bounded.
        std::unique_ptr<QProcess> run(
            startStarmark({assess, QStringLiteral("import"), declaration, QStringLiteral("-o"), output}));
        const bool finished = run->waitForFinished(30000);
        if (!finished)
            run->kill();
        ASSERT_TRUE(finished) << "the import hung";
        const QString err = QString::fromUtf8(run->readAllStandardError());
        EXPECT_EQ(run->exitCode(), 1) << err.toStdString();
        EXPECT_TRUE(err.contains(citedAt)) << citedAt.toStdString() << err.toStdString(); // the line that names it
        EXPECT_TRUE(err.contains(c.message)) << err.toStdString();
        EXPECT_TRUE(err.contains(QStringLiteral("nothing was imported"))) << err.toStdString();
        EXPECT_FALSE(QFile::exists(output)); // nothing read from outside is anywhere
    }
}

TEST_F(HostileFiles, SetTakesEvidenceFromTheCurrentFolderOnly)
{
    const QString file = copyOf("camera-star1");
    const QByteArray before = read(file);
    QFile::link(QStringLiteral("/etc/hostname"), dir.filePath(QStringLiteral("hostname.txt")));
    for (const auto& [name, message] : {std::pair{"/etc/hostname", "is an absolute path"}, std::pair{"../../../../etc/passwd", "leaves the folder"},
             std::pair{"hostname.txt", "leads out of the folder"}}) {
        std::unique_ptr<QProcess> set(startScript(
            QStringLiteral("\"$STARMARK\" assess set \"%1\" S1.1-04.evidence=%2").arg(file, QString::fromLatin1(name)), dir.path()));
        ASSERT_TRUE(set->waitForFinished(60000));
        const QString err = QString::fromUtf8(set->readAllStandardError());
        EXPECT_EQ(set->exitCode(), 1) << err.toStdString();
        EXPECT_TRUE(err.contains(QString::fromLatin1(message))) << err.toStdString();
        EXPECT_TRUE(err.contains(QStringLiteral("nothing was changed"))) << err.toStdString();
        EXPECT_EQ(read(file), before);
    }
}

TEST_F(HostileFiles, ADeviceInsideTheFolderIsNotEvidence)
{
    const QString declaration = declarationCiting(QStringLiteral("evidence/zero.bin"));
    const QString node = QFileInfo(declaration).absolutePath() + QStringLiteral("/evidence/zero.bin");
    if (::mknod(QFile::encodeName(node).constData(), S_IFCHR | 0600, makedev(1, 5)) != 0)
        GTEST_SKIP() << "making a character device needs root (CAP_MKNOD); the symlink to /dev/zero is refused in the test above";
    const QString output = dir.filePath(QStringLiteral("out.starmark"));
    std::unique_ptr<QProcess> run(startStarmark({assess, QStringLiteral("import"), declaration, QStringLiteral("-o"), output}));
    ASSERT_TRUE(run->waitForFinished(30000));
    const QString err = QString::fromUtf8(run->readAllStandardError());
    EXPECT_EQ(run->exitCode(), 1) << err.toStdString();
    EXPECT_TRUE(err.contains(citedAt)) << citedAt.toStdString() << err.toStdString();
    EXPECT_TRUE(err.contains(QStringLiteral("is not a regular file"))) << err.toStdString();
    EXPECT_FALSE(QFile::exists(output));
}

TEST_F(HostileFiles, AVerdictEditedBehindTheTrailIsFoundAndNotSigned)
{
    const QString file = copyOf("camera-star1");
    sqliteEdit(file, {QStringLiteral("UPDATE results SET body = replace(body, '\"verdict\":\"pass\"', '\"verdict\":\"fail\"') "
                                 "WHERE requirement = 'S1.1-04'")});
    const CliResult audit = runStarmark({assess, QStringLiteral("audit"), file});
    EXPECT_EQ(audit.code, 1);
    EXPECT_TRUE(audit.out.contains(QStringLiteral("does not hold the state its audit trail recorded"))) << audit.out.toStdString();
    expectReportRefused(file, QStringLiteral("manufacturer"), 1, QStringLiteral("it was changed outside StarMark"));
    const QString label = dir.filePath(QStringLiteral("label.svg"));
    const CliResult run = runStarmark({QStringLiteral("label"), file, QStringLiteral("--issuer-key"),
        shared->filePath(QStringLiteral("pki/label-issuer.key")), QStringLiteral("--registration"), QStringLiteral("JCS-26-000123"),
        QStringLiteral("-o"), label});
    EXPECT_EQ(run.code, 1) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("refusing to label it"))) << run.err.toStdString();
    EXPECT_FALSE(QFile::exists(label));
}

TEST_F(HostileFiles, APlantedTriggerIsRefusedBeforeItCanFire)
{
    const QString file = copyOf("router-star3");
    // Handed to a lab: it would turn the lab's later fail into pass.
    sqliteEdit(file, {QStringLiteral("CREATE TRIGGER flip AFTER UPDATE ON results BEGIN UPDATE results SET body = "
                                 "replace(new.body, '\"verdict\":\"fail\"', '\"verdict\":\"pass\"') WHERE requirement = new.requirement; END")});
    const QByteArray before = read(file);
    const CliResult set = runStarmark({assess, QStringLiteral("set"), file, QStringLiteral("S1.1-04.verdict=fail")});
    EXPECT_EQ(set.code, 2) << set.err.toStdString();
    EXPECT_TRUE(set.err.contains(QStringLiteral("holds a trigger 'flip' that StarMark never makes"))) << set.err.toStdString();
    EXPECT_EQ(read(file), before);
    expectReportRefused(file, QStringLiteral("lab"), 2, QStringLiteral("trigger 'flip'"));
    for (const QString& object : {QStringLiteral("CREATE VIEW v AS SELECT * FROM results"),
             QStringLiteral("CREATE INDEX i ON audit(who)"), QStringLiteral("CREATE TABLE extra(x)")}) {
        const QString other = copyOf("camera-star1");
        sqliteEdit(other, {object});
        expectReportRefused(other, QStringLiteral("manufacturer"), 2, QStringLiteral("that StarMark never makes"));
    }
}

TEST_F(HostileFiles, ASignOffForgedByTheEvaluatorIsNotSigned)
{
    const QString file = copyOf("router-star3");
    {
        // A forger with StarMark's source: every hash recomputed, the trail intact.
        const CatalogLibrary library = CatalogLibrary::load({shippedCatalogs()});
        QString error;
        std::unique_ptr<AssessmentFile> f = AssessmentFile::open(file, AssessmentFile::Access::ReadWrite, &error);
        ASSERT_TRUE(f) << error.toStdString();
        Assessment a = *f->load(&error);
        for (Assessment::Result& r : a.results)
            r.recheck = false;
        a.signOff = Assessment::SignOff{a.evaluator.name, fixedNow};
        ASSERT_TRUE(f->save(a, library.chain(*library.find(a.catalog)), a.evaluator.name, FixedClock(fixedNow), &error))
            << error.toStdString();
    }
    EXPECT_EQ(runStarmark({assess, QStringLiteral("audit"), file}).code, 0); // the trail alone cannot tell
    expectReportRefused(file, QStringLiteral("lab"), 1, QStringLiteral("the reviewer must be someone other than the evaluator"));
    const CliResult revise = runStarmark({assess, QStringLiteral("revise"), file, QStringLiteral("--firmware"), QStringLiteral("9.9")});
    EXPECT_EQ(revise.code, 1);
    EXPECT_TRUE(revise.err.contains(QStringLiteral("refusing to revise"))) << revise.err.toStdString();
}

TEST_F(HostileFiles, ADroppedAuditTableIsRefused)
{
    const QString file = copyOf("camera-star1");
    sqliteEdit(file, {QStringLiteral("DROP TABLE audit")});
    expectReportRefused(file, QStringLiteral("manufacturer"), 2, QStringLiteral("its table 'audit' is missing"));
}

TEST_F(HostileFiles, AnOverwrittenEvidenceChunkIsNotSigned)
{
    const QString file = copyOf("camera-star1");
    sqliteEdit(file, {QStringLiteral("UPDATE evidence_chunk SET data = zeroblob(length(data)) WHERE rowid = (SELECT min(rowid) FROM evidence_chunk)")});
    expectReportRefused(file, QStringLiteral("manufacturer"), 1, QStringLiteral("is damaged: its content no longer matches its SHA-256"));
    const CliResult audit = runStarmark({assess, QStringLiteral("audit"), file});
    EXPECT_EQ(audit.code, 1);
    EXPECT_TRUE(audit.out.contains(QStringLiteral("AUDIT TRAIL BROKEN: evidence"))) << audit.out.toStdString();
}

TEST_F(HostileFiles, AFileOfTheEarlierFormatIsUpgradedOnRequestBeforeItIsSigned)
{
    const QString file = copyOf("camera-star1");
    // Format 1: no state column, hashes over the entries alone.
    QList<AuditTrail::Entry> entries;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
        db.setDatabaseName(file);
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT seq, at, who, action, target, old, new FROM audit ORDER BY seq"));
        while (q.next())
            entries.append({q.value(0).toLongLong(), QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs), q.value(2).toString(),
                q.value(3).toString(), q.value(4).toString(), q.value(5).toString(), q.value(6).toString(), {}, {}, {}});
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old"));
    QStringList statements{QStringLiteral("ALTER TABLE audit DROP COLUMN state"), QStringLiteral("UPDATE meta SET value = '1' WHERE key = 'schema'")};
    for (int i = 0; i < entries.size(); ++i) {
        AuditTrail::chain(entries[i], i ? &entries[i - 1] : nullptr);
        statements << QStringLiteral("UPDATE audit SET prev = '%1', hash = '%2' WHERE seq = %3")
                          .arg(QString::fromLatin1(entries[i].previous), QString::fromLatin1(entries[i].hash))
                          .arg(entries[i].seq);
    }
    statements << QStringLiteral("UPDATE meta SET value = '%1' WHERE key = 'audit_head'").arg(QString::fromLatin1(entries.last().hash));
    sqliteEdit(file, statements);

    EXPECT_EQ(runStarmark({assess, QStringLiteral("status"), file}).code, 0); // an old file still opens for reading
    expectReportRefused(file, QStringLiteral("manufacturer"), 1, QStringLiteral("the file is of format 1, whose audit trail does not record the state it leads to"));
    const CliResult upgrade = runStarmark({assess, QStringLiteral("upgrade"), file});
    EXPECT_EQ(upgrade.code, 0) << upgrade.err.toStdString();
    EXPECT_TRUE(upgrade.out.contains(QStringLiteral("upgraded from file format 1 to 2"))) << upgrade.out.toStdString();
    const CliResult audit = runStarmark({assess, QStringLiteral("audit"), file});
    EXPECT_EQ(audit.code, 0) << audit.out.toStdString();
    EXPECT_TRUE(audit.out.contains(QStringLiteral("upgrade format: 1 → 2"))) << audit.out.toStdString();
    const CliResult run = report(file, QStringLiteral("manufacturer"), dir.filePath(QStringLiteral("upgraded.pdf")));
    EXPECT_EQ(run.code, 0) << run.err.toStdString();
}

TEST_F(HostileFiles, TwoWritersAtOnceLoseNothing)
{
    const QString file = copyOf("camera-star1");
    const int changes = 200;
    const QString loop = QStringLiteral("for i in $(seq 1 %1); do \"$STARMARK\" assess set --who %2 \"%3\" %4.rationale=%2-$i >/dev/null || exit 1; done");
    std::unique_ptr<QProcess> a(startScript(loop.arg(changes).arg(QStringLiteral("A"), file, QStringLiteral("S1.1-04")), dir.path()));
    std::unique_ptr<QProcess> b(startScript(loop.arg(changes).arg(QStringLiteral("B"), file, QStringLiteral("S1.1-05")), dir.path()));
    ASSERT_TRUE(a->waitForFinished(540000));
    ASSERT_TRUE(b->waitForFinished(60000));
    EXPECT_EQ(a->exitCode(), 0) << a->readAllStandardError().toStdString();
    EXPECT_EQ(b->exitCode(), 0) << b->readAllStandardError().toStdString();

    EXPECT_EQ(resultOf(file, QStringLiteral("S1.1-04")).value(QStringLiteral("rationale")).toString(), QStringLiteral("A-200"));
    EXPECT_EQ(resultOf(file, QStringLiteral("S1.1-05")).value(QStringLiteral("rationale")).toString(), QStringLiteral("B-200"));
    const CliResult audit = runStarmark({assess, QStringLiteral("audit"), file, QStringLiteral("--json")});
    EXPECT_EQ(audit.code, 0);
    const QJsonObject trail = QJsonDocument::fromJson(audit.out.toUtf8()).object();
    QMap<QString, int> count;
    QMap<QString, QString> last; // target → its newest value, entry by entry
    for (const QJsonValue& v : trail.value(QStringLiteral("entries")).toArray()) {
        const QJsonObject e = v.toObject();
        const QString who = e.value(QStringLiteral("who")).toString();
        const QString target = e.value(QStringLiteral("target")).toString();
        if (last.contains(target)) {
            EXPECT_EQ(e.value(QStringLiteral("old")).toString(), last.value(target)) << "entry " << e.value(QStringLiteral("seq")).toInt();
        }
        last.insert(target, e.value(QStringLiteral("new")).toString());
        if (who == QLatin1String("A") || who == QLatin1String("B")) {
            // Each writer's entries touch its own requirement only: none undoes the other's.
            EXPECT_EQ(target, who == QLatin1String("A") ? QStringLiteral("results.S1.1-04") : QStringLiteral("results.S1.1-05"));
            ++count[who];
        }
    }
    EXPECT_EQ(count.value(QStringLiteral("A")), changes);
    EXPECT_EQ(count.value(QStringLiteral("B")), changes);
}

TEST_F(HostileFiles, AWriterHoldingTheFileIsNamed)
{
    const QString file = copyOf("camera-star1");
    const QByteArray before = read(file);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
    db.setDatabaseName(file);
    ASSERT_TRUE(db.open());
    QSqlQuery hold(db);
    ASSERT_TRUE(hold.exec(QStringLiteral("BEGIN IMMEDIATE")));
    const CliResult run = runStarmark({assess, QStringLiteral("set"), file, QStringLiteral("S1.1-04.rationale=late")});
    QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("holder"));
    EXPECT_EQ(run.code, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("another program is writing to it"))) << run.err.toStdString();
    EXPECT_EQ(read(file), before);
}

TEST_F(HostileFiles, ExportThenImportKeepsTwoEvidenceFilesOfOneName)
{
    const QString file = copyOf("camera-star1");
    write(dir.filePath(QStringLiteral("a/report.txt")), "the report from folder a\n");
    write(dir.filePath(QStringLiteral("b/report.txt")), "the report from folder b, another one\n");
    for (const auto& [folder, requirement] : {std::pair{"a", "S1.1-04"}, std::pair{"b", "S1.1-05"}}) {
        std::unique_ptr<QProcess> set(startScript(QStringLiteral("\"$STARMARK\" assess set \"%1\" %2.evidence=report.txt").arg(file, requirement),
            dir.filePath(QString::fromLatin1(folder))));
        ASSERT_TRUE(set->waitForFinished(60000));
        ASSERT_EQ(set->exitCode(), 0) << set->readAllStandardError().toStdString();
    }
    const QString exported = dir.filePath(QStringLiteral("out/declaration.yaml"));
    const CliResult run = runStarmark({assess, QStringLiteral("export"), file, QStringLiteral("-o"), exported});
    ASSERT_EQ(run.code, 0) << run.err.toStdString();
    EXPECT_EQ(read(dir.filePath(QStringLiteral("out/report.txt"))), read(dir.filePath(QStringLiteral("a/report.txt"))));
    EXPECT_EQ(read(dir.filePath(QStringLiteral("out/report (2).txt"))), read(dir.filePath(QStringLiteral("b/report.txt"))));

    const QString again = dir.filePath(QStringLiteral("again.starmark"));
    const CliResult import = runStarmark({assess, QStringLiteral("import"), exported, QStringLiteral("-o"), again});
    ASSERT_EQ(import.code, 0) << import.err.toStdString();
    for (const QString& requirement : {QStringLiteral("S1.1-04"), QStringLiteral("S1.1-05")}) {
        const auto sha = [&](const QString& f) {
            return resultOf(f, requirement).value(QStringLiteral("evidence")).toArray().first().toObject().value(QStringLiteral("sha256"));
        };
        EXPECT_EQ(sha(again), sha(file)) << requirement.toStdString();
        EXPECT_FALSE(sha(file).toString().isEmpty());
    }
    // Into a folder that holds files already, no export is made.
    const CliResult twice = runStarmark({assess, QStringLiteral("export"), file, QStringLiteral("-o"), exported});
    EXPECT_EQ(twice.code, 1);
    EXPECT_TRUE(twice.err.contains(QStringLiteral("already holds files"))) << twice.err.toStdString();
}

TEST_F(HostileFiles, AnExportStoppedByDamagedEvidenceLeavesNothing)
{
    const QString file = copyOf("camera-star1");
    sqliteEdit(file, {QStringLiteral("UPDATE evidence_chunk SET data = zeroblob(length(data)) WHERE rowid = (SELECT max(rowid) FROM evidence_chunk)")});
    const QString out = dir.filePath(QStringLiteral("out"));
    const CliResult run = runStarmark({assess, QStringLiteral("export"), file, QStringLiteral("-o"), out + QStringLiteral("/declaration.yaml")});
    EXPECT_EQ(run.code, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("is damaged in this file"))) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("nothing was exported"))) << run.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(out));
    EXPECT_EQ(QDir(dir.path()).entryList({QStringLiteral("out*")}, QDir::AllEntries | QDir::NoDotAndDotDot).join(QLatin1Char(' ')).toStdString(),
        std::string());
}

TEST_F(HostileFiles, AFileSizeLimitIsNamedAndTheFileIsIntact)
{
    const QString file = copyOf("camera-star1");
    write(dir.filePath(QStringLiteral("big.bin")), randomBytes(4 << 20, 7));
    const QByteArray before = read(file);
    const rlim_t limit = rlim_t(before.size() + (1 << 20));
    std::unique_ptr<QProcess> set(startScript(
        QStringLiteral("ulimit -f %1; \"$STARMARK\" assess set \"%2\" S1.1-04.evidence=big.bin").arg(limit / 1024).arg(file), dir.path()));
    ASSERT_TRUE(set->waitForFinished(60000));
    const QString err = QString::fromUtf8(set->readAllStandardError());
    EXPECT_EQ(set->exitCode(), 1) << err.toStdString();
    EXPECT_TRUE(err.contains(QStringLiteral("the file size limit was hit (ulimit -f"))) << err.toStdString();
    EXPECT_FALSE(err.contains(QStringLiteral("Parameter count mismatch"))) << err.toStdString();
    EXPECT_EQ(read(file), before);
    EXPECT_EQ(runStarmark({assess, QStringLiteral("audit"), file}).code, 0);

    // A new file under the limit: the limit is named, not "not a StarMark assessment file", and nothing is left.
    const QString fresh = dir.filePath(QStringLiteral("new/fresh.starmark"));
    QDir().mkpath(QFileInfo(fresh).absolutePath());
    std::unique_ptr<QProcess> import(startScript(QStringLiteral("ulimit -f 256; \"$STARMARK\" assess import \"%1\" -o \"%2\"")
                                                     .arg(demoFolder("camera-star1") + QStringLiteral("/declaration.yaml"), fresh),
        dir.path()));
    ASSERT_TRUE(import->waitForFinished(60000));
    const QString importErr = QString::fromUtf8(import->readAllStandardError());
    EXPECT_EQ(import->exitCode(), 1) << importErr.toStdString();
    EXPECT_TRUE(importErr.contains(QStringLiteral("the file size limit was hit"))) << importErr.toStdString();
    EXPECT_FALSE(importErr.contains(QStringLiteral("not a StarMark assessment file"))) << importErr.toStdString();
    EXPECT_EQ(QDir(QFileInfo(fresh).absolutePath()).entryList(QDir::Files).join(QLatin1Char(' ')).toStdString(), std::string());
}

TEST_F(HostileFiles, AFullDiskIsNamedAndTheFileIsIntact)
{
    const QString mountPoint = dir.filePath(QStringLiteral("small"));
    QDir().mkpath(mountPoint);
    if (::mount("tmpfs", QFile::encodeName(mountPoint).constData(), "tmpfs", 0, "size=2m") != 0)
        GTEST_SKIP() << "mounting a 2 MB tmpfs needs root (CAP_SYS_ADMIN); the file-size-limit test covers a full disk otherwise";
    struct Unmount {
        QString path;
        ~Unmount() { ::umount2(QFile::encodeName(path).constData(), MNT_DETACH); }
    } unmount{mountPoint};
    const QString file = mountPoint + QStringLiteral("/camera.starmark");
    ASSERT_TRUE(QFile::copy(copyOf("camera-star1"), file));
    write(dir.filePath(QStringLiteral("big.bin")), randomBytes(3 << 20, 11));
    const QByteArray before = read(file);
    std::unique_ptr<QProcess> set(startScript(QStringLiteral("\"$STARMARK\" assess set \"%1\" S1.1-04.evidence=big.bin").arg(file), dir.path()));
    ASSERT_TRUE(set->waitForFinished(60000));
    const QString err = QString::fromUtf8(set->readAllStandardError());
    EXPECT_EQ(set->exitCode(), 1) << err.toStdString();
    EXPECT_TRUE(err.contains(QStringLiteral("the disk is full"))) << err.toStdString();
    EXPECT_EQ(read(file), before);
    EXPECT_FALSE(QFile::exists(file + QStringLiteral("-journal")));
}

TEST_F(HostileFiles, AFileThatDoesNotExistYetIsNamedSo)
{
    const QString missing = dir.filePath(QStringLiteral("nowhere.starmark"));
    for (const QStringList& command : {QStringList{assess, QStringLiteral("status"), missing}, QStringList{assess, QStringLiteral("audit"), missing},
             QStringList{assess, QStringLiteral("set"), missing, QStringLiteral("S1.1-04.rationale=x")}}) {
        const CliResult run = runStarmark(command);
        EXPECT_EQ(run.code, 2);
        EXPECT_TRUE(run.err.contains(QStringLiteral("no such file"))) << run.err.toStdString();
        EXPECT_FALSE(run.err.contains(QStringLiteral("not a StarMark assessment file"))) << run.err.toStdString();
        EXPECT_FALSE(QFile::exists(missing));
    }
    // Handed a FIFO or a device as its file, a command answers at once instead of waiting on it.
    const QString pipe = dir.filePath(QStringLiteral("pipe.starmark"));
    ASSERT_EQ(::mkfifo(QFile::encodeName(pipe).constData(), 0600), 0);
    for (const QString& path : {pipe, QStringLiteral("/dev/zero")}) {
        std::unique_ptr<QProcess> run(startStarmark({assess, QStringLiteral("status"), path}));
        const bool finished = run->waitForFinished(30000);
        if (!finished)
            run->kill();
        ASSERT_TRUE(finished) << path.toStdString();
        EXPECT_EQ(run->exitCode(), 2);
        EXPECT_TRUE(QString::fromUtf8(run->readAllStandardError()).contains(QStringLiteral("not a regular file")));
    }
}
