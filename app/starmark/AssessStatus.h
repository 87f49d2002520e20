#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace starmark {

// `starmark assess status FILE`: level achieved, gaps, counts, in the user's language (exit 1 below target).
class AssessStatus {
    Q_DECLARE_TR_FUNCTIONS(AssessStatus)
public:
    static int run(const QStringList& arguments);
};

} // namespace starmark
