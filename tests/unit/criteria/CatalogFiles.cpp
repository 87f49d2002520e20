#include "CatalogFiles.h"

#include <QFile>

namespace starmark::test {

std::vector<std::string> baseCatalog()
{
    return {
        "scheme: test", // 1
        "id: base", // 2
        "version: \"1\"", // 3
        "level: 1", // 4
        "category: common", // 5
        "title: {ja: 基本, en: Base}", // 6
        "source: {document: Test}", // 7
        "questions:", // 8
        "  - id: has_net", // 9
        "    type: boolean", // 10
        "    text: {ja: ネット, en: Net}", // 11
        "  - id: channel", // 12
        "    type: choice", // 13
        "    text: {ja: 経路, en: Channel}", // 14
        "    options:", // 15
        "      - {id: auto, text: {ja: 自動, en: Auto}}", // 16
        "      - {id: manual, text: {ja: 手動, en: Manual}}", // 17
        "requirements:", // 18
        "  - id: R-01", // 19
        "    title: {ja: 認証, en: Auth}", // 20
        "    text: {ja: 認証すること, en: Shall authenticate}", // 21
        "    method: document", // 22
        "    applies_if: has_net", // 23
        "    items:", // 24
        "      rule: any", // 25
        "      list:", // 26
        "        - {id: \"1\", text: {ja: 項目, en: Item}}", // 27
        "    provenance: provisional", // 28
    };
}

QString CatalogFolder::write(const QString& name, const std::string& content)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    file.write(content.data(), qint64(content.size()));
    return path;
}

} // namespace starmark::test
