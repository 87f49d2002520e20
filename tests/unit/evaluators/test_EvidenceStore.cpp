#include "Fixtures.h"

#include "evaluators/EvidenceStore.h"
#include "evaluators/Sha256.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace starmark;
using namespace starmark::test;

class EvidenceStoreTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("evidence-test"));
        db.setDatabaseName(dir.filePath(QStringLiteral("store.sqlite")));
        ASSERT_TRUE(db.open());
        EvidenceStore::createSchema(db);
    }
    void TearDown() override
    {
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("evidence-test"));
    }
    QByteArray randomBytes(qsizetype n)
    {
        QByteArray bytes(n, Qt::Uninitialized);
        QRandomGenerator generator(42);
        generator.fillRange(reinterpret_cast<quint32*>(bytes.data()), n / 4);
        return bytes;
    }
    QTemporaryDir dir;
    QSqlDatabase db;
};

TEST_F(EvidenceStoreTest, StoresInChunksAndReadsBackVerified)
{
    const QByteArray content = randomBytes(EvidenceStore::chunkSize * 2 + 12345);
    const QString path = writeFile(dir, QStringLiteral("big.bin"), content);
    EvidenceStore store(db);
    QString error;
    const auto stored = store.store(path, &error);
    ASSERT_TRUE(stored.has_value()) << error.toStdString();
    EXPECT_TRUE(stored->added);
    EXPECT_EQ(stored->size, content.size());
    EXPECT_EQ(stored->sha256, QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT COUNT(*) FROM evidence_chunk"));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toInt(), 3);

    QBuffer out;
    out.open(QIODevice::WriteOnly);
    ASSERT_TRUE(store.read(stored->sha256, out, &error)) << error.toStdString();
    EXPECT_EQ(out.data(), content);
}

TEST_F(EvidenceStoreTest, SameContentIsStoredOnce)
{
    const QByteArray content = randomBytes(4000);
    EvidenceStore store(db);
    const auto first = store.store(writeFile(dir, QStringLiteral("a.log"), content), nullptr);
    const auto second = store.store(writeFile(dir, QStringLiteral("copy-of-a.log"), content), nullptr);
    const auto other = store.store(writeFile(dir, QStringLiteral("b.log"), randomBytes(4000).replace(0, 1, "x")), nullptr);
    ASSERT_TRUE(first && second && other);
    EXPECT_TRUE(first->added);
    EXPECT_FALSE(second->added);
    EXPECT_EQ(first->sha256, second->sha256);
    EXPECT_TRUE(other->added);
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT COUNT(*) FROM evidence"));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toInt(), 2);
}

TEST_F(EvidenceStoreTest, EmptyFileIsEvidenceToo)
{
    EvidenceStore store(db);
    const auto stored = store.store(writeFile(dir, QStringLiteral("empty.txt"), {}), nullptr);
    ASSERT_TRUE(stored.has_value());
    EXPECT_EQ(stored->sha256, QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    EXPECT_TRUE(store.read(stored->sha256, out, nullptr));
}

TEST_F(EvidenceStoreTest, DamagedBlobIsDetectedOnRead)
{
    EvidenceStore store(db);
    const auto stored = store.store(writeFile(dir, QStringLiteral("log.txt"), "original evidence"), nullptr);
    QSqlQuery q(db);
    q.exec(QStringLiteral("UPDATE evidence_chunk SET data = X'00'"));
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    QString error;
    EXPECT_FALSE(store.read(stored->sha256, out, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("damaged"))) << error.toStdString();
    EXPECT_FALSE(store.read(QByteArray(64, 'f'), out, &error));
    EXPECT_FALSE(store.store(dir.filePath(QStringLiteral("missing")), &error).has_value());
}

TEST(Sha256, MatchesKnownVectors)
{
    Sha256 abc;
    abc.add("abc", 3);
    EXPECT_EQ(abc.hex(), QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    Sha256 split;
    split.add("a", 1);
    split.add("bc", 2);
    EXPECT_EQ(split.hex(), QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
}
