#include "labels/registry/LogProof.h"

#include "labels/registry/MerkleTree.h"
#include "labels/registry/SignedTreeHead.h"
#include "labels/registry/TransparencyLog.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace starmark {
namespace {

QJsonArray hexes(const QList<QByteArray>& hashes)
{
    QJsonArray out;
    for (const QByteArray& h : hashes)
        out.append(QString::fromLatin1(h.toHex()));
    return out;
}

std::optional<QList<QByteArray>> hashesOf(const QJsonValue& value)
{
    if (!value.isArray() || value.toArray().size() > 64)
        return std::nullopt;
    QList<QByteArray> out;
    for (const QJsonValue& v : value.toArray()) {
        const QByteArray h = QByteArray::fromHex(v.toString().toLatin1());
        if (h.size() != 32 || v.toString().size() != 64)
            return std::nullopt;
        out.append(h);
    }
    return out;
}

Problem tooLarge(qint64 treeSize, qint64 size)
{
    return Problem::unusable(QStringLiteral("log.tree-size-too-large"),
        Message("LogProof", "the log holds %1 entries: there is no tree of %2 to prove anything in").arg(size).arg(treeSize), {},
        QStringLiteral("tree_size"));
}

Problem badRange(const Message& message, const QString& key)
{
    return Problem::unusable(QStringLiteral("log.bad-range"), message, {}, key);
}

Problem unreadable(const QString& file, const QString& key)
{
    return Problem::unusable(QStringLiteral("log.proof-unreadable"),
        Message("LogProof", "not a proof the registry's log gives: \"%1\" is missing or wrong").arg(key), {file}, key);
}

Problem otherTree(const QString& file, const QString& key, qint64 proven, const SignedTreeHead& head)
{
    return Problem::unusable(QStringLiteral("log.proof-for-other-tree"),
        Message("LogProof", "the proof is for a tree of %1 entries, the signed tree head %2 for one of %3")
            .arg(proven)
            .arg(Message::plain(head.file()))
            .arg(head.treeSize()),
        {file}, key);
}

// The log's leaf hashes, if it holds a tree of `treeSize` entries.
Result<QList<QByteArray>> leavesFor(const TransparencyLog& log, qint64 treeSize)
{
    Result<QList<QByteArray>> leaves = log.leafHashes();
    if (leaves && treeSize > leaves->size())
        return tooLarge(treeSize, leaves->size());
    return leaves;
}

Result<QJsonObject> inclusionAt(const TransparencyLog& log, const QList<QByteArray>& leaves, qint64 index, qint64 treeSize)
{
    if (index < 0 || index >= treeSize)
        return badRange(Message("LogProof", "leaf %1 is not in a tree of %2 entries").arg(index).arg(treeSize), QStringLiteral("leaf_index"));
    const Result<QList<TransparencyLog::Entry>> entry = log.entries(index, index);
    if (!entry)
        return entry.problems();
    return QJsonObject{{QStringLiteral("leaf_index"), index}, {QStringLiteral("tree_size"), treeSize},
        {QStringLiteral("leaf_hash"), QString::fromLatin1(leaves[index].toHex())},
        {QStringLiteral("entry"), QString::fromUtf8(entry->constFirst().entry)},
        {QStringLiteral("audit_path"), hexes(*MerkleTree::inclusionProof(leaves, index, treeSize))}};
}

std::optional<QJsonObject> objectOf(const QByteArray& bytes)
{
    const QJsonDocument document = QJsonDocument::fromJson(bytes);
    return document.isObject() ? std::optional(document.object()) : std::nullopt;
}

} // namespace

Result<QJsonObject> LogProof::inclusion(const TransparencyLog& log, qint64 index, qint64 treeSize)
{
    const Result<QList<QByteArray>> leaves = leavesFor(log, treeSize);
    if (!leaves)
        return leaves.problems();
    return inclusionAt(log, *leaves, index, treeSize);
}

Result<QJsonObject> LogProof::inclusionOf(const TransparencyLog& log, const QByteArray& leafHash, qint64 treeSize)
{
    const Result<QList<QByteArray>> leaves = leavesFor(log, treeSize);
    if (!leaves)
        return leaves.problems();
    const qsizetype index = leaves->indexOf(leafHash);
    if (index < 0 || index >= treeSize)
        return Problem::unusable(QStringLiteral("log.unknown-leaf"),
            Message("LogProof", "no entry of the tree of %1 entries has the leaf hash %2")
                .arg(treeSize)
                .arg(Message::plain(QString::fromLatin1(leafHash.toHex()))),
            {}, QStringLiteral("hash"));
    return inclusionAt(log, *leaves, index, treeSize);
}

Result<QJsonObject> LogProof::consistency(const TransparencyLog& log, qint64 first, qint64 second)
{
    const Result<QList<QByteArray>> leaves = leavesFor(log, second);
    if (!leaves)
        return leaves.problems();
    if (first <= 0 || first > second)
        return badRange(Message("LogProof", "a consistency proof goes from a tree of 1 or more entries to one as large or larger, not from %1 to %2")
                            .arg(first)
                            .arg(second),
            QStringLiteral("first"));
    return QJsonObject{{QStringLiteral("first"), first}, {QStringLiteral("second"), second},
        {QStringLiteral("consistency"), hexes(*MerkleTree::consistencyProof(*leaves, first, second))}};
}

Result<QJsonObject> LogProof::checkInclusion(const QByteArray& bytes, const SignedTreeHead& head, const QString& file)
{
    const std::optional<QJsonObject> proof = objectOf(bytes);
    if (!proof)
        return unreadable(file, QStringLiteral("leaf_index"));
    const qint64 index = proof->value(QStringLiteral("leaf_index")).toInteger(-1);
    const qint64 size = proof->value(QStringLiteral("tree_size")).toInteger(-1);
    const QJsonValue entry = proof->value(QStringLiteral("entry"));
    const std::optional<QList<QByteArray>> path = hashesOf(proof->value(QStringLiteral("audit_path")));
    if (index < 0)
        return unreadable(file, QStringLiteral("leaf_index"));
    if (size < 0)
        return unreadable(file, QStringLiteral("tree_size"));
    if (!entry.isString())
        return unreadable(file, QStringLiteral("entry"));
    if (!path)
        return unreadable(file, QStringLiteral("audit_path"));
    if (size != head.treeSize())
        return otherTree(file, QStringLiteral("tree_size"), size, head);
    const QByteArray text = entry.toString().toUtf8();
    if (!MerkleTree::verifyInclusion(index, size, MerkleTree::leafHash(text), *path, head.rootHash()))
        return Problem::invalid(QStringLiteral("log.not-included"),
            Message("LogProof", "entry %1 is not in the tree the head %2 signed: the entry, or the log, is not what it was")
                .arg(index)
                .arg(Message::plain(head.file())),
            {file}, QStringLiteral("audit_path"));
    const std::optional<QJsonObject> parsed = objectOf(text);
    if (!parsed)
        return unreadable(file, QStringLiteral("entry"));
    return *parsed;
}

Result<void> LogProof::checkConsistency(const QByteArray& bytes, const SignedTreeHead& older, const SignedTreeHead& newer, const QString& file)
{
    const std::optional<QJsonObject> proof = objectOf(bytes);
    if (!proof)
        return unreadable(file, QStringLiteral("first"));
    const qint64 first = proof->value(QStringLiteral("first")).toInteger(-1);
    const qint64 second = proof->value(QStringLiteral("second")).toInteger(-1);
    const std::optional<QList<QByteArray>> path = hashesOf(proof->value(QStringLiteral("consistency")));
    if (first < 1)
        return unreadable(file, QStringLiteral("first"));
    if (second < first)
        return unreadable(file, QStringLiteral("second"));
    if (!path)
        return unreadable(file, QStringLiteral("consistency"));
    if (first != older.treeSize())
        return otherTree(file, QStringLiteral("first"), first, older);
    if (second != newer.treeSize())
        return otherTree(file, QStringLiteral("second"), second, newer);
    if (!MerkleTree::verifyConsistency(first, second, *path, older.rootHash(), newer.rootHash()))
        return Problem::invalid(QStringLiteral("log.not-consistent"),
            Message("LogProof", "the log of %1 entries signed in %2 does not extend the one of %3 signed in %4: entries were rewritten or removed")
                .arg(second)
                .arg(Message::plain(newer.file()))
                .arg(first)
                .arg(Message::plain(older.file())),
            {file}, QStringLiteral("consistency"));
    return {};
}

} // namespace starmark
