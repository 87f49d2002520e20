// The registry's signed revocation list and transparency log, fetched from a real `starmark
// serve` and checked offline by `starmark verify-label --revocations` and `starmark
// verify-log`, as a verifier who trusts only the issuer's public key would; and what a
// forger with the file, or a member of staff with the database, gets from them.
#include "CliRunner.h"
#include "RunningRegistry.h"
#include "SqliteEdit.h"
#include "TestClock.h"

#include "labels/IssuerKey.h"
#include "labels/registry/MerkleTree.h"
#include "labels/registry/SignedJson.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace starmark;
using namespace starmark::test;

namespace {

class ServeTransparency : public ::testing::Test {
protected:
    // Two cameras registered, the second revoked; what a verifier fetched along the way.
    static void SetUpTestSuite()
    {
        dir = new QTemporaryDir;
        registry = new RunningRegistry(dir->path());
        const HttpReply first = registry->submit(registry->anotherReport());
        ASSERT_EQ(first.status, 201) << first.text().toStdString();
        validUrl = first.json().value(QStringLiteral("url")).toString();
        save(QStringLiteral("sth-1.json"), registry->get("/api/v1/log/sth"));
        save(QStringLiteral("list-0.json"), registry->get("/api/v1/revocations"));
        const HttpReply second = registry->submit(registry->anotherReport());
        ASSERT_EQ(second.status, 201) << second.text().toStdString();
        revokedUrl = second.json().value(QStringLiteral("url")).toString();
        revoked = second.json().value(QStringLiteral("registration")).toString();
        const HttpReply r = registry->post("/api/v1/labels/" + revoked.toLatin1() + "/revoke", R"({"reason": "虚偽の自己適合宣言"})",
            "application/json", registry->bearer());
        ASSERT_EQ(r.status, 200) << r.text().toStdString();
        save(QStringLiteral("list.json"), registry->get("/api/v1/revocations"));
        save(QStringLiteral("sth.json"), registry->get("/api/v1/log/sth"));
        save(QStringLiteral("inclusion-0.json"), registry->get("/api/v1/log/proof/inclusion?leaf_index=0&tree_size=3"));
        save(QStringLiteral("consistency-1-3.json"), registry->get("/api/v1/log/proof/consistency?first=1&second=3"));
    }
    static void TearDownTestSuite()
    {
        delete registry;
        delete dir;
    }
    static QString path(const QString& name) { return dir->filePath(name); }
    static void save(const QString& name, const HttpReply& reply)
    {
        ASSERT_EQ(reply.status, 200) << name.toStdString() << ": " << reply.text().toStdString();
        QFile file(path(name));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(reply.body);
    }
    static QByteArray bytes(const QString& name)
    {
        QFile file(path(name));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    static void write(const QString& name, const QByteArray& content)
    {
        QFile file(path(name));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    static QString issuer() { return registry->pki + QStringLiteral("/label-issuer.pub.pem"); }
    static CliResult verifyLabel(const QString& url, const QString& list, const QStringList& more = {}, const QString& now = {})
    {
        return runStarmark(QStringList{QStringLiteral("verify-label"), url, QStringLiteral("--trust"), issuer(), QStringLiteral("--revocations"),
                               path(list)}
                + more,
            {}, now);
    }
    static CliResult verifyLog(const QStringList& arguments)
    {
        return runStarmark(QStringList{QStringLiteral("verify-log"), QStringLiteral("--trust"), issuer()} + arguments);
    }

    static inline QTemporaryDir* dir = nullptr;
    static inline RunningRegistry* registry = nullptr;
    static inline QString validUrl;
    static inline QString revokedUrl;
    static inline QString revoked;
};

} // namespace

TEST_F(ServeTransparency, TheServedListIsSignedByTheIssuerKeyWithItsDatesAndSequence)
{
    const QJsonObject document = QJsonDocument::fromJson(bytes(QStringLiteral("list.json"))).object();
    const QJsonObject list = document.value(QStringLiteral("revocations")).toObject();
    EXPECT_EQ(list.value(QStringLiteral("sequence")).toInteger(), 1);
    EXPECT_EQ(QJsonDocument::fromJson(bytes(QStringLiteral("list-0.json"))).object().value(QStringLiteral("revocations")).toObject()
                  .value(QStringLiteral("sequence"))
                  .toInteger(),
        0);
    const QDateTime thisUpdate = QDateTime::fromString(list.value(QStringLiteral("this_update")).toString(), Qt::ISODate);
    EXPECT_LE(qAbs(thisUpdate.secsTo(testNow())), 600);
    EXPECT_EQ(thisUpdate.secsTo(QDateTime::fromString(list.value(QStringLiteral("next_update")).toString(), Qt::ISODate)), 24 * 3600);
    const QJsonArray entries = list.value(QStringLiteral("revoked")).toArray();
    ASSERT_EQ(entries.size(), 1);
    EXPECT_EQ(entries[0].toObject().value(QStringLiteral("registration")).toString(), revoked);
    EXPECT_EQ(entries[0].toObject().value(QStringLiteral("reason")).toString(), QStringLiteral("虚偽の自己適合宣言"));
    EXPECT_TRUE(document.value(QStringLiteral("signature")).toString().contains(QStringLiteral("..")));
}

// What a verifier written elsewhere makes of them: Python's standard library and the openssl
// command, from the RFCs alone (detached JWS with ES256 over canonical JSON; RFC 6962's tree).
TEST_F(ServeTransparency, AnIndependentVerifierAgreesWithTheSignaturesAndTheRoot)
{
    save(QStringLiteral("entries.json"), registry->get("/api/v1/log/entries?start=0&end=2"));
    write(QStringLiteral("check.py"), R"PY(# An independent verifier in Python's standard library and the openssl command: the registry's
# signed documents are RFC 7515 detached JWS (ES256) over canonical JSON, its tree an RFC 6962 tree.
import base64, hashlib, json, subprocess, sys, os

def b64url(data): return base64.urlsafe_b64encode(data).rstrip(b"=")
def unb64url(text): return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
def canonical(obj): return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()

def der_integer(raw):
    raw = raw.lstrip(b"\0") or b"\0"
    if raw[0] & 0x80: raw = b"\0" + raw
    return b"\x02" + bytes([len(raw)]) + raw

def verify(path, name, public_key, folder):
    document = json.load(open(path, encoding="utf-8"))
    header, empty, signature = document["signature"].split(".")
    assert empty == "", "the payload is detached"
    assert json.loads(unb64url(header))["alg"] == "ES256"
    spki = subprocess.run(["openssl", "pkey", "-pubin", "-in", public_key, "-outform", "DER"], capture_output=True, check=True).stdout
    assert json.loads(unb64url(header))["kid"] == hashlib.sha256(spki).hexdigest()
    raw = unb64url(signature)
    body = der_integer(raw[:32]) + der_integer(raw[32:])
    open(os.path.join(folder, "sig.der"), "wb").write(b"\x30" + bytes([len(body)]) + body)
    open(os.path.join(folder, "input"), "wb").write(header.encode() + b"." + b64url(canonical(document[name])))
    result = subprocess.run(["openssl", "dgst", "-sha256", "-verify", public_key, "-signature", os.path.join(folder, "sig.der"),
                             os.path.join(folder, "input")], capture_output=True, text=True)
    assert result.stdout.strip() == "Verified OK", result.stdout + result.stderr
    return document[name]

def root(leaves):
    if len(leaves) == 1: return leaves[0]
    k = 1
    while k * 2 < len(leaves): k *= 2
    return hashlib.sha256(b"\x01" + root(leaves[:k]) + root(leaves[k:])).digest()

folder, public_key = sys.argv[1], sys.argv[2]
verify(os.path.join(folder, "list.json"), "revocations", public_key, folder)
head = verify(os.path.join(folder, "sth.json"), "tree_head", public_key, folder)
entries = json.load(open(os.path.join(folder, "entries.json"), encoding="utf-8"))["entries"]
leaves = [hashlib.sha256(b"\x00" + e["entry"].encode()).digest() for e in entries[: head["tree_size"]]]
assert root(leaves).hex() == head["root_hash"], "the tree head's root is not RFC 6962's root of the entries"
print("independent check: both signatures verified, root", head["root_hash"])
)PY");
    const CliResult run = runTool(QStringLiteral("python3"), {path(QStringLiteral("check.py")), dir->path(), issuer()});
    EXPECT_EQ(run.code, 0) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("both signatures verified"))) << run.out.toStdString();
}

TEST_F(ServeTransparency, VerifyLabelRefusesARevokedLabelWithItsDateAndReasonInBothLanguages)
{
    const CliResult valid = verifyLabel(validUrl, QStringLiteral("list.json"));
    EXPECT_EQ(valid.code, 0) << valid.out.toStdString() << valid.err.toStdString();
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("ja")}) {
        const CliResult run = verifyLabel(revokedUrl, QStringLiteral("list.json"), {QStringLiteral("--lang"), language});
        EXPECT_EQ(run.code, 1) << run.out.toStdString() << run.err.toStdString();
        EXPECT_TRUE(run.out.contains(QStringLiteral("虚偽の自己適合宣言"))) << run.out.toStdString();
        EXPECT_TRUE(run.out.contains(testNow().date().toString(Qt::ISODate))) << run.out.toStdString();
        EXPECT_TRUE(run.out.contains(language == QLatin1String("ja") ? QStringLiteral("失効") : QStringLiteral("revoked")))
            << run.out.toStdString();
    }
    const CliResult json = verifyLabel(revokedUrl, QStringLiteral("list.json"), {QStringLiteral("--json")});
    EXPECT_EQ(json.code, 1);
    const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
    EXPECT_EQ(o.value(QStringLiteral("status")).toString(), QStringLiteral("revoked"));
    EXPECT_EQ(o.value(QStringLiteral("code")).toString(), QStringLiteral("label.revoked"));
    // The list fetched before the revocation does not know of it: that is what its sequence and dates are for.
    EXPECT_EQ(verifyLabel(revokedUrl, QStringLiteral("list-0.json")).code, 0);
}

TEST_F(ServeTransparency, ThePageSaysHowFreshTheSignedListIsInBothLanguages)
{
    const QJsonObject list = QJsonDocument::fromJson(registry->get("/api/v1/revocations").body).object().value(QStringLiteral("revocations")).toObject();
    const auto shown = [&](const char* key) {
        return QDateTime::fromString(list.value(QString::fromLatin1(key)).toString(), Qt::ISODate).toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
    };
    const QString registration = validUrl.section(QLatin1Char('/'), -2, -2);
    for (const auto& [language, words] : {std::pair{"ja", QStringLiteral("署名付き失効リスト")}, std::pair{"en", QStringLiteral("Signed revocation list")}}) {
        const HttpReply page = registry->get("/l/" + registration.toLatin1() + "?lang=" + language);
        ASSERT_EQ(page.status, 200) << page.text().toStdString();
        const QString line = page.text().section(QStringLiteral("id=\"revocations-freshness\">"), 1).section(QStringLiteral("</p>"), 0, 0);
        EXPECT_TRUE(line.contains(words)) << line.toStdString();
        EXPECT_TRUE(line.contains(shown("this_update"))) << line.toStdString();
        EXPECT_TRUE(line.contains(shown("next_update"))) << line.toStdString();
    }
}

// A forger who drops the revocation, or moves its date, leaves the signature behind.
TEST_F(ServeTransparency, AListWithOneByteChangedIsRefusedAndNothingIsRecorded)
{
    QByteArray altered = bytes(QStringLiteral("list.json"));
    const qsizetype at = altered.indexOf(revoked.toLatin1());
    ASSERT_GE(at, 0);
    altered[at + revoked.size() - 1] = altered[at + revoked.size() - 1] == '9' ? '8' : '9';
    write(QStringLiteral("altered.json"), altered);
    const CliResult run = verifyLabel(revokedUrl, QStringLiteral("altered.json"), {QStringLiteral("--revocations-state"), path(QStringLiteral("seen-altered.json"))});
    EXPECT_EQ(run.code, 2) << run.out.toStdString() << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(path(QStringLiteral("altered.json")) + QStringLiteral(": signature"))) << run.err.toStdString();
    EXPECT_TRUE(run.out.isEmpty()) << run.out.toStdString();
    EXPECT_FALSE(QFile::exists(path(QStringLiteral("seen-altered.json"))));
}

TEST_F(ServeTransparency, AStaleListIsRefused)
{
    const QString later = testNow().addDays(1).addSecs(3600).toString(Qt::ISODate);
    const CliResult run = verifyLabel(validUrl, QStringLiteral("list.json"), {}, later);
    EXPECT_EQ(run.code, 2) << run.out.toStdString() << run.err.toStdString();
    const QString nextUpdate = QJsonDocument::fromJson(bytes(QStringLiteral("list.json")))
                                   .object()
                                   .value(QStringLiteral("revocations"))
                                   .toObject()
                                   .value(QStringLiteral("next_update"))
                                   .toString();
    EXPECT_TRUE(run.err.contains(nextUpdate)) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("next_update"))) << run.err.toStdString();
    // The shell says where a fresh one comes from, in either language.
    EXPECT_TRUE(run.err.contains(QStringLiteral("GET /api/v1/revocations"))) << run.err.toStdString();
    const CliResult ja = verifyLabel(validUrl, QStringLiteral("list.json"), {QStringLiteral("--lang"), QStringLiteral("ja")}, later);
    EXPECT_EQ(ja.code, 2);
    EXPECT_TRUE(ja.err.contains(QStringLiteral("最新のリスト"))) << ja.err.toStdString();
    EXPECT_TRUE(ja.err.contains(nextUpdate)) << ja.err.toStdString();
}

// A list re-signed by another key, claiming the issuer's place: as a counterfeit registry would serve.
TEST_F(ServeTransparency, AListSignedByAnotherKeyIsRefused)
{
    const IssuerKey other = IssuerKey::generate();
    const QJsonObject genuine = QJsonDocument::fromJson(bytes(QStringLiteral("list.json"))).object().value(QStringLiteral("revocations")).toObject();
    QJsonObject emptied = genuine;
    emptied.insert(QStringLiteral("revoked"), QJsonArray());
    write(QStringLiteral("foreign.json"), SignedJson::seal(QStringLiteral("revocations"), emptied, other));
    const CliResult run = verifyLabel(revokedUrl, QStringLiteral("foreign.json"));
    EXPECT_EQ(run.code, 2) << run.out.toStdString() << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QString::fromLatin1(other.spkiSha256().toHex()))) << run.err.toStdString();
}

TEST_F(ServeTransparency, AnOlderListAfterANewerOneIsRefusedWhenTheSequenceIsKept)
{
    const QString state = path(QStringLiteral("seen.json"));
    ASSERT_EQ(verifyLabel(validUrl, QStringLiteral("list.json"), {QStringLiteral("--revocations-state"), state}).code, 0);
    const QByteArray recorded = QFile(state).exists() ? bytes(QStringLiteral("seen.json")) : QByteArray();
    ASSERT_FALSE(recorded.isEmpty());
    // The revoked label passed off as valid with the list from before its revocation.
    const CliResult replay = verifyLabel(revokedUrl, QStringLiteral("list-0.json"), {QStringLiteral("--revocations-state"), state});
    EXPECT_EQ(replay.code, 2) << replay.out.toStdString() << replay.err.toStdString();
    EXPECT_TRUE(replay.err.contains(state)) << replay.err.toStdString();
    EXPECT_EQ(bytes(QStringLiteral("seen.json")), recorded);
}

TEST_F(ServeTransparency, VerifyLogChecksTheHeadAnEntrysInclusionAndThatTheLogOnlyGrew)
{
    const CliResult head = verifyLog({QStringLiteral("--sth"), path(QStringLiteral("sth.json"))});
    EXPECT_EQ(head.code, 0) << head.err.toStdString();
    EXPECT_TRUE(head.out.contains(QStringLiteral(": 3 "))) << head.out.toStdString();
    const CliResult included = verifyLog({QStringLiteral("--sth"), path(QStringLiteral("sth.json")), QStringLiteral("--inclusion"),
        path(QStringLiteral("inclusion-0.json")), QStringLiteral("--old-sth"), path(QStringLiteral("sth-1.json")), QStringLiteral("--consistency"),
        path(QStringLiteral("consistency-1-3.json"))});
    EXPECT_EQ(included.code, 0) << included.out.toStdString() << included.err.toStdString();
    EXPECT_TRUE(included.out.contains(QStringLiteral("JCS-26-000001"))) << included.out.toStdString();
    // A proof for another tree than the head's is not this head's proof.
    save(QStringLiteral("inclusion-0-of-2.json"), registry->get("/api/v1/log/proof/inclusion?leaf_index=0&tree_size=2"));
    const CliResult other = verifyLog(
        {QStringLiteral("--sth"), path(QStringLiteral("sth.json")), QStringLiteral("--inclusion"), path(QStringLiteral("inclusion-0-of-2.json"))});
    EXPECT_EQ(other.code, 2) << other.err.toStdString();
    // A head altered by one byte.
    QByteArray altered = bytes(QStringLiteral("sth.json"));
    altered.replace("\"tree_size\":3", "\"tree_size\":2");
    write(QStringLiteral("sth-altered.json"), altered);
    const CliResult forged = verifyLog({QStringLiteral("--sth"), path(QStringLiteral("sth-altered.json"))});
    EXPECT_EQ(forged.code, 2) << forged.err.toStdString();
    EXPECT_TRUE(forged.err.contains(QStringLiteral("sth-altered.json: signature"))) << forged.err.toStdString();
    EXPECT_TRUE(forged.out.isEmpty());
}

// Files that are not what they claim: each an error naming the file, exit 2, nothing printed as checked.
TEST_F(ServeTransparency, FilesThatAreNotTheRegistrysDocumentsAreUnusableInput)
{
    write(QStringLiteral("not-json.json"), "\x89PNG\r\n");
    write(QStringLiteral("proof-bent.json"), R"({"leaf_index":0,"tree_size":3,"entry":"{}","audit_path":["zz"]})");
    const QString sth = path(QStringLiteral("sth.json"));
    for (const QStringList& arguments : {QStringList{QStringLiteral("--sth"), path(QStringLiteral("not-json.json"))},
             QStringList{QStringLiteral("--sth"), path(QStringLiteral("missing.json"))},
             QStringList{QStringLiteral("--sth"), sth, QStringLiteral("--inclusion"), path(QStringLiteral("not-json.json"))},
             QStringList{QStringLiteral("--sth"), sth, QStringLiteral("--inclusion"), path(QStringLiteral("proof-bent.json"))},
             QStringList{QStringLiteral("--sth"), sth, QStringLiteral("--old-sth"), path(QStringLiteral("list.json")), QStringLiteral("--consistency"),
                 path(QStringLiteral("consistency-1-3.json"))}}) {
        const CliResult run = verifyLog(arguments);
        EXPECT_EQ(run.code, 2) << arguments.join(QLatin1Char(' ')).toStdString() << run.err.toStdString();
        EXPECT_TRUE(run.err.contains(arguments.constLast().section(QLatin1Char('/'), -1)) || run.err.contains(QStringLiteral("list.json")))
            << run.err.toStdString();
    }
    EXPECT_EQ(verifyLog({QStringLiteral("--sth"), sth, QStringLiteral("--consistency"), path(QStringLiteral("consistency-1-3.json"))}).code, 2);
    EXPECT_EQ(runStarmark({QStringLiteral("verify-log"), QStringLiteral("--sth"), sth}).code, 2);
    const CliResult list = verifyLabel(validUrl, QStringLiteral("not-json.json"));
    EXPECT_EQ(list.code, 2);
    EXPECT_TRUE(list.err.contains(path(QStringLiteral("not-json.json")))) << list.err.toStdString();
    EXPECT_EQ(verifyLabel(validUrl, QStringLiteral("missing.json")).code, 2);
    // A tree head where a revocation list belongs, and the reverse.
    EXPECT_EQ(verifyLabel(validUrl, QStringLiteral("sth.json")).code, 2);
    EXPECT_EQ(verifyLog({QStringLiteral("--sth"), path(QStringLiteral("list.json"))}).code, 2);
}

TEST_F(ServeTransparency, TheLogsAnswersAreBoundedAndATreeLargerThanTheLogIsA400)
{
    const auto code = [](const HttpReply& r) { return r.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(); };
    HttpReply r = registry->get("/api/v1/log/proof/inclusion?leaf_index=0&tree_size=4000000");
    EXPECT_EQ(r.status, 400);
    EXPECT_EQ(code(r), QStringLiteral("log.tree-size-too-large"));
    r = registry->get("/api/v1/log/proof/consistency?first=1&second=99");
    EXPECT_EQ(r.status, 400);
    EXPECT_EQ(code(r), QStringLiteral("log.tree-size-too-large"));
    r = registry->get("/api/v1/log/entries?start=0&end=9223372036854775807");
    ASSERT_EQ(r.status, 200) << r.text().toStdString();
    const QJsonArray entries = r.json().value(QStringLiteral("entries")).toArray();
    EXPECT_GE(entries.size(), 3);
    EXPECT_LE(entries.size(), 100);
    EXPECT_EQ(entries[0].toObject().value(QStringLiteral("index")).toInteger(), 0);
    for (const QByteArray& query : {QByteArray("start=99999999999999999999999"), QByteArray("start=-1"), QByteArray("start=x"), QByteArray("")}) {
        r = registry->get("/api/v1/log/entries?" + query);
        EXPECT_EQ(r.status, 400) << query.toStdString();
        EXPECT_EQ(code(r), QStringLiteral("log.bad-parameter")) << query.toStdString();
    }
    r = registry->get("/api/v1/log/entries?start=4000000");
    EXPECT_EQ(r.status, 400);
    EXPECT_EQ(code(r), QStringLiteral("log.bad-range"));
    r = registry->get("/api/v1/log/proof/inclusion?hash=00&tree_size=1");
    EXPECT_EQ(r.status, 400);
    r = registry->get("/api/v1/log/proof/inclusion?hash=" + QByteArray(64, 'a') + "&tree_size=1");
    EXPECT_EQ(r.status, 404);
    EXPECT_EQ(code(r), QStringLiteral("log.unknown-leaf"));
    r = registry->post("/api/v1/log/sth", "", "application/json", {});
    EXPECT_EQ(r.status, 405);
}

// Last: a member of staff with the database raises the first registration's level. The entry
// alone: the registry refuses to serve it. The entry and its leaf hash: every head signed before
// holds the registry to what it was.
TEST_F(ServeTransparency, ZARewrittenEntryBreaksTheProofsAgainstTheHeadKeptBefore)
{
    const HttpReply listed = registry->get("/api/v1/log/entries?start=0&end=0");
    ASSERT_EQ(listed.status, 200);
    QString entry = listed.json().value(QStringLiteral("entries")).toArray().at(0).toObject().value(QStringLiteral("entry")).toString();
    ASSERT_TRUE(entry.contains(QStringLiteral("\"level\":1")));
    entry.replace(QStringLiteral("\"level\":1"), QStringLiteral("\"level\":2"));
    sqliteEdit(registry->database,
        {QStringLiteral("UPDATE transparency_log SET entry = '%1' WHERE idx = 0").arg(QString(entry).replace(QLatin1Char('\''), QStringLiteral("''")))});
    for (const QByteArray& path : {QByteArray("/api/v1/log/entries?start=0"), QByteArray("/api/v1/log/proof/inclusion?leaf_index=0&tree_size=3")}) {
        const HttpReply refused = registry->get(path);
        EXPECT_EQ(refused.status, 500) << path.toStdString();
        EXPECT_EQ(refused.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
            QStringLiteral("log.entry-rewritten"));
    }
    sqliteEdit(registry->database,
        {QStringLiteral("UPDATE transparency_log SET leaf_hash = '%1' WHERE idx = 0")
                .arg(QString::fromLatin1(MerkleTree::leafHash(entry.toUtf8()).toHex()))});
    save(QStringLiteral("sth-rewritten.json"), registry->get("/api/v1/log/sth"));
    const qint64 size = QJsonDocument::fromJson(bytes(QStringLiteral("sth-rewritten.json"))).object().value(QStringLiteral("tree_head")).toObject()
                            .value(QStringLiteral("tree_size"))
                            .toInteger();
    save(QStringLiteral("inclusion-rewritten.json"),
        registry->get("/api/v1/log/proof/inclusion?leaf_index=0&tree_size=" + QByteArray::number(size)));
    ASSERT_TRUE(QJsonDocument::fromJson(bytes(QStringLiteral("inclusion-rewritten.json")))
                    .object()
                    .value(QStringLiteral("entry"))
                    .toString()
                    .contains(QStringLiteral("\"level\":2")));
    // The rewritten entry is not in the tree the verifier kept…
    save(QStringLiteral("inclusion-rewritten-3.json"), registry->get("/api/v1/log/proof/inclusion?leaf_index=0&tree_size=3"));
    const CliResult included = verifyLog(
        {QStringLiteral("--sth"), path(QStringLiteral("sth.json")), QStringLiteral("--inclusion"), path(QStringLiteral("inclusion-rewritten-3.json"))});
    EXPECT_EQ(included.code, 1) << included.out.toStdString() << included.err.toStdString();
    // …and the log as it is now does not extend the one the verifier kept.
    save(QStringLiteral("consistency-rewritten.json"),
        registry->get("/api/v1/log/proof/consistency?first=3&second=" + QByteArray::number(size)));
    const CliResult consistent = verifyLog({QStringLiteral("--sth"), path(QStringLiteral("sth-rewritten.json")), QStringLiteral("--old-sth"),
        path(QStringLiteral("sth.json")), QStringLiteral("--consistency"), path(QStringLiteral("consistency-rewritten.json"))});
    EXPECT_EQ(consistent.code, 1) << consistent.out.toStdString() << consistent.err.toStdString();
    // The proof kept from before still shows the entry as it was registered.
    const CliResult kept = verifyLog(
        {QStringLiteral("--sth"), path(QStringLiteral("sth.json")), QStringLiteral("--inclusion"), path(QStringLiteral("inclusion-0.json"))});
    EXPECT_EQ(kept.code, 0) << kept.err.toStdString();
}
