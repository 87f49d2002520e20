#include "SqliteEdit.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <gtest/gtest.h>

namespace starmark::test {

void sqliteEdit(const QString& file, const QStringList& statements)
{
    const QString connection = QStringLiteral("sqlite-edit");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(file);
        if (!db.open()) {
            ADD_FAILURE() << file.toStdString() << ": " << db.lastError().text().toStdString();
        } else {
            for (const QString& sql : statements) {
                QSqlQuery q(db);
                if (!q.exec(sql))
                    ADD_FAILURE() << sql.toStdString() << ": " << q.lastError().text().toStdString();
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
}

} // namespace starmark::test
