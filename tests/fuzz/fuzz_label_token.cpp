// Any text in, a token or a reason out: never a crash, never a token that
// does not re-encode to itself, never a "valid" label without the issuer's key.
#include "labels/LabelVerifier.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    if (const starmark::Result<starmark::LabelToken> token = starmark::LabelToken::decode(text)) {
        const starmark::Result<starmark::LabelToken> back = starmark::LabelToken::decode(token->encode());
        if (!back || back->payload() != token->payload() || back->signature != token->signature)
            std::abort();
    } else if (token.problems().size() != 1 || !token.problems()[0].code.startsWith(QLatin1String("label.token-"))) {
        std::abort();
    }
    static const starmark::IssuerKey key = starmark::IssuerKey::generate();
    const starmark::LabelVerifier::Result r
        = starmark::LabelVerifier::verify(text, {&key}, QDate(2027, 1, 1), QStringLiteral("https://label.starmark.example"));
    if (r.status == starmark::LabelVerifier::Result::Status::Valid)
        std::abort(); // forging a signature by fuzzing would be news
    return 0;
}
