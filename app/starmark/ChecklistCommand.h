#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace starmark {

// `starmark checklist export|import`: the assessment as IPA's checklist workbook, and back.
class ChecklistCommand {
    Q_DECLARE_TR_FUNCTIONS(ChecklistCommand)
public:
    static int run(const QStringList& arguments); // arguments after "checklist"
};

} // namespace starmark
