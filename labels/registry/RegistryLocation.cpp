#include "labels/registry/RegistryLocation.h"

#include <QUrl>

namespace starmark {

Result<RegistryLocation> RegistryLocation::parse(const QString& text)
{
    const auto refused = [](Message message) { return Problem::unusable(QStringLiteral("registry.location-invalid"), std::move(message)); };
    if (text.trimmed().isEmpty())
        return refused(Message("RegistryLocation", "no database given: it is an SQLite file or a postgresql:// URL"));
    if (!text.startsWith(QLatin1String("postgresql://")) && !text.startsWith(QLatin1String("postgres://"))) {
        if (text.contains(QLatin1String("://")))
            return refused(Message("RegistryLocation", "%1: only SQLite files and postgresql:// URLs are supported").arg(text));
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
        return refused(Message("RegistryLocation", "%1 is not a valid URL (%2); it is written postgresql://user@host:port/database")
                           .arg(shown)
                           .arg(Message::plain(url.errorString())));
    if (l.host.isEmpty())
        return refused(Message("RegistryLocation", "%1 names no host; it is written postgresql://user@host:port/database").arg(shown));
    if (l.user.isEmpty())
        return refused(Message("RegistryLocation", "%1 names no user; it is written postgresql://user@host:port/database").arg(shown));
    if (l.database.isEmpty() || l.database.contains(QLatin1Char('/')))
        return refused(Message(
            "RegistryLocation", "%1 names no database (or more than one path segment); it is written postgresql://user@host:port/database")
                           .arg(shown));
    if (url.hasQuery() || url.hasFragment())
        return refused(Message("RegistryLocation",
            "%1: options after ? or # are not supported (they belong in the server's configuration); it is written "
            "postgresql://user@host:port/database")
                           .arg(shown));
    return l;
}

QString RegistryLocation::display() const
{
    if (backend == Backend::Sqlite)
        return file;
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, host).arg(port).arg(database);
}

} // namespace starmark
