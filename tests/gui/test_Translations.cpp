// Every user-visible string of every library and shell has its Japanese translation:
// lupdate is run over each translated target's sources (as the build lists them) into a
// copy of its committed .ts, so a string added without a translation fails here.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

QString translations()
{
    return QStringLiteral(STARMARK_SOURCE_DIR "/share/translations/");
}

// The targets with translation files, from the listings the build writes.
QStringList translatedTargets()
{
    QStringList targets;
    for (const QString& name : QDir(QStringLiteral(STARMARK_TRANSLATION_LISTS)).entryList({QStringLiteral("*.lst")}, QDir::Files, QDir::Name))
        targets << name.chopped(4);
    return targets;
}

QString readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

TEST(Translations, EveryLibraryAndShellIsTranslated)
{
    const QStringList targets = translatedTargets();
    for (const char* expected : {"starmark_criteria", "starmark_evaluators", "starmark_tools", "starmark_reports", "starmark_labels", "starmark_cli", "starmark_studio"})
        EXPECT_TRUE(targets.contains(QLatin1String(expected))) << expected << " has no translation files";
}

TEST(Translations, EveryUserVisibleStringHasAJapaneseTranslation)
{
    for (const QString& target : translatedTargets()) {
        SCOPED_TRACE(target.toStdString());
        QTemporaryDir dir;
        const QString ts = dir.filePath(target + QStringLiteral("_ja.ts"));
        ASSERT_TRUE(QFile::copy(translations() + target + QStringLiteral("_ja.ts"), ts));
        QFile::setPermissions(ts, QFile::ReadOwner | QFile::WriteOwner);
        QProcess lupdate;
        QStringList arguments{QStringLiteral("@" STARMARK_TRANSLATION_LISTS "/") + target + QStringLiteral(".lst"), QStringLiteral("-ts"), ts};
        arguments += QStringLiteral(STARMARK_LUPDATE_OPTIONS).split(QLatin1Char('|'));
        lupdate.start(QStringLiteral(LUPDATE_BINARY), arguments);
        ASSERT_TRUE(lupdate.waitForFinished(60000));
        ASSERT_EQ(lupdate.exitCode(), 0) << lupdate.readAllStandardError().toStdString();
        const QString text = readAll(ts);
        // Each untranslated message, with its source text, so the failure says what to translate.
        static const QRegularExpression untranslated(QStringLiteral(
            "<name>([^<]*)</name>|<source>([^<]*)</source>\\s*(?:<comment>[^<]*</comment>\\s*)?<translation type=\"unfinished\">"));
        QStringList missing;
        QString context;
        for (const QRegularExpressionMatch& m : untranslated.globalMatch(text)) {
            if (m.capturedLength(1))
                context = m.captured(1);
            else
                missing << context + QStringLiteral(": ") + m.captured(2);
        }
        EXPECT_TRUE(missing.isEmpty()) << "no Japanese for: " << missing.join(QStringLiteral(" | ")).toStdString()
                                       << "\nrun: cmake --build build --target update_translations, then translate share/translations/"
                                       << target.toStdString() << "_ja.ts";
    }
}

// The sources are English, so each English file translates every string to itself:
// anything else is a broken edit (a stray message pasted into another). scripts/fill-english.py fills them.
TEST(Translations, TheEnglishFilesRepeatTheSourceTexts)
{
    for (const QString& target : translatedTargets()) {
        SCOPED_TRACE(target.toStdString());
        const QString text = readAll(translations() + target + QStringLiteral("_en.ts"));
        ASSERT_FALSE(text.isEmpty());
        static const QRegularExpression message(QStringLiteral(
            "<source>([^<]*)</source>\\s*(?:<comment>[^<]*</comment>\\s*)?<translation>(?:\\s*<numerusform>)?([^<]*)(?:</numerusform>\\s*)?</translation>"));
        int count = 0;
        for (const QRegularExpressionMatch& m : message.globalMatch(text)) {
            EXPECT_EQ(m.captured(1), m.captured(2));
            ++count;
        }
        EXPECT_EQ(count, text.count(QStringLiteral("<message"))) << "every message has a finished translation";
    }
}
