#pragma once

#include <QStringList>

namespace starmark {

// `starmark catalog validate|list|show`.
class CatalogCommand {
public:
    static int run(const QStringList& arguments); // arguments after "catalog"
};

} // namespace starmark
