#pragma once

#include <QStringList>

namespace starmark {

// `starmark tsa serve`: an RFC 3161 time-stamp authority for closed deployments and tests.
class TsaCommand {
public:
    static int run(const QStringList& arguments);
};

} // namespace starmark
