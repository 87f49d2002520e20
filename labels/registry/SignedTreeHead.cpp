#include "labels/registry/SignedTreeHead.h"

#include "labels/IssuerKey.h"
#include "labels/registry/MerkleTree.h"
#include "labels/registry/RegistryDatabase.h"
#include "labels/registry/SignedJson.h"
#include "labels/registry/TransparencyLog.h"

namespace starmark {

Result<SignedTreeHead> SignedTreeHead::of(const TransparencyLog& log, const IssuerKey& key, const QDateTime& now)
{
    const Result<QList<QByteArray>> leaves = log.leafHashes();
    if (!leaves)
        return leaves.problems();
    SignedTreeHead head;
    head.m_issuer = QString::fromLatin1(key.spkiSha256().toHex());
    head.m_treeSize = leaves->size();
    head.m_rootHash = MerkleTree::root(*leaves, leaves->size());
    head.m_timestamp = now.toUTC();
    return head;
}

QJsonObject SignedTreeHead::toJson() const
{
    return {{QStringLiteral("issuer"), m_issuer}, {QStringLiteral("tree_size"), m_treeSize},
        {QStringLiteral("root_hash"), QString::fromLatin1(m_rootHash.toHex())},
        {QStringLiteral("timestamp"), RegistryDatabase::timestamp(m_timestamp)}};
}

QByteArray SignedTreeHead::sealed(const IssuerKey& key) const
{
    return SignedJson::seal(QString::fromLatin1(name), toJson(), key);
}

Result<SignedTreeHead> SignedTreeHead::read(const QByteArray& bytes, const IssuerKey& key, const QString& file)
{
    const Result<QJsonObject> opened = SignedJson::open(bytes, QString::fromLatin1(name), key, file);
    if (!opened)
        return opened.problems();
    SignedTreeHead head;
    head.m_file = file;
    head.m_issuer = opened->value(QStringLiteral("issuer")).toString();
    const QJsonValue size = opened->value(QStringLiteral("tree_size"));
    head.m_treeSize = size.toInteger(-1);
    head.m_rootHash = QByteArray::fromHex(opened->value(QStringLiteral("root_hash")).toString().toLatin1());
    head.m_timestamp = RegistryDatabase::timeOf(opened->value(QStringLiteral("timestamp")));
    const auto unreadable = [&](const char* key) {
        return Problem::unusable(QStringLiteral("log.tree-head-unreadable"),
            Message("SignedTreeHead", "the signed tree head lacks a valid \"%1\"").arg(QString::fromLatin1(key)), {file},
            QString::fromLatin1(key));
    };
    if (head.m_treeSize < 0 || !size.isDouble())
        return unreadable("tree_size");
    if (head.m_rootHash.size() != 32)
        return unreadable("root_hash");
    if (!head.m_timestamp.isValid())
        return unreadable("timestamp");
    return head;
}

} // namespace starmark
