// Any bytes in, a catalog or problems out: never a crash, a hang or a
// problem without a place.
#include "criteria/CatalogDigest.h"
#include "criteria/CatalogReader.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    const starmark::CatalogReader::Result result = starmark::CatalogReader::read(bytes, QStringLiteral("fuzz.yaml"));
    if (result.catalog.has_value() == !result.problems.isEmpty())
        std::abort(); // a catalog comes exactly when nothing is wrong
    for (const starmark::Problem& d : result.problems) {
        if (d.where.file.isEmpty() || d.message.isEmpty() || d.where.line < 0 || d.where.column < 0)
            std::abort();
    }
    if (result.catalog) {
        if (starmark::CatalogDigest::of(*result.catalog).size() != 64)
            std::abort();
        for (const starmark::Requirement& r : result.catalog->requirements)
            (void)r.appliesIf.evaluate([](const QString&) { return std::optional<QString>(QStringLiteral("true")); });
    }
    return 0;
}
