#pragma once

#include <QStringList>

namespace starmark {

// `starmark serve …` (the registry server) and `starmark serve add-token NAME`.
class ServeCommand {
public:
    static int run(const QStringList& arguments);
};

} // namespace starmark
