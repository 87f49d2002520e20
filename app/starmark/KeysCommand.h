#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace starmark {

// `starmark keys demo-pki OUTDIR`.
class KeysCommand {
    Q_DECLARE_TR_FUNCTIONS(KeysCommand)

public:
    static int run(const QStringList& arguments);
};

} // namespace starmark
