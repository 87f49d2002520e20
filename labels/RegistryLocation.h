#pragma once

#include <QString>

#include <optional>

namespace starmark {

// Where a registry's database lives: an SQLite file, or a PostgreSQL server
// named by a URL postgresql://user[:password]@host[:port]/database.
struct RegistryLocation {
    enum class Backend { Sqlite, Postgres };

    Backend backend = Backend::Sqlite;
    QString file; // Sqlite
    QString host; // Postgres, from here on
    int port = 5432;
    QString user;
    QString password;
    QString database;

    // A path is an SQLite file; postgresql:// (or postgres://) is a server.
    // nullopt with `problem` saying what is wrong with the URL and how to write it.
    static std::optional<RegistryLocation> parse(const QString& text, QString* problem);
    // For messages: never shows the password.
    QString display() const;
};

} // namespace starmark
