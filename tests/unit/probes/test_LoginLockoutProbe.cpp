#include "evaluators/tools/probes/LoginLockoutProbe.h"

#include "FixedClock.h"
#include "LoginServer.h"
#include "TestClock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace starmark;
using namespace starmark::test;

namespace {

using Probe = LoginLockoutProbe;
using Auth = LoginServer::Auth;
using Policy = LoginServer::Policy;

const QStringList wrongPasswords{
    QStringLiteral("123456"), QStringLiteral("admin"), QStringLiteral("password"), QStringLiteral("c0rrect horse"), QStringLiteral("letmein")};

Probe::Auth probeAuth(Auth auth)
{
    return auth == Auth::Basic ? Probe::Auth::Basic : auth == Auth::Digest ? Probe::Auth::Digest : Probe::Auth::Form;
}

Probe::Settings settings(const LoginServer& server, Auth auth)
{
    Probe::Settings s;
    s.url = QUrl(server.url());
    s.auth = probeAuth(auth);
    s.user = LoginServer::user;
    s.password = LoginServer::password;
    s.wrongPasswords = wrongPasswords;
    s.failureText = LoginServer::failureText;
    s.delayMs = 0;
    s.requestTimeoutMs = 5000;
    return s;
}

Result<Probe::Finding> probe(const Probe::Settings& s)
{
    const FixedClock clock(testNow());
    return Probe(clock).run(s);
}

QString refusal(const Result<Probe::Finding>& r)
{
    return r ? QString() : r.problems().constFirst().code;
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    QFile f(dir.filePath(name));
    f.open(QIODevice::WriteOnly);
    f.write(bytes);
    return f.fileName();
}

struct Case {
    Auth auth;
    Policy policy;
    Probe::Outcome expected;
};

} // namespace

// The verdict follows from how each server was configured, for every kind of login.
TEST(LoginLockoutProbe, ItsOutcomeFollowsTheServersPolicy)
{
    for (const Case& c : {Case{Auth::Basic, Policy::Lockout, Probe::Outcome::LockedOut}, Case{Auth::Basic, Policy::BackOff, Probe::Outcome::BackOff},
             Case{Auth::Basic, Policy::None, Probe::Outcome::None}, Case{Auth::Digest, Policy::Lockout, Probe::Outcome::LockedOut},
             Case{Auth::Digest, Policy::None, Probe::Outcome::None}, Case{Auth::Form, Policy::Lockout, Probe::Outcome::LockedOut},
             Case{Auth::Form, Policy::BackOff, Probe::Outcome::BackOff}, Case{Auth::Form, Policy::None, Probe::Outcome::None},
             Case{Auth::Basic, Policy::Throttle, Probe::Outcome::BackOff}}) {
        const LoginServer server({c.auth, c.policy, 3, 400});
        const Result<Probe::Finding> f = probe(settings(server, c.auth));
        const std::string what = "auth " + std::to_string(int(c.auth)) + ", policy " + std::to_string(int(c.policy));
        ASSERT_TRUE(f) << what << ": " << f.problems().constFirst().toString().toStdString();
        EXPECT_EQ(termName<Probe::Outcome>(Probe::outcomes, f->outcome), termName<Probe::Outcome>(Probe::outcomes, c.expected)) << what;
        EXPECT_TRUE(f->before.accepted) << what;
        EXPECT_EQ(f->after.accepted, c.expected != Probe::Outcome::LockedOut) << what;
        EXPECT_EQ(f->wrong.size(), wrongPasswords.size()) << what;
        EXPECT_TRUE(std::none_of(f->wrong.cbegin(), f->wrong.cend(), [](const Probe::Attempt& a) { return a.accepted; })) << what;
        // Basic and Digest: the right password, the wrong ones, the right one again; Digest asks for its challenge each time.
        EXPECT_EQ(server.requests(), (wrongPasswords.size() + 2) * (c.auth == Auth::Digest ? 2 : 1)) << what;
    }
}

// A device that lets any password in is no lockout at all, whatever else it does.
TEST(LoginLockoutProbe, SaysWhenAWrongPasswordLetsTheUserIn)
{
    for (const Auth auth : {Auth::Basic, Auth::Form}) {
        const LoginServer server({auth, Policy::AcceptsAny, 3, 0});
        const Result<Probe::Finding> f = probe(settings(server, auth));
        ASSERT_TRUE(f);
        EXPECT_EQ(f->outcome, Probe::Outcome::WrongPasswordAccepted);
        EXPECT_EQ(f->document.value(QStringLiteral("outcome")).toString(), QStringLiteral("wrong-password-accepted"));
        EXPECT_TRUE(f->wrong.constFirst().accepted);
    }
}

// Most devices' logins are https, with a certificate of their own: the probe speaks TLS and says it did not check it.
TEST(LoginLockoutProbe, ProbesAnHttpsLogin)
{
    const LoginServer server({Auth::Form, Policy::Lockout, 3, 0, true});
    ASSERT_TRUE(server.url().startsWith(QStringLiteral("https://")));
    const Result<Probe::Finding> f = probe(settings(server, Auth::Form));
    ASSERT_TRUE(f) << f.problems().constFirst().toString().toStdString();
    EXPECT_EQ(f->outcome, Probe::Outcome::LockedOut);
    EXPECT_TRUE(f->document.value(QStringLiteral("limits")).toArray().contains(QStringLiteral("certificate-not-verified")));
    // The same login spoken to in plain HTTP gets no answer it can read: refused, nothing measured.
    Probe::Settings plain = settings(server, Auth::Form);
    plain.url.setScheme(QStringLiteral("http"));
    plain.requestTimeoutMs = 1000;
    EXPECT_FALSE(probe(plain));
}

// Told to slow down in its status (429) rather than in its time: back-off too, and the document says which.
TEST(LoginLockoutProbe, CountsTooManyRequestsAsBackOff)
{
    const LoginServer server({Auth::Digest, Policy::Throttle, 2, 0});
    const Result<Probe::Finding> f = probe(settings(server, Auth::Digest));
    ASSERT_TRUE(f);
    EXPECT_EQ(f->outcome, Probe::Outcome::BackOff);
    EXPECT_EQ(f->wrong[1].status, 401);
    EXPECT_EQ(f->wrong[2].status, 429);
    EXPECT_TRUE(f->document.value(QStringLiteral("throttled")).toBool());
    EXPECT_FALSE(f->document.value(QStringLiteral("slowed")).toBool());
    EXPECT_TRUE(f->after.accepted);
}

TEST(LoginLockoutProbe, BackOffIsMeasuredFromTheAnswersTimes)
{
    const LoginServer server({Auth::Basic, Policy::BackOff, 3, 400});
    const Result<Probe::Finding> f = probe(settings(server, Auth::Basic));
    ASSERT_TRUE(f);
    EXPECT_LT(f->wrong.constFirst().milliseconds, 300);
    EXPECT_GE(f->wrong.constLast().milliseconds, 1200); // four failures before it: 3 × 400 ms
    EXPECT_TRUE(f->document.value(QStringLiteral("slowed")).toBool());
}

// The evidence document: its format, what it measured, and what it did not try; never a password.
TEST(LoginLockoutProbe, WritesTheEvidenceDocumentWithItsLimitsAndNoPassword)
{
    const LoginServer server({Auth::Form, Policy::Lockout, 3, 0});
    const Result<Probe::Finding> f = probe(settings(server, Auth::Form));
    ASSERT_TRUE(f);
    const QJsonObject& d = f->document;
    EXPECT_EQ(d.value(QStringLiteral("format")).toString(), QStringLiteral("starmark-lockout/1"));
    EXPECT_EQ(d.value(QStringLiteral("requirement")).toString(), QStringLiteral("S1.1-04"));
    EXPECT_EQ(d.value(QStringLiteral("ran_at")).toString(), QStringLiteral("2026-11-22T09:00:00Z"));
    EXPECT_EQ(d.value(QStringLiteral("outcome")).toString(), QStringLiteral("locked-out"));
    EXPECT_EQ(d.value(QStringLiteral("login")).toObject().value(QStringLiteral("auth")).toString(), QStringLiteral("form"));
    EXPECT_EQ(d.value(QStringLiteral("wrong")).toArray().size(), wrongPasswords.size());
    EXPECT_FALSE(d.value(QStringLiteral("after")).toObject().value(QStringLiteral("accepted")).toBool());
    const QJsonArray limits = d.value(QStringLiteral("limits")).toArray();
    for (const char* limit : {"one-account", "one-source-address", "attempts-bounded", "lockout-end-not-awaited", "form-judged-by-text", "account-left-locked"})
        EXPECT_TRUE(limits.contains(QString::fromLatin1(limit))) << limit;
    const QByteArray json = QJsonDocument(d).toJson();
    EXPECT_FALSE(json.contains(LoginServer::password.toUtf8()));
    // ("admin" and "password" are in it too, as the user and the form's field name.)
    for (const char* wrong : {"123456", "c0rrect horse", "letmein"})
        EXPECT_FALSE(json.contains(wrong)) << wrong;
}

TEST(LoginLockoutProbe, RefusesAServerThatNeverAnswers)
{
    const LoginServer server({Auth::Basic, Policy::Silent, 3, 0});
    Probe::Settings s = settings(server, Auth::Basic);
    s.requestTimeoutMs = 500;
    const Result<Probe::Finding> f = probe(s);
    EXPECT_EQ(refusal(f), QStringLiteral("lockout.no-answer"));
    EXPECT_EQ(f.problems().constFirst().severity, Problem::Severity::Unusable);
}

TEST(LoginLockoutProbe, RefusesAnAnswerOverItsSizeLimit)
{
    const LoginServer server({Auth::Basic, Policy::Flood, 3, 0});
    EXPECT_EQ(refusal(probe(settings(server, Auth::Basic))), QStringLiteral("lockout.answer-too-large"));
    EXPECT_EQ(server.requests(), 1);
}

// An outsider's login page is not guessed at unless the caller says so; nothing is sent.
TEST(LoginLockoutProbe, RefusesAnotherMachineUnlessAllowed)
{
    const LoginServer server({Auth::Basic, Policy::None, 3, 0});
    Probe::Settings s = settings(server, Auth::Basic);
    s.url = QUrl(QStringLiteral("http://192.0.2.10/login"));
    EXPECT_EQ(refusal(probe(s)), QStringLiteral("tool.remote-target"));
    s.url = QUrl(QStringLiteral("http://admin:secret@127.0.0.1:%1/").arg(server.port()));
    EXPECT_EQ(refusal(probe(s)), QStringLiteral("lockout.credentials-in-url"));
    s.url = QUrl(QStringLiteral("ftp://127.0.0.1/"));
    EXPECT_EQ(refusal(probe(s)), QStringLiteral("lockout.bad-url"));
    EXPECT_EQ(server.requests(), 0);
}

TEST(LoginLockoutProbe, RefusesSettingsOutsideItsBounds)
{
    const LoginServer server({Auth::Form, Policy::None, 3, 0});
    const Probe::Settings good = settings(server, Auth::Form);
    Probe::Settings s = good;
    s.wrongPasswords.append(LoginServer::password);
    EXPECT_EQ(refusal(probe(s)), QStringLiteral("lockout.wordlist-holds-password"));
    s = good;
    for (int i = 0; s.wrongPasswords.size() <= Probe::maxAttempts; ++i)
        s.wrongPasswords << QString::number(i);
    EXPECT_EQ(refusal(probe(s)), QStringLiteral("lockout.too-many-words"));
    s = good;
    s.delayMs = Probe::maxDelayMs + 1;
    EXPECT_EQ(refusal(probe(s)), QStringLiteral("lockout.bad-delay"));
    s = good;
    s.failureText.clear();
    EXPECT_EQ(refusal(probe(s)), QStringLiteral("lockout.form-incomplete"));
    EXPECT_EQ(server.requests(), 0);
}

// A wrong password or a login of another kind would measure nothing: refused after the first login.
TEST(LoginLockoutProbe, RefusesWhenTheRightPasswordFailsFirst)
{
    const LoginServer server({Auth::Digest, Policy::None, 3, 0});
    Probe::Settings s = settings(server, Auth::Digest);
    s.password = QStringLiteral("not it");
    EXPECT_EQ(refusal(probe(s)), QStringLiteral("lockout.right-password-refused"));
    s = settings(server, Auth::Digest);
    s.auth = Probe::Auth::Basic;
    EXPECT_EQ(refusal(probe(s)), QStringLiteral("lockout.right-password-refused"));
    EXPECT_EQ(server.requests(), 3);
}

TEST(LoginLockoutProbe, ReadsABoundedWordlist)
{
    QTemporaryDir dir;
    const Result<QStringList> words = Probe::readWordlist(writeFile(dir, QStringLiteral("w.txt"), "123456\r\n\n  \nadmin pass\n"));
    ASSERT_TRUE(words);
    EXPECT_EQ(*words, (QStringList{QStringLiteral("123456"), QStringLiteral("admin pass")}));
    QByteArray fiftyOne;
    for (int i = 1; i <= 51; ++i)
        fiftyOne += "pw" + QByteArray::number(i) + '\n';
    const Result<QStringList> tooMany = Probe::readWordlist(writeFile(dir, QStringLiteral("51.txt"), fiftyOne));
    ASSERT_FALSE(tooMany);
    EXPECT_EQ(tooMany.problems().constFirst().code, QStringLiteral("lockout.too-many-words"));
    EXPECT_EQ(tooMany.problems().constFirst().where.line, 51);
    QByteArray million;
    million.reserve(8 << 20);
    for (int i = 0; i < 1000000; ++i)
        million += "password" + QByteArray::number(i % 10) + '\n';
    const Result<QStringList> huge = Probe::readWordlist(writeFile(dir, QStringLiteral("rockyou.txt"), million));
    ASSERT_FALSE(huge);
    EXPECT_EQ(huge.problems().constFirst().code, QStringLiteral("file.too-large"));
    EXPECT_EQ(Probe::readWordlist(writeFile(dir, QStringLiteral("empty.txt"), "\n\n")).problems().constFirst().code,
        QStringLiteral("lockout.empty-wordlist"));
    EXPECT_EQ(Probe::readWordlist(dir.filePath(QStringLiteral("none.txt"))).problems().constFirst().code, QStringLiteral("file.missing"));
}

TEST(LoginLockoutProbe, ReadsThePasswordFileAlone)
{
    QTemporaryDir dir;
    const Result<QString> password = Probe::readPassword(writeFile(dir, QStringLiteral("p"), " s3cret pass \n"));
    ASSERT_TRUE(password);
    EXPECT_EQ(*password, QStringLiteral(" s3cret pass "));
    EXPECT_EQ(Probe::readPassword(writeFile(dir, QStringLiteral("two"), "a\nb\n")).problems().constFirst().code,
        QStringLiteral("lockout.bad-password-file"));
    EXPECT_EQ(Probe::readPassword(writeFile(dir, QStringLiteral("none"), "")).problems().constFirst().code, QStringLiteral("lockout.bad-password-file"));
    EXPECT_EQ(Probe::readPassword(writeFile(dir, QStringLiteral("big"), QByteArray(2000, 'x'))).problems().constFirst().code,
        QStringLiteral("file.too-large"));
}
