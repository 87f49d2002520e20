#pragma once

#include "criteria/Result.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace starmark {

// A tool's JSON output read strictly: a syntax error is placed at its line and
// column, nesting and the number of findings are bounded (ToolLimits), and a value
// of the wrong type is named by its JSON path ($.components[3].version) rather than
// read as empty. The importers read through it and stop at its first problem.
class StrictJson {
public:
    explicit StrictJson(QString file);

    Result<QJsonDocument> parse(const QByteArray& bytes);

    // The value at `key`: absent gives an empty one, any other type a problem.
    QString text(const QJsonObject& object, QStringView key, const QString& path);
    QJsonArray list(const QJsonObject& object, QStringView key, const QString& path);
    QJsonObject object(const QJsonObject& object, QStringView key, const QString& path);
    // A list's entry that must be an object (or a string).
    QJsonObject entry(const QJsonValue& value, const QString& path);
    QString entryText(const QJsonValue& value, const QString& path);
    double number(const QJsonObject& object, QStringView key, const QString& path, double absent);

    // A problem at `path` that stops the import.
    void fail(QString code, Message message, const QString& path);
    // Counts one finding; false (and a problem) past ToolLimits::findings.
    bool countFinding(const QString& path);
    bool failed() const { return !m_problems.isEmpty(); }
    const Problems& problems() const { return m_problems; }

private:
    void wrongType(const QString& path, const Message& expected);

    QString m_file;
    int m_findings = 0;
    Problems m_problems;
};

} // namespace starmark
