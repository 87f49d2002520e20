// The `starmark catalog` commands as a user runs them: the real binary, its
// exit codes (0 ok, 1 invalid, 2 unusable input) and what it prints.
#include "CliRunner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace starmark::test;

namespace {

const QString shipped = shippedCatalogs();

QString copyShippedTo(const QTemporaryDir& dir)
{
    for (const QString& name : QDir(shipped).entryList({QStringLiteral("*.yaml")}))
        QFile::copy(shipped + QLatin1Char('/') + name, dir.filePath(name));
    return dir.path();
}

void replaceIn(const QString& path, const QByteArray& from, const QByteArray& to)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    QByteArray content = file.readAll();
    ASSERT_TRUE(content.contains(from)) << from.toStdString();
    content.replace(content.indexOf(from), from.size(), to);
    file.resize(0);
    file.write(content);
}

} // namespace

TEST(CatalogValidate, ShippedCatalogsAreValid)
{
    const CliResult run = runStarmark({QStringLiteral("catalog"), QStringLiteral("validate"), shipped});
    EXPECT_EQ(run.code, 0) << run.err.toStdString();
    EXPECT_EQ(run.out.count(QStringLiteral("ok: ")), QDir(shipped).entryList({QStringLiteral("*.yaml")}).size());
    EXPECT_TRUE(run.out.contains(QStringLiteral("jc-star/star1-common ★1 common, 16 requirements (10 reported, 6 provisional)")));
}

TEST(CatalogValidate, InvalidCatalogExitsOneWithFileLineColumnAndKey)
{
    QTemporaryDir dir;
    copyShippedTo(dir);
    const QString file = dir.filePath(QStringLiteral("star2-router.yaml"));
    replaceIn(file, "method: document\n", "method: documnet\n");
    const CliResult run = runStarmark({QStringLiteral("catalog"), QStringLiteral("validate"), file});
    EXPECT_EQ(run.code, 1);
    EXPECT_TRUE(run.err.contains(file + QLatin1Char(':'))) << run.err.toStdString();
    EXPECT_TRUE(
        run.err.contains(QStringLiteral(".method: 'documnet' is not a valid method; use one of: document, device, document+device")))
        << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("0 catalog(s) valid"))) << run.err.toStdString();
}

TEST(CatalogValidate, BrokenParentMakesChildInvalid)
{
    QTemporaryDir dir;
    copyShippedTo(dir);
    replaceIn(dir.filePath(QStringLiteral("star1-common.yaml")), "level: 1", "level: x");
    const CliResult run
        = runStarmark({QStringLiteral("catalog"), QStringLiteral("validate"), dir.filePath(QStringLiteral("star3-router.yaml"))});
    EXPECT_EQ(run.code, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("star3-router.yaml"))) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("is not valid, so neither is this catalog"))) << run.err.toStdString();
}

TEST(CatalogValidate, MissingFileOrNonTextExitsTwo)
{
    CliResult run = runStarmark({QStringLiteral("catalog"), QStringLiteral("validate"), QStringLiteral("/nonexistent/catalog.yaml")});
    EXPECT_EQ(run.code, 2);
    EXPECT_TRUE(run.err.contains(QStringLiteral("/nonexistent/catalog.yaml: no such file or folder"))) << run.err.toStdString();

    QTemporaryDir dir;
    const QString binary = dir.filePath(QStringLiteral("image.yaml"));
    QFile f(binary);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
    f.close();
    run = runStarmark({QStringLiteral("catalog"), QStringLiteral("validate"), binary});
    EXPECT_EQ(run.code, 2);
    EXPECT_TRUE(run.err.contains(QStringLiteral("not UTF-8"))) << run.err.toStdString();
}

TEST(CatalogValidate, UsageErrorsExitTwo)
{
    EXPECT_EQ(runStarmark({QStringLiteral("catalog"), QStringLiteral("validate")}).code, 2);
    EXPECT_EQ(runStarmark({QStringLiteral("catalog"), QStringLiteral("frobnicate")}).code, 2);
    EXPECT_EQ(runStarmark({QStringLiteral("nonsense")}).code, 2);
    EXPECT_EQ(runStarmark({QStringLiteral("catalog"), QStringLiteral("list"), QStringLiteral("--bogus")}).code, 2);
    const CliResult help = runStarmark({QStringLiteral("catalog"), QStringLiteral("show"), QStringLiteral("--help")});
    EXPECT_EQ(help.code, 0);
    EXPECT_TRUE(help.out.contains(QStringLiteral("--lang"))) << help.out.toStdString();
}

TEST(CatalogList, ShowsEveryShippedCatalogWithDigestAndProvenance)
{
    const CliResult run = runStarmark({QStringLiteral("catalog"), QStringLiteral("list"), QStringLiteral("--json")});
    ASSERT_EQ(run.code, 0) << run.err.toStdString();
    const QJsonArray rows = QJsonDocument::fromJson(run.out.toUtf8()).array();
    ASSERT_EQ(rows.size(), QDir(shipped).entryList({QStringLiteral("*.yaml")}).size());
    const QJsonObject first = rows.first().toObject();
    EXPECT_EQ(first.value(QStringLiteral("id")).toString(), QStringLiteral("star1-common"));
    EXPECT_EQ(first.value(QStringLiteral("requirements")).toInt(), 16);
    EXPECT_EQ(first.value(QStringLiteral("digest")).toString().size(), 64);
    EXPECT_EQ(first.value(QStringLiteral("provenance")).toObject().value(QStringLiteral("provisional")).toInt(), 6);
    for (const QJsonValue& row : rows)
        EXPECT_TRUE(row.toObject().value(QStringLiteral("valid")).toBool());

    const CliResult table = runStarmark({QStringLiteral("catalog"), QStringLiteral("list")});
    EXPECT_EQ(table.code, 0);
    EXPECT_TRUE(table.out.contains(QStringLiteral("star4-router"))) << table.out.toStdString();
    EXPECT_TRUE(table.out.contains(first.value(QStringLiteral("digest")).toString().left(16)));
}

TEST(CatalogShow, JapaneseByDefaultEnglishOnRequest)
{
    const CliResult ja = runStarmark({QStringLiteral("catalog"), QStringLiteral("show"), QStringLiteral("jc-star/star1-common")});
    ASSERT_EQ(ja.code, 0) << ja.err.toStdString();
    EXPECT_TRUE(ja.out.contains(QStringLiteral("評価項目"))) << ja.out.left(400).toStdString();
    EXPECT_TRUE(ja.out.contains(QStringLiteral("S1.1-16")));
    EXPECT_TRUE(ja.out.contains(QStringLiteral("［暫定］")));

    const CliResult en = runStarmark({QStringLiteral("catalog"), QStringLiteral("show"), QStringLiteral("star1-common"),
        QStringLiteral("--lang"), QStringLiteral("en")});
    ASSERT_EQ(en.code, 0);
    EXPECT_TRUE(en.out.contains(QStringLiteral("Evaluation items")));
    EXPECT_TRUE(en.out.contains(QStringLiteral("not the scheme's official text")));
    EXPECT_FALSE(en.out.contains(QStringLiteral("評価項目")));
}

TEST(CatalogShow, JsonCarriesChainDigestAndBothLanguages)
{
    const CliResult run
        = runStarmark({QStringLiteral("catalog"), QStringLiteral("show"), QStringLiteral("star3-router"), QStringLiteral("--json")});
    ASSERT_EQ(run.code, 0) << run.err.toStdString();
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    EXPECT_EQ(json.value(QStringLiteral("chain")).toArray().size(), 3);
    EXPECT_EQ(json.value(QStringLiteral("digest")).toString().size(), 64);
    const QJsonObject title
        = json.value(QStringLiteral("requirements")).toArray().first().toObject().value(QStringLiteral("title")).toObject();
    EXPECT_FALSE(title.value(QStringLiteral("ja")).toString().isEmpty());
    EXPECT_FALSE(title.value(QStringLiteral("en")).toString().isEmpty());
}

TEST(CatalogShow, UnknownIdOrLanguageExitsTwo)
{
    CliResult run = runStarmark({QStringLiteral("catalog"), QStringLiteral("show"), QStringLiteral("star9-toaster")});
    EXPECT_EQ(run.code, 2);
    EXPECT_TRUE(run.err.contains(QStringLiteral("known: jc-star/star1-common"))) << run.err.toStdString();
    run = runStarmark({QStringLiteral("catalog"), QStringLiteral("show"), QStringLiteral("star1-common"), QStringLiteral("--lang"),
        QStringLiteral("fr")});
    EXPECT_EQ(run.code, 2);
}
