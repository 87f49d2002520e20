#include "labels/RegistryPageTexts.h"

#include <QHash>

namespace starmark {
namespace {

const QHash<QString, Message>& texts()
{
    static const QHash<QString, Message> table{
        {QStringLiteral("title"), Message("RegistryPageTexts", "Product security label")},
        {QStringLiteral("scheme"), Message("RegistryPageTexts", "IoT product security label (★1–★4): registry entry")},
        {QStringLiteral("other_language"), Message("RegistryPageTexts", "日本語")},
        {QStringLiteral("level"), Message("RegistryPageTexts", "Level")},
        {QStringLiteral("registration"), Message("RegistryPageTexts", "Registration number")},
        {QStringLiteral("model"), Message("RegistryPageTexts", "Model")},
        {QStringLiteral("models"), Message("RegistryPageTexts", "Models covered")},
        {QStringLiteral("models_added"), Message("RegistryPageTexts", "Models added to the registration: %1")},
        {QStringLiteral("category"), Message("RegistryPageTexts", "Product category")},
        {QStringLiteral("firmware"), Message("RegistryPageTexts", "Firmware evaluated")},
        {QStringLiteral("evaluated"), Message("RegistryPageTexts", "Evaluated on")},
        {QStringLiteral("support_until"), Message("RegistryPageTexts", "Security updates until")},
        {QStringLiteral("valid_until"), Message("RegistryPageTexts", "Label valid until")},
        {QStringLiteral("contact"), Message("RegistryPageTexts", "Vulnerability contact")},
        {QStringLiteral("registered"), Message("RegistryPageTexts", "Registered on")},
        {QStringLiteral("history"), Message("RegistryPageTexts", "Firmware revisions evaluated")},
        {QStringLiteral("history_note"), Message("RegistryPageTexts", "Note")},
        {QStringLiteral("override_note"), Message("RegistryPageTexts", "Accepted as an exception to the rules by registry staff member %1: %2. Reason: %3")},
        {QStringLiteral("override_from"), Message("RegistryPageTexts", "%1 (was %2)")},
        {QStringLiteral("override.downgrade"), Message("RegistryPageTexts", "firmware downgrade")},
        {QStringLiteral("override.support-end"), Message("RegistryPageTexts", "earlier end of security updates")},
        {QStringLiteral("override.contact"), Message("RegistryPageTexts", "changed vulnerability contact")},
        {QStringLiteral("list_separator"), Message("RegistryPageTexts", "; ")},
        {QStringLiteral("status.valid"), Message("RegistryPageTexts", "Valid")},
        {QStringLiteral("status.support-ended"), Message("RegistryPageTexts", "Valid — security updates have ended")},
        {QStringLiteral("status.expired"), Message("RegistryPageTexts", "Label expired")},
        {QStringLiteral("status.revoked"), Message("RegistryPageTexts", "Revoked")},
        {QStringLiteral("support_ended_notice"), Message("RegistryPageTexts", "Security updates for this product ended on %1. Vulnerabilities found from now on will not be fixed.")},
        {QStringLiteral("expired_notice"), Message("RegistryPageTexts", "This label's validity ended on %1.")},
        {QStringLiteral("revoked_notice"), Message("RegistryPageTexts", "This label was revoked on %1. Reason: %2")},
        {QStringLiteral("signature_none"), Message("RegistryPageTexts", "Open this page from the label's QR code to check the label's signature on this device.")},
        {QStringLiteral("signature_checking"), Message("RegistryPageTexts", "Checking the label's signature…")},
        {QStringLiteral("signature_ok"), Message("RegistryPageTexts", "Signature verified: this label was issued by the registry.")},
        {QStringLiteral("signature_bad"), Message("RegistryPageTexts", "The signature does not match: this label was altered or not issued by the registry.")},
        {QStringLiteral("signature_foreign"), Message("RegistryPageTexts", "The signature is valid, but it belongs to another registration number.")},
        {QStringLiteral("signature_unsupported"), Message("RegistryPageTexts", "This browser cannot check the signature.")},
        {QStringLiteral("signature_firmware"), Message("RegistryPageTexts", "(the label's firmware: %1)")},
        {QStringLiteral("meaning"), Message("RegistryPageTexts", "This label shows that the product was found to meet the security requirements when it was evaluated. It does not guarantee that the product is completely secure or free of vulnerabilities.")},
        {QStringLiteral("issuer_key"), Message("RegistryPageTexts", "Label issuer key")},
        {QStringLiteral("revocations_freshness"), Message("RegistryPageTexts", "Signed revocation list (for offline checks): issued %1, next update by %2")},
        {QStringLiteral("category.common"), Message("RegistryPageTexts", "Common")},
        {QStringLiteral("category.router"), Message("RegistryPageTexts", "Communication equipment (router)")},
        {QStringLiteral("category.network-camera"), Message("RegistryPageTexts", "Network camera")},
        {QStringLiteral("not_registered"), Message("RegistryPageTexts", "This registration number is not registered. The label may be counterfeit.")},
    };
    return table;
}

} // namespace

QString RegistryPageTexts::text(const QString& key, Language language)
{
    const auto it = texts().constFind(key);
    return it == texts().cend() ? key : it->text(language);
}

QJsonObject RegistryPageTexts::all(Language language)
{
    QJsonObject o;
    for (auto it = texts().cbegin(); it != texts().cend(); ++it)
        o.insert(it.key(), it->text(language));
    return o;
}

} // namespace starmark
