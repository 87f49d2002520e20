#include "criteria/Language.h"

#include <QList>

namespace starmark {

std::optional<Language> languageFromCode(const QString& code)
{
    const QString primary = code.section(QLatin1Char('_'), 0, 0).section(QLatin1Char('-'), 0, 0).section(QLatin1Char('.'), 0, 0);
    if (primary.compare(QLatin1String("ja"), Qt::CaseInsensitive) == 0)
        return Language::Japanese;
    if (primary.compare(QLatin1String("en"), Qt::CaseInsensitive) == 0)
        return Language::English;
    return std::nullopt;
}

QString languageCode(Language language)
{
    return language == Language::English ? QStringLiteral("en") : QStringLiteral("ja");
}

Language languageFromEnvironment()
{
    for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        const QString value = qEnvironmentVariable(name);
        if (value.isEmpty())
            continue;
        return languageFromCode(value) == Language::Japanese ? Language::Japanese : Language::English;
    }
    return Language::Japanese;
}

Language languageFromAcceptLanguage(QByteArrayView header, Language fallback)
{
    std::optional<Language> best;
    double bestQ = 0;
    for (const QByteArray& item : header.toByteArray().split(',')) {
        const QList<QByteArray> parts = item.split(';');
        const std::optional<Language> language = languageFromCode(QString::fromLatin1(parts.value(0).trimmed()));
        double q = 1;
        for (qsizetype i = 1; i < parts.size(); ++i) {
            const QByteArray parameter = parts[i].trimmed();
            if (parameter.startsWith("q=")) {
                bool ok = false;
                q = parameter.mid(2).toDouble(&ok);
                if (!ok)
                    q = 0;
            }
        }
        // The first of equal weights wins, as the client listed it first.
        if (language && q > bestQ) {
            best = language;
            bestQ = q;
        }
    }
    return best.value_or(fallback);
}

} // namespace starmark
