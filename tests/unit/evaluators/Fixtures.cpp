#include "Fixtures.h"

#include "evaluators/DeclarationReader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <gtest/gtest.h>

namespace starmark::test {

const CatalogLibrary& shippedCatalogs()
{
    static const CatalogLibrary library = CatalogLibrary::load({QStringLiteral(STARMARK_SOURCE_SHARE_DIR "/catalogs/jc-star")});
    return library;
}

QList<const Catalog*> chainOf(const QString& catalog)
{
    const Catalog* c = shippedCatalogs().find(catalog);
    return c ? shippedCatalogs().chain(*c) : QList<const Catalog*>();
}

QString demoDeclaration(const char* demo)
{
    return QStringLiteral(STARMARK_SOURCE_SHARE_DIR "/demo/%1/declaration.yaml").arg(QLatin1String(demo));
}

Assessment demoAssessment(const char* demo)
{
    const DeclarationReader::Result r = DeclarationReader::readFile(demoDeclaration(demo), shippedCatalogs());
    if (!r.assessment) {
        ADD_FAILURE() << (r.problems.isEmpty() ? std::string("unreadable") : r.problems[0].toString().toStdString());
        return {};
    }
    return *r.assessment;
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& content)
{
    const QString path = dir.filePath(name);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        ADD_FAILURE() << "cannot write " << path.toStdString();
    f.write(content);
    return path;
}

} // namespace starmark::test
