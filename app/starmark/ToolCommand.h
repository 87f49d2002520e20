#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace starmark {

// `starmark tool import|accept|override|run`: a tool's output read in, its proposals taken or overridden, or the tool run (ToolRunCommand).
class ToolCommand {
    Q_DECLARE_TR_FUNCTIONS(ToolCommand)

public:
    static int run(const QStringList& arguments);
};

} // namespace starmark
