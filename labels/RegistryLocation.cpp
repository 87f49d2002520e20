#include "labels/RegistryLocation.h"

#include <QUrl>

namespace starmark {

std::optional<RegistryLocation> RegistryLocation::parse(const QString& text, QString* problem)
{
    const QString form = QStringLiteral("; write it as postgresql://user@host:port/database");
    if (text.trimmed().isEmpty()) {
        *problem = QStringLiteral("no database given: name an SQLite file or a postgresql:// URL");
        return std::nullopt;
    }
    if (!text.startsWith(QLatin1String("postgresql://")) && !text.startsWith(QLatin1String("postgres://"))) {
        if (text.contains(QLatin1String("://"))) {
            *problem = QStringLiteral("%1: only SQLite files and postgresql:// URLs are supported").arg(text);
            return std::nullopt;
        }
        RegistryLocation l;
        l.file = text;
        return l;
    }
    const QUrl url(text, QUrl::StrictMode);
    RegistryLocation l;
    l.backend = Backend::Postgres;
    l.host = url.host();
    l.port = url.port(5432);
    l.user = url.userName();
    l.password = url.password();
    l.database = url.path().mid(1);
    const QString shown = l.display();
    if (!url.isValid())
        *problem = QStringLiteral("%1 is not a valid URL (%2)%3").arg(shown, url.errorString(), form);
    else if (l.host.isEmpty())
        *problem = QStringLiteral("%1 names no host%2").arg(shown, form);
    else if (l.user.isEmpty())
        *problem = QStringLiteral("%1 names no user%2").arg(shown, form);
    else if (l.database.isEmpty() || l.database.contains(QLatin1Char('/')))
        *problem = QStringLiteral("%1 names no database (or more than one path segment)%2").arg(shown, form);
    else if (url.hasQuery() || url.hasFragment())
        *problem = QStringLiteral("%1: options after ? or # are not supported; set them in the server's configuration%2").arg(shown, form);
    else
        return l;
    return std::nullopt;
}

QString RegistryLocation::display() const
{
    if (backend == Backend::Sqlite)
        return file;
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, host).arg(port).arg(database);
}

} // namespace starmark
