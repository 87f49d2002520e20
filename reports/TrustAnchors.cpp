#include "reports/TrustAnchors.h"

#include "criteria/YamlReader.h"
#include "criteria/YamlSchema.h"
#include "reports/SigningIdentity.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

#include <openssl/evp.h>
#include <openssl/x509.h>

namespace starmark {

struct TrustAnchors::State {
    QList<Certificate> certificates;
    QList<Grant> grants;
    QStringList sources;

    // A certificate already held is not added again.
    void take(const QList<Certificate>& read, const QString& source)
    {
        for (const Certificate& c : read) {
            const QByteArray print = c.fingerprint();
            if (std::none_of(certificates.begin(), certificates.end(), [&](const Certificate& held) { return held.fingerprint() == print; }))
                certificates.append(c);
        }
        if (!sources.contains(source))
            sources.append(source);
    }
};

namespace {

const char* const configurationName = "trust.yaml";

// trust.yaml: which roles each CA vouches for, and for which organisations.
class ConfigurationReader : private YamlSchema {
public:
    ConfigurationReader(const QByteArray& bytes, const QString& path, TrustAnchors::State& state)
        : YamlSchema(bytes, path)
        , m_state(state)
        , m_folder(QFileInfo(path).absoluteDir())
    {
    }

    QString run()
    {
        const YamlReader::Result yaml = YamlReader::read(m_bytes, m_path);
        if (yaml.error)
            return yaml.error->toString();
        const KeyPath top;
        if (expect(yaml.root, YamlNode::Kind::Map, top, Message::plain(QStringLiteral("a trust configuration (a map with anchors: [...])")))) {
            checkKeys(yaml.root, top, {"anchors"});
            if (const YamlNode* anchors = required(yaml.root, "anchors", top)) {
                const KeyPath path = top.key("anchors");
                eachElement(*anchors, path, [this](const YamlNode& entry, const KeyPath& at) { readEntry(entry, at); });
            }
        }
        QStringList errors;
        for (const Problem& d : problems())
            errors << d.toString();
        return errors.join(QLatin1Char('\n'));
    }

private:
    void readEntry(const YamlNode& entry, const KeyPath& path)
    {
        if (!expect(entry, YamlNode::Kind::Map, path, Message::plain(QStringLiteral("an anchor (a map with certificate or sha256, and roles)"))))
            return;
        checkKeys(entry, path, {"certificate", "sha256", "roles", "organisations"});
        TrustAnchors::Grant grant;
        grant.where = QStringLiteral("%1:%2").arg(QFileInfo(m_path).fileName()).arg(entry.mark().line);
        QList<QByteArray> prints;
        QList<Certificate> read;
        if (const YamlNode* n = optional(entry, "certificate")) {
            const KeyPath at = path.key("certificate");
            if (const std::optional<QString> file = text(*n, at)) {
                const Result<QList<Certificate>> pem = Certificate::readPem(m_folder.absoluteFilePath(*file));
                if (!pem)
                    error(n->mark(), at, "trust.certificate",
                        Message::plain(pem.problems().first().toString() + QStringLiteral("; name a PEM file of the CA, relative to this file")));
                else
                    read = *pem;
                for (const Certificate& c : read)
                    prints << c.fingerprint();
            }
        }
        if (const YamlNode* n = optional(entry, "sha256")) {
            const KeyPath at = path.key("sha256");
            if (const std::optional<QString> value = text(*n, at)) {
                const QByteArray print = value->toLower().remove(QRegularExpression(QStringLiteral("[\\s:]"))).toLatin1();
                static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
                if (!hex.match(QString::fromLatin1(print)).hasMatch()) {
                    error(n->mark(), at, "trust.fingerprint",
                        Message::plain(QStringLiteral("%1 is not a SHA-256 fingerprint; write the 64 hex digits 'openssl x509 -noout "
                                                      "-fingerprint -sha256 -in CA.pem' prints")
                                .arg(quoted(n->scalar()))));
                } else if (!prints.isEmpty() && !prints.contains(print)) {
                    error(n->mark(), at, "trust.fingerprint",
                        Message::plain(QStringLiteral("the fingerprint is not that of the certificate named beside it; give one or fix it")));
                } else {
                    prints = {print};
                }
            }
        }
        if (!optional(entry, "certificate") && !optional(entry, "sha256"))
            error(entry.mark(), path, "trust.no-ca", Message::plain(QStringLiteral("name the CA: certificate: FILE.pem or sha256: FINGERPRINT")));
        if (const YamlNode* n = required(entry, "roles", path)) {
            const KeyPath at = path.key("roles");
            readTexts(*n, at, [&](const QString& key, const YamlNode& item, const KeyPath& itemPath) {
                if (const std::optional<SignerRole::Role> role = SignerRole::fromKey(key))
                    grant.roles << *role;
                else
                    error(item.mark(), itemPath, "trust.unknown-role",
                        Message::plain(QStringLiteral("%1 is not a role; use one of: %2").arg(quoted(item.scalar()), SignerRole::keyList())));
            });
            if (n->isSequence() && n->items().empty())
                error(n->mark(), at, "trust.no-roles",
                    Message::plain(QStringLiteral("the list is empty; name the roles this CA vouches for: %1").arg(SignerRole::keyList())));
        }
        if (const YamlNode* n = optional(entry, "organisations"))
            readTexts(*n, path.key("organisations"),
                [&](const QString& name, const YamlNode&, const KeyPath&) { grant.organisations << name.simplified(); });
        m_state.take(read, QDir::toNativeSeparators(m_path));
        for (const QByteArray& print : prints) {
            grant.sha256 = print;
            m_state.grants.append(grant);
        }
    }

    template <typename Each> void readTexts(const YamlNode& list, const KeyPath& path, Each each)
    {
        if (!expect(list, YamlNode::Kind::Sequence, path, Message::plain(QStringLiteral("a list"))))
            return;
        int index = 0;
        for (const YamlNode& item : list.items()) {
            const KeyPath at = path.element(index++);
            if (const std::optional<QString> value = text(item, at))
                each(*value, item, at);
        }
    }

    TrustAnchors::State& m_state;
    QDir m_folder;
};

bool addPem(TrustAnchors::State& state, const QString& path, QString* error)
{
    const Result<QList<Certificate>> read = Certificate::readPem(path);
    if (!read) {
        *error = read.problems().first().toString();
        return false;
    }
    state.take(*read, QDir::toNativeSeparators(path));
    return true;
}

bool addConfiguration(TrustAnchors::State& state, const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: cannot be read (%2)").arg(path, file.errorString());
        return false;
    }
    const QByteArray bytes = file.readAll();
    *error = ConfigurationReader(bytes, path, state).run();
    return error->isEmpty();
}

// Every *.pem of the folder and its trust.yaml.
bool addFolder(TrustAnchors::State& state, const QString& folder, QString* error)
{
    const QDir dir(folder);
    for (const QString& name : dir.entryList({QStringLiteral("*.pem")}, QDir::Files | QDir::Readable | QDir::Hidden, QDir::Name)) {
        if (!addPem(state, dir.filePath(name), error))
            return false;
    }
    if (dir.exists(QLatin1String(configurationName)))
        return addConfiguration(state, dir.filePath(QLatin1String(configurationName)), error);
    return true;
}

} // namespace

TrustAnchors::TrustAnchors()
    : m_state(std::make_shared<State>())
{
}

std::optional<TrustAnchors> TrustAnchors::fromPaths(const QStringList& paths, QString* error)
{
    auto state = std::make_shared<State>();
    for (const QString& path : paths) {
        const QFileInfo info(path);
        const qsizetype before = state->certificates.size();
        bool ok = false;
        if (!info.exists())
            *error = QStringLiteral("%1: no such file; give the CA certificate (PEM), a trust.yaml or a trust folder").arg(path);
        else if (info.isDir())
            ok = addFolder(*state, path, error);
        else if (path.endsWith(QLatin1String(".yaml")) || path.endsWith(QLatin1String(".yml")))
            ok = addConfiguration(*state, path, error);
        else
            ok = addPem(*state, path, error);
        if (ok && info.isDir() && state->certificates.size() == before) {
            *error = QStringLiteral("%1: no trust anchor in this folder (expected CA certificates as *.pem)").arg(path);
            ok = false;
        }
        if (!ok)
            return std::nullopt;
    }
    if (!paths.isEmpty() && state->certificates.isEmpty()) {
        *error = QStringLiteral("%1: no trust anchor in it (a trust.yaml that names no certificate: add certificate: CA.pem)")
                     .arg(paths.join(QStringLiteral(", ")));
        return std::nullopt;
    }
    TrustAnchors anchors;
    anchors.m_state = std::move(state);
    return anchors;
}

QStringList TrustAnchors::storeFolders()
{
    return {QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + QStringLiteral("/starmark/trust"),
        QStringLiteral("/etc/starmark/trust")};
}

std::optional<TrustAnchors> TrustAnchors::configured(QString* error)
{
    auto state = std::make_shared<State>();
    for (const QString& folder : storeFolders()) {
        if (QFileInfo(folder).isDir() && !addFolder(*state, folder, error))
            return std::nullopt;
    }
    TrustAnchors anchors;
    anchors.m_state = std::move(state);
    return anchors;
}

std::optional<TrustAnchors> TrustAnchors::load(const QStringList& given, QString* error)
{
    return given.isEmpty() ? configured(error) : fromPaths(given, error);
}

bool TrustAnchors::isEmpty() const
{
    return m_state->certificates.isEmpty();
}

const QList<Certificate>& TrustAnchors::certificates() const
{
    return m_state->certificates;
}

const QList<TrustAnchors::Grant>& TrustAnchors::grants() const
{
    return m_state->grants;
}

QStringList TrustAnchors::sources() const
{
    return m_state->sources;
}

TrustAnchors::Authority TrustAnchors::authorityOf(const QList<Certificate>& path) const
{
    Authority a;
    if (path.isEmpty())
        return a;
    const QList<SignerRole::Role> claimed = SignerRole::ofCertificate(path.first().get());
    a.organisation = SignerRole::organisationOf(path.first().get()).simplified();
    QList<QByteArray> issuers;
    for (qsizetype i = 1; i < path.size(); ++i)
        issuers << path[i].fingerprint();
    QList<const Grant*> matching;
    for (const Grant& g : m_state->grants) {
        if (issuers.contains(g.sha256))
            matching << &g;
    }
    const auto names = [](const QList<SignerRole::Role>& roles) {
        Message out = Message("TrustAnchors", "no role");
        for (qsizetype i = 0; i < roles.size(); ++i)
            out = i == 0 ? SignerRole::name(roles[i]) : Message("TrustAnchors", "%1, %2").arg(out).arg(SignerRole::name(roles[i]));
        return out;
    };
    if (matching.isEmpty()) {
        a.roles = claimed;
        a.basis = claimed.isEmpty()
            ? Message("TrustAnchors", "its certificate names no StarMark role, and no trust.yaml entry grants one to its CA")
            : Message("TrustAnchors", "its certificate");
        return a;
    }
    QList<SignerRole::Role> granted;
    QStringList where;
    for (const Grant* g : matching) {
        where << g->where;
        if (!g->organisations.isEmpty() && !g->organisations.contains(a.organisation))
            continue;
        for (const SignerRole::Role r : g->roles) {
            if (!granted.contains(r))
                granted << r;
        }
    }
    if (granted.isEmpty()) {
        a.basis = Message("TrustAnchors", "%1 trusts its CA only for other organisations, not for '%2'")
                      .arg(where.join(QStringLiteral(", ")))
                      .arg(a.organisation);
        return a;
    }
    if (claimed.isEmpty()) {
        a.roles = granted;
        a.basis = Message::plain(where.join(QStringLiteral(", ")));
        return a;
    }
    for (const SignerRole::Role r : claimed) {
        if (granted.contains(r))
            a.roles << r;
    }
    a.basis = a.roles.isEmpty() ? Message("TrustAnchors", "its certificate claims %1, but %2 trusts its CA for %3 only")
                                      .arg(names(claimed))
                                      .arg(where.join(QStringLiteral(", ")))
                                      .arg(names(granted))
                                : Message("TrustAnchors", "its certificate, within %1").arg(where.join(QStringLiteral(", ")));
    return a;
}

} // namespace starmark
