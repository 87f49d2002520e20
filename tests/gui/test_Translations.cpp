// Every string of the UI has its Japanese translation: lupdate is run over the
// sources into a copy of the committed .ts, so a string added without one fails here.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

TEST(Translations, EveryUiStringHasAJapaneseTranslation)
{
    QTemporaryDir dir;
    const QString ts = dir.filePath(QStringLiteral("starmark_studio_ja.ts"));
    ASSERT_TRUE(QFile::copy(QStringLiteral(STARMARK_SOURCE_DIR "/share/translations/starmark_studio_ja.ts"), ts));
    QFile::setPermissions(ts, QFile::ReadOwner | QFile::WriteOwner);
    QProcess lupdate;
    lupdate.start(QStringLiteral(LUPDATE_BINARY), {QStringLiteral(STARMARK_SOURCE_DIR "/app/studio"), QStringLiteral("-ts"), ts,
                                                      QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none")});
    ASSERT_TRUE(lupdate.waitForFinished(60000));
    ASSERT_EQ(lupdate.exitCode(), 0) << lupdate.readAllStandardError().toStdString();
    QFile file(ts);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    // Each untranslated message, with its source text, so the failure says what to translate.
    static const QRegularExpression untranslated(
        QStringLiteral("<source>([^<]*)</source>\\s*(?:<comment>[^<]*</comment>\\s*)?<translation type=\"unfinished\">"));
    QStringList missing;
    for (const QRegularExpressionMatch& m : untranslated.globalMatch(text))
        missing << m.captured(1);
    EXPECT_TRUE(missing.isEmpty()) << "no Japanese for: " << missing.join(QStringLiteral(" | ")).toStdString()
                                   << "\nrun: cmake --build build --target update_translations, then translate share/translations/starmark_studio_ja.ts";
    EXPECT_GT(text.count(QStringLiteral("<translation>")), 200);
}

// The UI is written in English, so the English file translates each string to itself:
// anything else is a broken edit of the file (a stray message pasted into another).
TEST(Translations, TheEnglishFileRepeatsTheSourceTexts)
{
    QFile file(QStringLiteral(STARMARK_SOURCE_DIR "/share/translations/starmark_studio_en.ts"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    static const QRegularExpression message(QStringLiteral("<source>([^<]*)</source>\\s*<translation>([^<]*)</translation>"));
    int count = 0;
    for (const QRegularExpressionMatch& m : message.globalMatch(text)) {
        EXPECT_EQ(m.captured(1), m.captured(2));
        ++count;
    }
    EXPECT_EQ(count, text.count(QStringLiteral("<message>"))) << "every message has a finished translation";
}
