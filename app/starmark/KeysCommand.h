#pragma once

#include <QStringList>

namespace starmark {

// `starmark keys demo-pki OUTDIR`.
class KeysCommand {
public:
    static int run(const QStringList& arguments);
};

} // namespace starmark
