#pragma once

#include <QByteArray>
#include <QString>

namespace starmark {

// Prints a report's HTML as A4 PDF pages at 300 dpi in IPA fonts (Qt 6.4's PDF
// writer garbles text extraction with Noto CJK), with a running header and
// "n / N" under every page.
class PagedPdf {
public:
    static QByteArray print(const QString& html, const QString& title, const QString& header);
};

} // namespace starmark
