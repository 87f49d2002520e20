#pragma once

#include "TextLines.h"

#include <QString>
#include <QTemporaryDir>

#include <string>
#include <vector>

namespace starmark::test {

// A small valid ★1 catalog, as lines, that tests mutate one line at a time so
// that the line and column an error should report are easy to see.
std::vector<std::string> baseCatalog();

// A temporary folder of catalog files.
class CatalogFolder {
public:
    QString write(const QString& name, const std::string& content);
    QString path() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
};

} // namespace starmark::test
