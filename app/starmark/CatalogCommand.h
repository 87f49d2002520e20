#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace starmark {

// `starmark catalog validate|list|show`.
class CatalogCommand {
    Q_DECLARE_TR_FUNCTIONS(CatalogCommand)

public:
    static int run(const QStringList& arguments); // arguments after "catalog"
};

} // namespace starmark
