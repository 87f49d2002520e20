#include "ShareLocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace starmark {

QString ShareLocation::root()
{
    const QString fromEnvironment = qEnvironmentVariable("STARMARK_SHARE");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    const QString installed = QCoreApplication::applicationDirPath() + QStringLiteral("/../share/starmark");
    if (QFileInfo(installed + QStringLiteral("/catalogs")).isDir())
        return QDir::cleanPath(installed);
    return QStringLiteral(STARMARK_SOURCE_SHARE_DIR);
}

QStringList ShareLocation::catalogFolders()
{
    const QString fromEnvironment = qEnvironmentVariable("STARMARK_CATALOGS");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment.split(QDir::listSeparator(), Qt::SkipEmptyParts);
    QStringList folders;
    const QDir catalogs(root() + QStringLiteral("/catalogs"));
    for (const QString& scheme : catalogs.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
        folders << catalogs.filePath(scheme);
    return folders;
}

QString ShareLocation::toolRulesFolder()
{
    return root() + QStringLiteral("/tool-rules");
}

} // namespace starmark
