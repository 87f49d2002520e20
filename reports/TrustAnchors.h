#pragma once

#include "reports/Certificate.h"
#include "reports/SignerRole.h"

#include <QList>
#include <QStringList>

#include <memory>
#include <optional>

namespace starmark {

// The CAs a report's signer must chain to, and the roles they vouch for: from
// `--trust` paths or the configured trust store, loaded in one place. A path
// that is missing, unreadable or holds no anchor is an error, never an empty set.
// A trust configuration (trust.yaml, beside the anchors) grants roles, and
// optionally limits them to organisations, to CAs whose certificates carry no
// StarMark role OIDs, and limits the roles of those that do. Copies share the
// certificates.
class TrustAnchors {
public:
    // One entry of trust.yaml.
    struct Grant {
        QByteArray sha256; // the CA certificate's fingerprint, hex in lower case
        QList<SignerRole::Role> roles;
        QStringList organisations; // empty: whichever the CA certifies
        QString where; // trust.yaml:line, for messages
    };
    // What the trust anchors say of one signer.
    struct Authority {
        QList<SignerRole::Role> roles; // the roles it may sign in
        QString organisation; // its certificate's O=
        Message basis; // where the roles come from, or why there are none
    };

    TrustAnchors(); // no anchor at all

    // Each path is a PEM file of CA certificates, a trust configuration (*.yaml,
    // naming its anchors), or a folder of both (*.pem and trust.yaml).
    static std::optional<TrustAnchors> fromPaths(const QStringList& paths, QString* error);
    // The trust store: every folder of storeFolders() that exists; none is no anchor.
    static std::optional<TrustAnchors> configured(QString* error);
    // `given` (the --trust values) when there are any, otherwise the trust store.
    static std::optional<TrustAnchors> load(const QStringList& given, QString* error);
    static QStringList storeFolders(); // $XDG_CONFIG_HOME/starmark/trust, /etc/starmark/trust

    bool isEmpty() const;
    const QList<Certificate>& certificates() const;
    const QList<Grant>& grants() const;
    QStringList sources() const; // the files the anchors came from

    // `path` is the verified path from the signer (first) to its anchor (last).
    Authority authorityOf(const QList<Certificate>& path) const;

    struct State; // what copies share; defined with the loaders

private:
    std::shared_ptr<const State> m_state;
};

} // namespace starmark
