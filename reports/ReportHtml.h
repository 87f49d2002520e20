#pragma once

#include "criteria/Message.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace starmark {

// The pieces every report's HTML is built from, so that the declaration, the
// evaluation report and the surveillance report look like one family.
namespace ReportHtml {

QString esc(const QString& text); // HTML-escaped, line breaks kept

// A report's fixed words, in the language it is rendered in (not the one the shell
// speaks): w(Message("ReportRenderer", "Issued")); the Japanese is in starmark_reports_ja.ts.
struct Words {
    Language language;
    QString operator()(const Message& words) const { return words.text(language); }
};

QString row(const QStringList& cells, const QString& style = {}, const QList<int>& widths = {});
QString field(const QString& label, const QString& value); // a label cell and its value
// The model numbers a report covers, the representative first and marked so; a family longer
// than a line wraps into a table, so that 79 models stay readable on A4 and each is one cell.
QString models(const QStringList& models, const Words& w);
// The label of the field models() fills: one model, or a family counted.
QString modelsLabel(const QStringList& models, const Words& w);
inline constexpr const char* tableStart
    = "<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"5\" style=\"border-color:#8a96a8; border-style:solid\">";

} // namespace ReportHtml
} // namespace starmark
