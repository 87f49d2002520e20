// Any text in as a scanned label URL, a token or a reason out: never a crash,
// never a "token" that is not the URL's last path segment in base32, never a
// refusal without a reason; and any registry address that looks like one,
// made into a label URL by LabelToken::url, reads back as that label's token
// and verifies.
#include "labels/LabelVerifier.h"

#include <QRegularExpression>

#include <cstdlib>

namespace {

using namespace starmark;

const IssuerKey& issuer()
{
    static const IssuerKey key = IssuerKey::generate();
    return key;
}

const LabelToken& label()
{
    static const LabelToken token = [] {
        LabelToken t{QStringLiteral("JCS-26-000123"), 2, QStringLiteral("network-camera"), QStringLiteral("MS-CAM100"),
            QStringLiteral("2.4.1"), QDate(2026, 11, 22), QDate(2031, 3, 31), QDate(2028, 11, 21), {}, {}};
        t.sign(issuer());
        return t;
    }();
    return token;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    if (const starmark::Result<QString> token = LabelToken::tokenOfUrl(text)) {
        static const QRegularExpression base32(QStringLiteral("^[A-Za-z2-7]+$"));
        const QString trimmed = text.trimmed();
        if (!base32.match(*token).hasMatch() || !(trimmed.endsWith(*token) || trimmed.endsWith(*token + QLatin1Char('/'))))
            std::abort();
    } else if (token.problems().size() != 1 || token.problems()[0].message.isEmpty()) {
        std::abort();
    }

    // The text as a registry's address: scheme://host[/path], as 'starmark serve' and 'label' are given it.
    static const QRegularExpression registry(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*://[^/\\s]+(/[^\\s]*)?$"));
    if (!registry.match(text).hasMatch() || text.size() > 200)
        return 0;
    const QString url = LabelToken::url(text, label());
    const starmark::Result<QString> back = LabelToken::tokenOfUrl(url);
    if (!back || back->toUpper() != label().encode())
        std::abort();
    if (LabelVerifier::verify(url, {&issuer()}, QDate(2026, 11, 22)).status != LabelVerifier::Result::Status::Valid)
        std::abort();
    return 0;
}
