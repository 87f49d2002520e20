#include "criteria/Translator.h"

#include <QCoreApplication>
#include <QDir>
#include <QTranslator>

#include <atomic>
#include <memory>
#include <vector>

namespace starmark {

namespace {

// All catalogs of one language, loaded once and kept for the life of the program.
class Catalogs {
public:
    explicit Catalogs(Language language)
    {
        const QString suffix = QStringLiteral("_") + languageCode(language) + QStringLiteral(".qm");
        const QDir i18n(QStringLiteral(":/i18n"));
        for (const QString& name : i18n.entryList({QStringLiteral("*") + suffix}, QDir::Files, QDir::Name)) {
            auto translator = std::make_unique<QTranslator>();
            if (translator->load(i18n.filePath(name)))
                m_translators.push_back(std::move(translator));
        }
    }

    QString translate(const char* context, const char* source, const char* disambiguation, int n) const
    {
        for (const auto& translator : m_translators) {
            const QString text = translator->translate(context, source, disambiguation, n);
            if (!text.isEmpty())
                return text;
        }
        return QString::fromUtf8(source);
    }

    const std::vector<std::unique_ptr<QTranslator>>& translators() const { return m_translators; }

private:
    std::vector<std::unique_ptr<QTranslator>> m_translators;
};

std::atomic<bool> g_loaded[2];

// Built on first use (thread-safe, as function statics are): a command that speaks
// Japanese never loads the English files.
const Catalogs& catalogs(Language language)
{
    if (language == Language::English) {
        static const Catalogs english(Language::English);
        g_loaded[1] = true;
        return english;
    }
    static const Catalogs japanese(Language::Japanese);
    g_loaded[0] = true;
    return japanese;
}

Language g_installed = Language::Japanese;

} // namespace

QString Translator::translate(Language language, const char* context, const char* source, const char* disambiguation, int n)
{
    return catalogs(language).translate(context, source, disambiguation, n);
}

void Translator::install(Language language)
{
    for (const Language each : {Language::Japanese, Language::English})
        if (g_loaded[each == Language::English ? 1 : 0])
            for (const auto& translator : catalogs(each).translators())
                QCoreApplication::removeTranslator(translator.get());
    for (const auto& translator : catalogs(language).translators())
        QCoreApplication::installTranslator(translator.get());
    g_installed = language;
}

Language Translator::installed()
{
    return g_installed;
}

} // namespace starmark
