#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace starmark {

// `starmark assess upgrade FILE`: a file of an earlier format brought to the current one, its trail recording the state as found.
class AssessUpgrade {
    Q_DECLARE_TR_FUNCTIONS(AssessUpgrade)
public:
    static int run(const QStringList& arguments);
};

} // namespace starmark
