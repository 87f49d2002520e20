#include "criteria/Language.h"

#include <gtest/gtest.h>

#include <cstdlib>

using namespace starmark;

namespace {

// Sets the three locale variables for one test and puts back what was there.
class LocaleEnvironment {
public:
    LocaleEnvironment(const char* all, const char* messages, const char* lang)
    {
        for (const char* name : names)
            m_saved.push_back(qgetenv(name));
        set("LC_ALL", all);
        set("LC_MESSAGES", messages);
        set("LANG", lang);
    }
    ~LocaleEnvironment()
    {
        for (size_t i = 0; i < std::size(names); ++i)
            set(names[i], m_saved[i].isEmpty() ? nullptr : m_saved[i].constData());
    }

private:
    static void set(const char* name, const char* value)
    {
        if (value)
            qputenv(name, value);
        else
            qunsetenv(name);
    }
    static constexpr const char* names[] = {"LC_ALL", "LC_MESSAGES", "LANG"};
    std::vector<QByteArray> m_saved;
};

} // namespace

TEST(Language, CodesAndLocaleNamesParse)
{
    EXPECT_EQ(languageFromCode(QStringLiteral("ja")), Language::Japanese);
    EXPECT_EQ(languageFromCode(QStringLiteral("ja_JP.UTF-8")), Language::Japanese);
    EXPECT_EQ(languageFromCode(QStringLiteral("en-GB")), Language::English);
    EXPECT_EQ(languageFromCode(QStringLiteral("EN")), Language::English);
    EXPECT_FALSE(languageFromCode(QStringLiteral("java")));
    EXPECT_FALSE(languageFromCode(QStringLiteral("fr_FR")));
    EXPECT_FALSE(languageFromCode(QString()));
    EXPECT_EQ(languageCode(Language::Japanese), QStringLiteral("ja"));
    EXPECT_EQ(languageCode(Language::English), QStringLiteral("en"));
}

TEST(Language, LocaleVariablesGoInPosixOrder)
{
    {
        LocaleEnvironment env("en_US.UTF-8", "ja_JP.UTF-8", "ja_JP.UTF-8");
        EXPECT_EQ(languageFromEnvironment(), Language::English);
    }
    {
        LocaleEnvironment env(nullptr, "ja_JP.UTF-8", "en_US.UTF-8");
        EXPECT_EQ(languageFromEnvironment(), Language::Japanese);
    }
    {
        LocaleEnvironment env(nullptr, nullptr, "ja_JP.UTF-8");
        EXPECT_EQ(languageFromEnvironment(), Language::Japanese);
    }
    {
        LocaleEnvironment env(nullptr, nullptr, "C.UTF-8");
        EXPECT_EQ(languageFromEnvironment(), Language::English);
    }
    {
        LocaleEnvironment env(nullptr, nullptr, nullptr);
        EXPECT_EQ(languageFromEnvironment(), Language::Japanese);
    }
}

TEST(Language, AcceptLanguageHonoursWeights)
{
    EXPECT_EQ(languageFromAcceptLanguage("ja", Language::English), Language::Japanese);
    EXPECT_EQ(languageFromAcceptLanguage("en-US,en;q=0.9,ja;q=0.8", Language::Japanese), Language::English);
    EXPECT_EQ(languageFromAcceptLanguage("fr, en;q=0.3, ja;q=0.7", Language::English), Language::Japanese);
    EXPECT_EQ(languageFromAcceptLanguage("fr, de", Language::Japanese), Language::Japanese);
    EXPECT_EQ(languageFromAcceptLanguage("ja;q=0, en;q=0.1", Language::Japanese), Language::English);
    EXPECT_EQ(languageFromAcceptLanguage("", Language::English), Language::English);
    EXPECT_EQ(languageFromAcceptLanguage("ja;q=abc", Language::English), Language::English);
}
