#pragma once

#include <QString>

#include <functional>

namespace starmark {

// How two evidence files of one name are both kept: the later one is numbered.
class EvidenceName {
public:
    // "folder/report (2).pdf" for ("folder/report.pdf", 2).
    static QString numbered(const QString& name, int n);
    // `name`, or the first numbered form of it that is not `taken`.
    static QString unique(const QString& name, const std::function<bool(const QString&)>& taken);
};

} // namespace starmark
