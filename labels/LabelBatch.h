#pragma once

#include "labels/LabelIssuer.h"
#include "labels/ProductFacts.h"

#include <QStringList>

#include <optional>

namespace starmark {

class CatalogLibrary;
class IssuerKey;

// Labels to issue in one go, from a CSV a certification body keeps: one label a row,
//
//   registration,level,category,model,firmware,evaluated,support_until
//
// with that header first (columns are read by position, so the header is checked).
// Every row is checked as a declaration's product is, before any label is made: a
// registration number as the registry assigns them (once per batch), a level and a
// category some installed catalog is for, a model and a firmware a token can carry,
// dates as YYYY-MM-DD, an evaluation not after today and a support end not before it.
class LabelBatch {
public:
    struct Row {
        int line = 0;
        QString registration; // upper case
        ProductFacts facts;
    };
    static const QStringList columns;

    // Every row, or every problem (label.batch-*), each at its row (line), column and column name (key) in `source`.
    static Result<QList<Row>> read(const QByteArray& csv, const QString& source, const CatalogLibrary& catalogs, const QDate& today);

    struct Written {
        QString registration;
        QString path;
        int qrVersion = 0;
    };
    struct Outcome {
        QList<Written> written;
        Problems failed; // label.not-issued (a field no token can carry), label.not-written (the file); each names its row's file
    };
    // One label a row, as folder/<REGISTRATION>.<svg|pdf|png>, each written atomically: a row that
    // fails leaves no file of its own and does not stop the others.
    static Outcome issue(const QList<Row>& rows, const IssuerKey& key, const LabelIssuer::Options& options, LabelArtwork::Format format,
        int dpi, const QString& folder);
};

} // namespace starmark
