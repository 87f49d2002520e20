#pragma once

#include "criteria/Message.h"

#include <QJsonObject>
#include <QString>

namespace starmark {

// The texts of the registry page behind every QR code, by the key the page template
// (share/registry/page.html, {{t.key}}) and its renderer use: translated by the one
// mechanism (share/translations/starmark_labels_*.ts), and served to the page's script
// as GET /strings.json?lang=ja|en.
class RegistryPageTexts {
public:
    // The text of `key` in `language`; the key itself when there is none, so a missing text shows.
    static QString text(const QString& key, Language language);
    // Every text in `language`, by key.
    static QJsonObject all(Language language);
};

} // namespace starmark
