// The `starmark catalog` commands as a user runs them: the real binary, its
// exit codes (0 ok, 1 invalid, 2 unusable input) and what it prints.
#include "CliRunner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

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
    EXPECT_TRUE(run.out.contains(QStringLiteral("jc-star/star1-common ★1 common, 16 requirements (5 quoted, 10 reported, 1 provisional)")));
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
        run.err.contains(QStringLiteral(".method: 'documnet' is not a valid method; the choices are: document, device, document+device")))
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
    EXPECT_EQ(first.value(QStringLiteral("provenance")).toObject().value(QStringLiteral("provisional")).toInt(), 1);
    EXPECT_EQ(first.value(QStringLiteral("provenance")).toObject().value(QStringLiteral("quoted")).toInt(), 5);
    for (const QJsonValue& row : rows)
        EXPECT_TRUE(row.toObject().value(QStringLiteral("valid")).toBool());

    const CliResult table = runStarmark({QStringLiteral("catalog"), QStringLiteral("list")});
    EXPECT_EQ(table.code, 0);
    EXPECT_TRUE(table.out.contains(QStringLiteral("star4-router"))) << table.out.toStdString();
    EXPECT_TRUE(table.out.contains(first.value(QStringLiteral("digest")).toString().left(16)));
}

TEST(CatalogShow, JapaneseByDefaultEnglishOnRequest)
{
    const CliResult ja = runStarmark(
        {QStringLiteral("catalog"), QStringLiteral("show"), QStringLiteral("jc-star/star1-common"), QStringLiteral("--lang"), QStringLiteral("ja")});
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

TEST(CatalogShow, StarOneNamesItsQuotationsSourcesAssetsAndThePstiRoute)
{
    const CliResult ja = runStarmark({QStringLiteral("catalog"), QStringLiteral("show"), QStringLiteral("star1-common"), QStringLiteral("--lang"), QStringLiteral("ja")});
    ASSERT_EQ(ja.code, 0) << ja.err.toStdString();
    EXPECT_TRUE(ja.out.contains(QStringLiteral("IP通信を介した他のIoT機器又はユーザからのアクセスに対して、適切な認証に基づくアクセス制御が行われていること。")));
    EXPECT_TRUE(ja.out.contains(QStringLiteral("S1.1-01  IP通信を介したアクセスの認証に基づくアクセス制御  ［引用 [A]］"))) << ja.out.toStdString();
    EXPECT_TRUE(ja.out.contains(QStringLiteral("[A] NTTドコモビジネス")));
    EXPECT_TRUE(ja.out.contains(QStringLiteral("<https://www.ntt.com/business/services/dds/jcs.html>")));
    EXPECT_TRUE(ja.out.contains(QStringLiteral("守るべき情報資産\n  - 有線通信機能・無線通信機能")));
    EXPECT_TRUE(ja.out.contains(QStringLiteral("S1.1-02, S1.1-05, S1.1-16"))) << ja.out.toStdString();
    EXPECT_TRUE(ja.out.contains(QStringLiteral("PSTI法適合宣言書")));
    EXPECT_TRUE(ja.out.contains(QStringLiteral("適合基準・評価手法（1.1版）")));

    const CliResult en = runStarmark({QStringLiteral("catalog"), QStringLiteral("show"), QStringLiteral("star1-common"), QStringLiteral("--lang"), QStringLiteral("en")});
    ASSERT_EQ(en.code, 0);
    EXPECT_TRUE(en.out.contains(QStringLiteral("［quoted [A]］")));
    EXPECT_TRUE(en.out.contains(QStringLiteral("Information assets to protect\n  - Wired and wireless communication functions")));
    EXPECT_TRUE(en.out.contains(QStringLiteral("UK PSTI route (psti_route = yes): S1.1-02, S1.1-05, S1.1-16 covered by the PSTI statement of compliance")))
        << en.out.toStdString();

    const CliResult json = runStarmark({QStringLiteral("catalog"), QStringLiteral("show"), QStringLiteral("star1-common"), QStringLiteral("--json")});
    const QJsonObject c = QJsonDocument::fromJson(json.out.toUtf8()).object();
    EXPECT_EQ(c.value(QStringLiteral("protected_assets")).toArray().size(), 5);
    EXPECT_EQ(c.value(QStringLiteral("psti_route")).toObject().value(QStringLiteral("covers")).toArray().size(), 3);
    EXPECT_EQ(c.value(QStringLiteral("requirements")).toArray().first().toObject().value(QStringLiteral("quoted_from")).toString(), QStringLiteral("A"));
}

TEST(CatalogShow, AReconstructedCatalogSaysItsIdsAreStarMarksOwnInBothLanguages)
{
    for (const char* id : {"star2-router", "star3-router", "star4-router", "star2-network-camera", "star3-network-camera"}) {
        const CliResult ja = runStarmark({QStringLiteral("catalog"), QStringLiteral("show"), QString::fromLatin1(id), QStringLiteral("--lang"), QStringLiteral("ja")});
        ASSERT_EQ(ja.code, 0) << id;
        EXPECT_TRUE(ja.out.contains(QStringLiteral("StarMarkによる独自の再構成であり、IPAが定めたものではない"))) << id;
        const CliResult en = runStarmark({QStringLiteral("catalog"), QStringLiteral("show"), QString::fromLatin1(id), QStringLiteral("--lang"), QStringLiteral("en")});
        EXPECT_TRUE(en.out.contains(QStringLiteral("texts of this catalog are StarMark's own reconstruction, not IPA's"))) << id;
    }
    const CliResult star1 = runStarmark({QStringLiteral("catalog"), QStringLiteral("show"), QStringLiteral("star1-common"), QStringLiteral("--lang"), QStringLiteral("en")});
    EXPECT_FALSE(star1.out.contains(QStringLiteral("StarMark's own reconstruction")));
}

// A catalog editor who dresses a reconstruction up as IPA's words, or quotes without a source.
TEST(CatalogValidate, AClaimOfWordingTheSourcesDoNotBackIsInvalid)
{
    struct Case {
        const char* file;
        QByteArray from;
        QByteArray to;
        const char* key;
    };
    const Case cases[] = {
        {"star1-common.yaml", "    provenance: quoted\n    quoted_from: A\n", "    provenance: quoted\n", "requirements[S1.1-01].quoted_from"},
        {"star1-common.yaml", "    quoted_from: A\n", "    quoted_from: Q\n", "requirements[S1.1-01].quoted_from"},
        {"star1-common.yaml", "    provenance: provisional\n", "    provenance: provisional\n    quoted_from: A\n", "requirements[S1.1-09].quoted_from"},
        {"star3-router.yaml", "    provenance: provisional\n", "    provenance: official\n", "requirements[S3.RT-01].provenance"},
        {"star1-common.yaml", "  covers: [S1.1-02, S1.1-05, S1.1-16]", "  covers: [S1.1-02, S1.1-05, S1.1-17]", "psti_route.covers[2]"},
    };
    for (const Case& c : cases) {
        QTemporaryDir dir;
        copyShippedTo(dir);
        const QString file = dir.filePath(QString::fromLatin1(c.file));
        replaceIn(file, c.from, c.to);
        const CliResult run = runStarmark({QStringLiteral("catalog"), QStringLiteral("validate"), file});
        EXPECT_EQ(run.code, 1) << c.key;
        EXPECT_TRUE(run.err.contains(file + QLatin1Char(':'))) << run.err.toStdString();
        EXPECT_TRUE(run.err.contains(QString::fromLatin1(c.key))) << run.err.toStdString();
        EXPECT_FALSE(run.out.contains(QStringLiteral("ok: ") + QString::fromLatin1(c.file))) << run.out.toStdString();
    }
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

namespace {

// The locale a user's shell gives starmark: LC_ALL and LANG as given, LC_MESSAGES unset.
struct Locale {
    const char* lcAll = nullptr;
    const char* lang = nullptr;
};

QString shellQuoted(const QString& argument)
{
    return QLatin1Char('\'') + QString(argument).replace(QLatin1Char('\''), QStringLiteral("'\\''")) + QLatin1Char('\'');
}

CliResult runIn(Locale locale, const QStringList& arguments)
{
    QStringList command{QStringLiteral("env -u LC_ALL -u LC_MESSAGES -u LANG")};
    if (locale.lcAll)
        command << QStringLiteral("LC_ALL=%1").arg(QLatin1String(locale.lcAll));
    if (locale.lang)
        command << QStringLiteral("LANG=%1").arg(QLatin1String(locale.lang));
    command << QStringLiteral("\"$STARMARK\"");
    for (const QString& argument : arguments)
        command << shellQuoted(argument);
    const std::unique_ptr<QProcess> process(startScript(command.join(QLatin1Char(' ')), QDir::tempPath()));
    if (!process->waitForFinished(120000))
        ADD_FAILURE() << "starmark did not finish: " << arguments.join(QLatin1Char(' ')).toStdString();
    return {process->exitStatus() == QProcess::NormalExit ? process->exitCode() : -1, QString::fromUtf8(process->readAllStandardOutput()),
        QString::fromUtf8(process->readAllStandardError())};
}

const Locale japanese{nullptr, "ja_JP.UTF-8"};
const Locale english{nullptr, "en_US.UTF-8"};

// A manufacturer's catalog edit with a typo, as `catalog validate` meets it: the file, and the
// "file:line:column: key: " its problem is printed after.
struct Typo {
    QTemporaryDir dir;
    QString file;
    QString place;
};

void makeTypo(Typo& t)
{
    copyShippedTo(t.dir);
    t.file = t.dir.filePath(QStringLiteral("star2-router.yaml"));
    QFile f(t.file);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    f.close();
    const qsizetype at = text.indexOf(QStringLiteral("method: document\n"));
    ASSERT_GE(at, 0);
    const qsizetype lineStart = text.lastIndexOf(QLatin1Char('\n'), at) + 1;
    const qsizetype line = text.left(at).count(QLatin1Char('\n')) + 1;
    const qsizetype column = at - lineStart + qsizetype(sizeof "method: ") - 1 + 1;
    replaceIn(t.file, "method: document\n", "method: documnet\n");
    t.place = QStringLiteral("%1:%2:%3: ").arg(t.file).arg(line).arg(column);
}

CliResult validate(const Typo& t, Locale locale, const QStringList& extra = {})
{
    return runIn(locale, QStringList{QStringLiteral("catalog"), QStringLiteral("validate"), t.file} + extra);
}

// A declaration naming a requirement the catalog does not have, in a copy of the camera demo.
QString declarationWithUnknownRequirement(const QTemporaryDir& dir)
{
    copyFolder(demoFolder("camera-star1"), dir.path());
    const QString declaration = dir.filePath(QStringLiteral("declaration.yaml"));
    replaceIn(declaration, "\n  S1.1-02:\n", "\n  S1.1-99:\n");
    return declaration;
}

CliResult import(const QTemporaryDir& dir, const QString& declaration, Locale locale, const QStringList& extra = {})
{
    return runIn(locale,
        QStringList{QStringLiteral("assess"), QStringLiteral("import"), declaration, QStringLiteral("-o"), dir.filePath(QStringLiteral("out.starmark"))}
            + extra);
}

} // namespace

TEST(CliLanguage, AMalformedCatalogIsReportedInTheLocalesLanguage)
{
    Typo t;
    makeTypo(t);
    ASSERT_FALSE(t.place.isEmpty());
    const CliResult ja = validate(t, japanese);
    EXPECT_EQ(ja.code, 1) << ja.err.toStdString();
    EXPECT_TRUE(ja.err.contains(t.place)) << ja.err.toStdString();
    EXPECT_TRUE(ja.err.contains(QStringLiteral(".method: 'documnet' は評価方法として有効ではありません。使える値: document, device, document+device")))
        << ja.err.toStdString();
    EXPECT_TRUE(ja.err.contains(QStringLiteral("エラー: "))) << ja.err.toStdString();
    EXPECT_TRUE(ja.err.contains(QStringLiteral("有効なカタログ 0 件、問題 1 件"))) << ja.err.toStdString();
    EXPECT_FALSE(ja.err.contains(QStringLiteral("is not a valid"))) << ja.err.toStdString();

    const CliResult en = validate(t, english);
    EXPECT_EQ(en.code, 1) << en.err.toStdString();
    EXPECT_TRUE(en.err.contains(QStringLiteral("error: ") + t.place)) << en.err.toStdString();
    EXPECT_TRUE(en.err.contains(QStringLiteral("'documnet' is not a valid method; the choices are:"))) << en.err.toStdString();
    EXPECT_FALSE(en.err.contains(QStringLiteral("有効"))) << en.err.toStdString();
}

TEST(CliLanguage, LangOverridesTheLocaleBeforeOrAfterTheCommandName)
{
    Typo t;
    makeTypo(t);
    const CliResult en = validate(t, japanese, {QStringLiteral("--lang"), QStringLiteral("en")});
    EXPECT_EQ(en.code, 1);
    EXPECT_TRUE(en.err.contains(t.place + QStringLiteral("requirements["))) << en.err.toStdString();
    EXPECT_TRUE(en.err.contains(QStringLiteral("is not a valid method"))) << en.err.toStdString();

    const CliResult ja
        = runIn(english, {QStringLiteral("--lang"), QStringLiteral("ja"), QStringLiteral("catalog"), QStringLiteral("validate"), t.file});
    EXPECT_EQ(ja.code, 1) << ja.err.toStdString();
    EXPECT_TRUE(ja.err.contains(QStringLiteral("は評価方法として有効ではありません"))) << ja.err.toStdString();

    const CliResult between = runIn(english, {QStringLiteral("catalog"), QStringLiteral("--lang=ja"), QStringLiteral("validate"), t.file});
    EXPECT_EQ(between.code, 1) << between.err.toStdString();
    EXPECT_TRUE(between.err.contains(QStringLiteral("は評価方法として有効ではありません"))) << between.err.toStdString();
}

TEST(CliLanguage, LcAllBeatsLang)
{
    Typo t;
    makeTypo(t);
    const CliResult ja = validate(t, {"ja_JP.UTF-8", "en_US.UTF-8"});
    EXPECT_EQ(ja.code, 1);
    EXPECT_TRUE(ja.err.contains(QStringLiteral("は評価方法として有効ではありません"))) << ja.err.toStdString();
    const CliResult en = validate(t, {"en_US.UTF-8", "ja_JP.UTF-8"});
    EXPECT_EQ(en.code, 1);
    EXPECT_TRUE(en.err.contains(QStringLiteral("is not a valid method"))) << en.err.toStdString();
}

TEST(CliLanguage, AnUnknownRequirementInADeclarationIsReportedInEitherLanguage)
{
    QTemporaryDir dir;
    const QString declaration = declarationWithUnknownRequirement(dir);
    QFile file(declaration);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray yaml = file.readAll();
    const int line = yaml.left(yaml.indexOf("\n  S1.1-99:\n") + 1).count('\n') + 1; // where the unknown id stands
    const QString place = declaration + QStringLiteral(":%1:3: results.S1.1-99: ").arg(line);
    const CliResult ja = import(dir, declaration, japanese);
    EXPECT_EQ(ja.code, 1) << ja.err.toStdString();
    EXPECT_TRUE(ja.err.contains(place + QStringLiteral("'S1.1-99' は jc-star/star1-common にも拡張元のカタログにもない要件です")))
        << ja.err.toStdString();
    // The library says what is wrong; the command line adds how to check, in the same language.
    EXPECT_TRUE(ja.err.contains(QStringLiteral("'starmark catalog show' で ID を確認してください"))) << ja.err.toStdString();

    const CliResult en = import(dir, declaration, english);
    EXPECT_EQ(en.code, 1) << en.err.toStdString();
    EXPECT_TRUE(en.err.contains(place + QStringLiteral("'S1.1-99' is not a requirement of jc-star/star1-common or the catalogs it extends; "
                                                       "check the id with 'starmark catalog show'")))
        << en.err.toStdString();

    const CliResult overridden = import(dir, declaration, japanese, {QStringLiteral("--lang"), QStringLiteral("en")});
    EXPECT_EQ(overridden.code, 1) << overridden.err.toStdString();
    EXPECT_TRUE(overridden.err.contains(QStringLiteral("is not a requirement of jc-star/star1-common"))) << overridden.err.toStdString();
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("out.starmark"))));
}

TEST(CliLanguage, AnUnknownLanguageIsAUsageErrorInEitherLanguage)
{
    QTemporaryDir dir;
    for (const QStringList& arguments : {QStringList{QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("catalog"), QStringLiteral("list")},
             QStringList{QStringLiteral("catalog"), QStringLiteral("list"), QStringLiteral("--lang=japanese")},
             QStringList{QStringLiteral("keys"), QStringLiteral("demo-pki"), dir.filePath(QStringLiteral("pki")), QStringLiteral("--lang"), QStringLiteral("de")}}) {
        const CliResult ja = runIn(japanese, arguments);
        EXPECT_EQ(ja.code, 2) << arguments.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(ja.err.contains(QStringLiteral("--lang に指定できるのは ja か en です"))) << ja.err.toStdString();
        EXPECT_TRUE(ja.out.isEmpty()) << ja.out.toStdString();
        const CliResult en = runIn(english, arguments);
        EXPECT_EQ(en.code, 2);
        EXPECT_TRUE(en.err.contains(QStringLiteral("--lang takes ja or en, not '"))) << en.err.toStdString();
        EXPECT_TRUE(en.out.isEmpty()) << en.out.toStdString();
    }
    // Refused before anything ran: the demo PKI was not written.
    EXPECT_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("pki"))));
}

TEST(CliLanguage, UsageErrorsSpeakTheLocalesLanguage)
{
    const CliResult ja = runIn(japanese, {QStringLiteral("nonsense")});
    EXPECT_EQ(ja.code, 2);
    EXPECT_TRUE(ja.err.contains(QStringLiteral("starmark: 不明なコマンド 'nonsense' です; 'starmark --help' を参照してください"))) << ja.err.toStdString();
    const CliResult en = runIn(english, {QStringLiteral("nonsense")});
    EXPECT_EQ(en.code, 2);
    EXPECT_TRUE(en.err.contains(QStringLiteral("starmark: unknown command 'nonsense'; see 'starmark --help'"))) << en.err.toStdString();

    const CliResult missing = runIn(japanese, {QStringLiteral("catalog"), QStringLiteral("show")});
    EXPECT_EQ(missing.code, 2);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("starmark catalog show: 引数が足りません"))) << missing.err.toStdString();
    const CliResult subcommand = runIn(japanese, {QStringLiteral("keys"), QStringLiteral("make-pki")});
    EXPECT_EQ(subcommand.code, 2);
    EXPECT_TRUE(subcommand.err.contains(QStringLiteral("不明なサブコマンド 'make-pki' です"))) << subcommand.err.toStdString();
}
