#pragma once

#include "criteria/Result.h"

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
    // Refused (registry.location-invalid) saying what is wrong with the URL and how it is written.
    static Result<RegistryLocation> parse(const QString& text);
    // For messages: never shows the password.
    QString display() const;
};

} // namespace starmark
