#pragma once

#include <QString>
#include <QTemporaryDir>

#include <string>
#include <vector>

namespace starmark::test {

// A small valid ★1 catalog, as lines, that tests mutate one line at a time so
// that the line and column an error should report are easy to see.
std::vector<std::string> baseCatalog();

std::string joined(const std::vector<std::string>& lines);
std::vector<std::string> replaced(std::vector<std::string> lines, int line, const std::string& text);
std::vector<std::string> inserted(std::vector<std::string> lines, int afterLine, const std::string& text);
std::vector<std::string> removed(std::vector<std::string> lines, int first, int last);

// A temporary folder of catalog files.
class CatalogFolder {
public:
    QString write(const QString& name, const std::string& content);
    QString path() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
};

} // namespace starmark::test
