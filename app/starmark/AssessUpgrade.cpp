#include "AssessUpgrade.h"

#include "AssessCommand.h"
#include "CommandLine.h"

namespace starmark {

int AssessUpgrade::run(const QStringList& arguments)
{
    CommandLine cli(arguments, QStringLiteral("starmark assess upgrade"));
    cli.parser().addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The *.starmark file, of an earlier file format."));
    if (auto done = cli.parse(1, 1))
        return *done;
    const QString path = cli.parser().positionalArguments().constFirst();
    QString error;
    int before = 0;
    if (std::unique_ptr<AssessmentFile> file = AssessmentFile::open(path, AssessmentFile::Access::ReadOnly, &error))
        before = file->format();
    // Opened for writing, a file of an earlier format is upgraded.
    std::unique_ptr<AssessmentFile> file = before ? AssessmentFile::open(path, AssessmentFile::Access::ReadWrite, &error) : nullptr;
    if (!file)
        return cli.report({Problem::unusable(QStringLiteral("assessment.cannot-open"), Message::plain(error))});
    if (before == file->format())
        cli.out() << tr("%1 is already of file format %2\n").arg(path, QString::number(before));
    else
        cli.out() << tr("%1 upgraded from file format %2 to %3; the audit trail records the state as found\n")
                         .arg(path, QString::number(before), QString::number(file->format()));
    return ExitOk;
}

} // namespace starmark
