#include "evaluators/DeclarationExport.h"

#include "evaluators/DeclarationWriter.h"
#include "evaluators/EvidenceName.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace starmark {
namespace {

// A name inside the folder: one that would leave it is kept by its file name, under its content's hash.
QString inside(const Assessment::Evidence& e)
{
    const QString clean = QDir::cleanPath(e.name);
    if (clean.isEmpty() || clean == QLatin1String(".") || QDir::isAbsolutePath(clean) || clean == QLatin1String("..")
        || clean.startsWith(QLatin1String("../")) || QFileInfo(clean).fileName().isEmpty())
        return QStringLiteral("evidence/%1-%2").arg(QString::fromLatin1(e.sha256.left(12)), QFileInfo(clean).fileName());
    return clean;
}

} // namespace

Assessment DeclarationExport::withUniqueNames(const Assessment& assessment, const QString& declarationName)
{
    Assessment out = assessment;
    QMap<QString, QByteArray> files{{declarationName, QByteArray()}}; // name → content's SHA-256
    QSet<QString> folders;
    // A file standing where a name needs a folder, or a folder where it needs a file.
    const auto blocked = [&](const QString& name) {
        if (folders.contains(name))
            return true;
        for (QString parent = QFileInfo(name).path(); parent != QLatin1String("."); parent = QFileInfo(parent).path()) {
            if (files.contains(parent))
                return true;
        }
        return false;
    };
    const auto freeFor
        = [&](const QString& name, const QByteArray& sha) { return !blocked(name) && (!files.contains(name) || files.value(name) == sha); };
    for (Assessment::Result& result : out.results) {
        for (Assessment::Evidence& e : result.evidence) {
            QString wanted = inside(e);
            // Out of a blocked folder to the top, where numbering always finds a free name.
            if (blocked(wanted))
                wanted = QStringLiteral("%1-%2").arg(QString::fromLatin1(e.sha256.left(12)), QFileInfo(wanted).fileName());
            const QString name = EvidenceName::unique(wanted, [&](const QString& candidate) { return !freeFor(candidate, e.sha256); });
            files.insert(name, e.sha256);
            for (QString parent = QFileInfo(name).path(); parent != QLatin1String("."); parent = QFileInfo(parent).path())
                folders.insert(parent);
            e.name = name;
        }
    }
    return out;
}

Result<void> DeclarationExport::write(
    const AssessmentFile& file, const Assessment& assessment, const QList<const Catalog*>& chain, const QString& declarationPath)
{
    const QFileInfo target(declarationPath);
    const QString folder = target.absolutePath();
    // The export is built beside the folder and renamed into place, so that a stopped export leaves nothing.
    if (QFileInfo(folder).exists() && !QDir(folder).isEmpty()) {
        return Problem::invalid(QStringLiteral("assessment.export-folder-not-empty"),
            Message("DeclarationExport", "the folder %1 already holds files; a declaration is exported into a new or empty folder")
                .arg(folder),
            {declarationPath});
    }
    QDir partial(QStringLiteral("%1.partial-%2").arg(folder).arg(QCoreApplication::applicationPid()));
    partial.removeRecursively();
    if (!QDir().mkpath(partial.path())) {
        return Problem::invalid(QStringLiteral("assessment.export-cannot-write"),
            Message("DeclarationExport", "cannot create the folder %1").arg(partial.path()), {declarationPath});
    }
    const auto abandon = [&](const QString& why) -> Result<void> {
        partial.removeRecursively();
        return Problem::invalid(QStringLiteral("assessment.export-failed"),
            Message("DeclarationExport", "%1; nothing was exported").arg(Message::plain(why)), {declarationPath});
    };
    const Assessment exported = withUniqueNames(assessment, target.fileName());
    QSet<QString> written;
    for (const Assessment::Result& result : exported.results) {
        for (const Assessment::Evidence& e : result.evidence) {
            if (written.contains(e.name))
                continue;
            written.insert(e.name);
            QString problem;
            if (!file.exportEvidence(e.sha256, partial.filePath(e.name), &problem))
                return abandon(problem.replace(partial.path(), folder));
        }
    }
    QSaveFile declaration(partial.filePath(target.fileName()));
    const QByteArray yaml = DeclarationWriter::write(exported, chain);
    if (!declaration.open(QIODevice::WriteOnly) || declaration.write(yaml) != yaml.size() || !declaration.commit())
        return abandon(QStringLiteral("cannot write %1 (%2)").arg(declarationPath, declaration.errorString()));
    // rename(2) replaces an empty folder in one step.
    if (std::rename(QFile::encodeName(partial.path()).constData(), QFile::encodeName(folder).constData()) != 0)
        return abandon(
            QStringLiteral("cannot move the export into place as %1 (%2)").arg(folder, QString::fromLocal8Bit(std::strerror(errno))));
    return {};
}

} // namespace starmark
