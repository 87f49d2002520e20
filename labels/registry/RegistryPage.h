#pragma once

#include "criteria/LocalizedText.h"
#include "criteria/Result.h"

#include <QByteArray>
#include <QDate>

#include <optional>

namespace starmark {

class IssuerKey;
class RevocationList;
struct RegisteredProduct;

// The consumer page behind a label's QR code, rendered on the server from
// share/registry/page.html and RegistryPageTexts, in Japanese or English. Its script
// and style are separate files so that the page's CSP can forbid inline code.
class RegistryPage {
public:
    // Refused naming each file that is missing or broken.
    static Result<RegistryPage> load(const QString& folder);

    // With `revocations`, the page says how fresh the signed revocation list is (this_update, next_update).
    QByteArray render(const RegisteredProduct& product, Language language, const QDate& today, const IssuerKey& key,
        const RevocationList* revocations = nullptr) const;
    QString text(const QString& key, Language language) const;
    const QByteArray& script() const { return m_script; }
    const QByteArray& style() const { return m_style; }

private:
    QString m_template;
    QByteArray m_script;
    QByteArray m_style;
};

} // namespace starmark
