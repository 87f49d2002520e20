#include "evaluators/tools/probes/LoginLockoutProbe.h"

#include "evaluators/tools/ScanTarget.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSslSocket>
#include <QThread>
#include <QUrlQuery>

#include <memory>

namespace starmark {
namespace {

struct Answer {
    int status = 0;
    QMap<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;
    qint64 milliseconds = 0;
};

QString shown(const QUrl& url)
{
    return url.toString(QUrl::RemoveUserInfo);
}

QByteArray hostHeader(const QUrl& url)
{
    const QString host = url.host(QUrl::FullyEncoded).contains(QLatin1Char(':')) ? QLatin1Char('[') + url.host(QUrl::FullyEncoded) + QLatin1Char(']')
                                                                                : url.host(QUrl::FullyEncoded);
    return (url.port() > 0 ? host + QLatin1Char(':') + QString::number(url.port()) : host).toLatin1();
}

// One HTTP/1.1 exchange on a connection of its own (Connection: close), bounded in time
// and size. Certificates are not checked: a device's is mostly its own (the document says so).
Result<Answer> exchange(const LoginLockoutProbe::Settings& s, const QByteArray& method, const QList<std::pair<QByteArray, QByteArray>>& headers,
    const QByteArray& body)
{
    const bool tls = s.url.scheme() == QLatin1String("https");
    std::unique_ptr<QTcpSocket> socket;
    QElapsedTimer timer;
    timer.start();
    const QDeadlineTimer deadline(s.requestTimeoutMs);
    if (tls) {
        auto* ssl = new QSslSocket;
        socket.reset(ssl);
        ssl->setPeerVerifyMode(QSslSocket::VerifyNone);
        ssl->connectToHostEncrypted(s.url.host(), quint16(s.url.port(443)));
        if (!ssl->waitForEncrypted(int(deadline.remainingTime())))
            return Problem::unusable(QStringLiteral("lockout.cannot-connect"),
                Message("LoginLockoutProbe", "%1: no TLS connection: %2").arg(shown(s.url)).arg(ssl->errorString()));
    } else {
        socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(s.url.host(), quint16(s.url.port(80)));
        if (!socket->waitForConnected(int(deadline.remainingTime())))
            return Problem::unusable(QStringLiteral("lockout.cannot-connect"),
                Message("LoginLockoutProbe", "%1: no connection: %2").arg(shown(s.url)).arg(socket->errorString()));
    }
    const QByteArray path = s.url.path(QUrl::FullyEncoded).isEmpty() ? QByteArray("/") : s.url.path(QUrl::FullyEncoded).toLatin1();
    const QByteArray target = s.url.hasQuery() ? path + '?' + s.url.query(QUrl::FullyEncoded).toLatin1() : path;
    QByteArray request = method + ' ' + target + " HTTP/1.1\r\nHost: " + hostHeader(s.url)
        + "\r\nUser-Agent: starmark-lockout/1\r\nConnection: close\r\n";
    for (const auto& [name, value] : headers)
        request += name + ": " + value + "\r\n";
    if (!body.isEmpty() || method == "POST")
        request += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    socket->write(request + "\r\n" + body);
    QByteArray received;
    qint64 expected = -1; // the whole answer's size, once the headers are in
    qsizetype headerEnd = -1;
    Answer answer;
    while (expected < 0 || received.size() < expected) {
        if (socket->bytesAvailable() == 0 && !socket->waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime())))) {
            if (socket->state() != QAbstractSocket::ConnectedState && headerEnd >= 0)
                break; // closed: the body ends here
            if (deadline.hasExpired() || headerEnd < 0)
                return Problem::unusable(QStringLiteral("lockout.no-answer"),
                    Message("LoginLockoutProbe", "%1 did not answer within %2 ms").arg(shown(s.url)).arg(qint64(s.requestTimeoutMs)));
            break;
        }
        received += socket->read(LoginLockoutProbe::maxResponseBytes + 1 - received.size());
        if (received.size() > LoginLockoutProbe::maxResponseBytes)
            return Problem::unusable(QStringLiteral("lockout.answer-too-large"),
                Message("LoginLockoutProbe", "%1 answered with more than %2 bytes").arg(shown(s.url)).arg(LoginLockoutProbe::maxResponseBytes));
        if (headerEnd < 0 && (headerEnd = received.indexOf("\r\n\r\n")) >= 0) {
            const QList<QByteArray> lines = received.left(headerEnd).split('\n');
            const QList<QByteArray> statusLine = lines.constFirst().trimmed().split(' ');
            answer.status = statusLine.size() >= 2 && statusLine[0].startsWith("HTTP/1.") ? statusLine[1].toInt() : 0;
            if (answer.status < 100 || answer.status > 599)
                return Problem::unusable(QStringLiteral("lockout.not-http"),
                    Message("LoginLockoutProbe", "%1 did not answer in HTTP/1.x").arg(shown(s.url)));
            for (const QByteArray& line : lines.mid(1)) {
                const qsizetype colon = line.indexOf(':');
                if (colon > 0)
                    answer.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
            }
            if (answer.headers.contains("content-length"))
                expected = headerEnd + 4 + answer.headers.value("content-length").toLongLong();
        }
    }
    if (headerEnd < 0)
        return Problem::unusable(QStringLiteral("lockout.no-answer"),
            Message("LoginLockoutProbe", "%1 did not answer within %2 ms").arg(shown(s.url)).arg(qint64(s.requestTimeoutMs)));
    answer.body = received.mid(headerEnd + 4);
    answer.milliseconds = timer.elapsed();
    return answer;
}

QMap<QByteArray, QByteArray> digestChallenge(const QByteArray& header)
{
    QMap<QByteArray, QByteArray> params;
    static const QRegularExpression param(QStringLiteral("([A-Za-z-]+)=(\"([^\"]*)\"|[^,\\s]*)"));
    const QString text = QString::fromLatin1(header.mid(header.indexOf(' ') + 1));
    for (auto it = param.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        params.insert(m.captured(1).toLower().toLatin1(), (m.captured(3).isNull() ? m.captured(2) : m.captured(3)).toLatin1());
    }
    return params;
}

// RFC 7616: MD5 or SHA-256, qop=auth when offered.
Result<QByteArray> digestAuthorization(const LoginLockoutProbe::Settings& s, const QString& password, const QByteArray& challenge)
{
    const QMap<QByteArray, QByteArray> c = digestChallenge(challenge);
    const QByteArray algorithm = c.value("algorithm", "MD5").toUpper();
    if (algorithm != "MD5" && algorithm != "SHA-256")
        return Problem::unusable(QStringLiteral("lockout.unsupported-digest"),
            Message("LoginLockoutProbe", "%1 asks for Digest algorithm %2; the probe speaks MD5 and SHA-256").arg(shown(s.url)).arg(QString::fromLatin1(algorithm)));
    const auto h = [&](const QByteArray& data) {
        return QCryptographicHash::hash(data, algorithm == "MD5" ? QCryptographicHash::Md5 : QCryptographicHash::Sha256).toHex();
    };
    const QByteArray uri = s.url.path(QUrl::FullyEncoded).isEmpty() ? QByteArray("/") : s.url.path(QUrl::FullyEncoded).toLatin1();
    const QByteArray ha1 = h(s.user.toUtf8() + ':' + c.value("realm") + ':' + password.toUtf8());
    const QByteArray ha2 = h("GET:" + uri);
    const bool qop = c.value("qop").split(',').contains("auth");
    const QByteArray cnonce = QByteArray::number(QRandomGenerator::system()->generate64(), 16);
    const QByteArray response = qop ? h(ha1 + ':' + c.value("nonce") + ":00000001:" + cnonce + ":auth:" + ha2) : h(ha1 + ':' + c.value("nonce") + ':' + ha2);
    QByteArray value = "Digest username=\"" + s.user.toUtf8() + "\", realm=\"" + c.value("realm") + "\", nonce=\"" + c.value("nonce") + "\", uri=\""
        + uri + "\", algorithm=" + algorithm + ", response=\"" + response + '"';
    if (qop)
        value += ", qop=auth, nc=00000001, cnonce=\"" + cnonce + '"';
    if (c.contains("opaque"))
        value += ", opaque=\"" + c.value("opaque") + '"';
    return value;
}

// One login with `password`: its answer's status and time, and whether it let the user in.
Result<LoginLockoutProbe::Attempt> login(const LoginLockoutProbe::Settings& s, const QString& password)
{
    Result<Answer> answer = Problem::unusable({}, Message::plain({}));
    switch (s.auth) {
    case LoginLockoutProbe::Auth::Basic:
        answer = exchange(s, "GET", {{"Authorization", "Basic " + (s.user + QLatin1Char(':') + password).toUtf8().toBase64()}}, {});
        break;
    case LoginLockoutProbe::Auth::Digest: {
        const Result<Answer> challenge = exchange(s, "GET", {}, {});
        if (!challenge)
            return challenge.problems();
        const QByteArray header = challenge->headers.value("www-authenticate");
        if (challenge->status != 401 || !header.toLower().startsWith("digest "))
            return Problem::unusable(QStringLiteral("lockout.no-digest-challenge"),
                Message("LoginLockoutProbe", "%1 answered %2 without a Digest challenge").arg(shown(s.url)).arg(qint64(challenge->status)));
        const Result<QByteArray> authorization = digestAuthorization(s, password, header);
        if (!authorization)
            return authorization.problems();
        answer = exchange(s, "GET", {{"Authorization", *authorization}}, {});
        break;
    }
    case LoginLockoutProbe::Auth::Form: {
        QUrlQuery form;
        form.addQueryItem(s.userField, s.user);
        form.addQueryItem(s.passwordField, password);
        answer = exchange(s, "POST", {{"Content-Type", "application/x-www-form-urlencoded"}},
            form.toString(QUrl::FullyEncoded).replace(QLatin1Char('+'), QStringLiteral("%2B")).toLatin1());
        break;
    }
    }
    if (!answer)
        return answer.problems();
    LoginLockoutProbe::Attempt attempt;
    attempt.status = answer->status;
    attempt.milliseconds = answer->milliseconds;
    attempt.accepted = answer->status < 400
        && (s.auth != LoginLockoutProbe::Auth::Form || !QString::fromUtf8(answer->body).contains(s.failureText, Qt::CaseInsensitive));
    return attempt;
}

QJsonObject attemptJson(const LoginLockoutProbe::Attempt& a, int number)
{
    QJsonObject o{{QStringLiteral("status"), a.status}, {QStringLiteral("ms"), a.milliseconds}, {QStringLiteral("accepted"), a.accepted}};
    if (number > 0)
        o.insert(QStringLiteral("n"), number);
    return o;
}

Result<QByteArray> readBounded(const QString& path, qint64 limit, const QString& key)
{
    QFile file(path);
    if (!file.exists())
        return Problem::unusable(QStringLiteral("file.missing"), Message("LoginLockoutProbe", "the file is missing"), {path}, key);
    if (!QFileInfo(path).isFile())
        return Problem::unusable(QStringLiteral("file.not-regular"), Message("LoginLockoutProbe", "not a regular file"), {path}, key);
    if (!file.open(QIODevice::ReadOnly))
        return Problem::unusable(QStringLiteral("file.unreadable"), Message::plain(file.errorString()), {path}, key);
    const QByteArray bytes = file.read(limit + 1);
    if (bytes.size() > limit)
        return Problem::unusable(QStringLiteral("file.too-large"),
            Message("LoginLockoutProbe", "larger than %1 bytes: the probe reads no more").arg(limit), {path}, key);
    return bytes;
}

} // namespace

Result<QStringList> LoginLockoutProbe::readWordlist(const QString& path)
{
    const Result<QByteArray> bytes = readBounded(path, maxWordlistBytes, QStringLiteral("--wordlist"));
    if (!bytes)
        return bytes.problems();
    QStringList words;
    int line = 0;
    for (const QByteArray& raw : bytes->split('\n')) {
        ++line;
        const QString word = QString::fromUtf8(raw).remove(QLatin1Char('\r'));
        if (word.trimmed().isEmpty())
            continue;
        if (words.size() == maxAttempts)
            return Problem::unusable(QStringLiteral("lockout.too-many-words"),
                Message("LoginLockoutProbe", "more than %1 passwords; the probe tries at most %1").arg(qint64(maxAttempts)), {path, line, 1},
                QStringLiteral("--wordlist"));
        words << word;
    }
    if (words.isEmpty())
        return Problem::unusable(QStringLiteral("lockout.empty-wordlist"), Message("LoginLockoutProbe", "the wordlist holds no password"), {path},
            QStringLiteral("--wordlist"));
    return words;
}

Result<QString> LoginLockoutProbe::readPassword(const QString& path)
{
    const Result<QByteArray> bytes = readBounded(path, maxPasswordBytes, QStringLiteral("--password-file"));
    if (!bytes)
        return bytes.problems();
    QByteArray text = *bytes;
    if (text.endsWith('\n'))
        text.chop(1);
    if (text.endsWith('\r'))
        text.chop(1);
    if (text.isEmpty() || text.contains('\n'))
        return Problem::unusable(QStringLiteral("lockout.bad-password-file"),
            Message("LoginLockoutProbe", "the file must hold the password alone, on one line"), {path}, QStringLiteral("--password-file"));
    return QString::fromUtf8(text);
}

Problems LoginLockoutProbe::check(const Settings& s)
{
    Problems problems;
    const auto refuse = [&](const char* code, const Message& message, const char* key) {
        problems << Problem::unusable(QString::fromLatin1(code), message, {}, QString::fromLatin1(key));
    };
    const QUrl& url = s.url;
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")) || url.host().isEmpty())
        refuse("lockout.bad-url", Message("LoginLockoutProbe", "'%1' is not an http:// or https:// URL").arg(url.toString()), "--url");
    else if (!url.userInfo().isEmpty())
        refuse("lockout.credentials-in-url", Message("LoginLockoutProbe", "the URL carries a user or password; they are given separately"), "--url");
    else if (const Result<ScanTarget> target = ScanTarget::ofHost(url.host(), url.port(0), s.allowRemote); !target)
        problems << target.problems();
    if (s.user.isEmpty())
        refuse("lockout.no-user", Message("LoginLockoutProbe", "no user is named"), "--user");
    if (s.password.isEmpty())
        refuse("lockout.no-password", Message("LoginLockoutProbe", "no right password is given"), "--password-file");
    if (s.wrongPasswords.isEmpty() || s.wrongPasswords.size() > maxAttempts)
        refuse("lockout.too-many-words", Message("LoginLockoutProbe", "between 1 and %1 wrong passwords are tried").arg(qint64(maxAttempts)), "--wordlist");
    if (s.wrongPasswords.contains(s.password))
        refuse("lockout.wordlist-holds-password", Message("LoginLockoutProbe", "the wordlist holds the right password"), "--wordlist");
    if (s.delayMs < 0 || s.delayMs > maxDelayMs)
        refuse("lockout.bad-delay", Message("LoginLockoutProbe", "the delay is between 0 and %1 ms").arg(qint64(maxDelayMs)), "--delay");
    if (s.requestTimeoutMs < 1 || s.requestTimeoutMs > maxRequestTimeoutMs)
        refuse("lockout.bad-timeout", Message("LoginLockoutProbe", "the time an answer may take is between 1 and %1 ms").arg(qint64(maxRequestTimeoutMs)),
            "--request-timeout");
    if (s.auth == Auth::Form && (s.failureText.isEmpty() || s.userField.isEmpty() || s.passwordField.isEmpty()))
        refuse("lockout.form-incomplete",
            Message("LoginLockoutProbe", "a form login needs its two field names and the text its page shows when a login is refused"),
            "--failure-text");
    return problems;
}

LoginLockoutProbe::LoginLockoutProbe(const Clock& clock)
    : m_clock(clock)
{
}

Result<LoginLockoutProbe::Finding> LoginLockoutProbe::run(const Settings& s) const
{
    if (const Problems problems = check(s); !problems.isEmpty())
        return problems;
    Finding f;
    f.ranAt = m_clock.now().toUTC();
    const Result<Attempt> before = login(s, s.password);
    if (!before)
        return before.problems();
    if (!before->accepted)
        return Problem::unusable(QStringLiteral("lockout.right-password-refused"),
            Message("LoginLockoutProbe", "%1 refused the right password (status %2) before any wrong one: the account is locked already, "
                                         "or the password or the login's kind is wrong; nothing was measured")
                .arg(shown(s.url))
                .arg(qint64(before->status)));
    f.before = *before;
    for (const QString& wrong : s.wrongPasswords) {
        QThread::msleep(ulong(s.delayMs));
        const Result<Attempt> attempt = login(s, wrong);
        if (!attempt)
            return attempt.problems();
        f.wrong << *attempt;
    }
    QThread::msleep(ulong(s.delayMs));
    const Result<Attempt> after = login(s, s.password);
    if (!after)
        return after.problems();
    f.after = *after;

    const qint64 first = f.wrong.constFirst().milliseconds;
    const qint64 last = f.wrong.constLast().milliseconds;
    const bool throttled = std::any_of(f.wrong.cbegin(), f.wrong.cend(), [](const Attempt& a) { return a.status == 429 || a.status == 503; });
    const bool slowed = last - first >= backOffMs && last >= 2 * std::max<qint64>(first, 1);
    if (std::any_of(f.wrong.cbegin(), f.wrong.cend(), [](const Attempt& a) { return a.accepted; }))
        f.outcome = Outcome::WrongPasswordAccepted;
    else if (!f.after.accepted)
        f.outcome = Outcome::LockedOut;
    else if (throttled || slowed)
        f.outcome = Outcome::BackOff;
    else
        f.outcome = Outcome::None;

    QJsonArray wrong;
    for (int i = 0; i < f.wrong.size(); ++i)
        wrong.append(attemptJson(f.wrong[i], i + 1));
    QJsonArray limits{QStringLiteral("one-account"), QStringLiteral("one-source-address"), QStringLiteral("attempts-bounded"),
        QStringLiteral("lockout-end-not-awaited"), QStringLiteral("no-captcha-or-second-factor")};
    if (s.url.scheme() == QLatin1String("https"))
        limits.append(QStringLiteral("certificate-not-verified"));
    if (s.auth == Auth::Form)
        limits.append(QStringLiteral("form-judged-by-text"));
    if (f.outcome == Outcome::LockedOut)
        limits.append(QStringLiteral("account-left-locked"));
    QJsonObject login{{QStringLiteral("url"), shown(s.url)}, {QStringLiteral("auth"), termName<Auth>(auths, s.auth)}, {QStringLiteral("user"), s.user}};
    if (s.auth == Auth::Form) {
        login.insert(QStringLiteral("user_field"), s.userField);
        login.insert(QStringLiteral("password_field"), s.passwordField);
        login.insert(QStringLiteral("failure_text"), s.failureText);
    }
    f.document = QJsonObject{{QStringLiteral("format"), QStringLiteral("starmark-lockout/1")},
        {QStringLiteral("requirement"), QStringLiteral("S1.1-04")}, {QStringLiteral("ran_at"), f.ranAt.toString(Qt::ISODate)},
        {QStringLiteral("login"), login},
        {QStringLiteral("settings"),
            QJsonObject{{QStringLiteral("wrong_passwords"), qint64(s.wrongPasswords.size())}, {QStringLiteral("max_attempts"), maxAttempts},
                {QStringLiteral("delay_ms"), s.delayMs}, {QStringLiteral("request_timeout_ms"), s.requestTimeoutMs},
                {QStringLiteral("back_off_ms"), backOffMs}}},
        {QStringLiteral("before"), attemptJson(f.before, 0)}, {QStringLiteral("wrong"), wrong}, {QStringLiteral("after"), attemptJson(f.after, 0)},
        {QStringLiteral("throttled"), throttled}, {QStringLiteral("slowed"), slowed},
        {QStringLiteral("outcome"), termName<Outcome>(outcomes, f.outcome)}, {QStringLiteral("limits"), limits}};
    return f;
}

} // namespace starmark
