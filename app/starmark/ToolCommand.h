#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace starmark {

// `starmark tool import ASSESSMENT FILE [--format F]` (and `tool accept` once proposals exist).
class ToolCommand {
    Q_DECLARE_TR_FUNCTIONS(ToolCommand)

public:
    static int run(const QStringList& arguments);
};

} // namespace starmark
