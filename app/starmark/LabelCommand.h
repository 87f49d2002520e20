#pragma once

#include <QStringList>

namespace starmark {

// `starmark label …` and `starmark verify-label …`.
class LabelCommand {
public:
    static int label(const QStringList& arguments);
    static int verify(const QStringList& arguments);
};

} // namespace starmark
