#include "labels/LabelBatch.h"

#include "criteria/CatalogLibrary.h"
#include "evaluators/Product.h"
#include "labels/LabelToken.h"
#include "labels/RegistrationNumber.h"

#include <QDir>
#include <QHash>
#include <QRegularExpression>
#include <QSaveFile>

namespace starmark {

const QStringList LabelBatch::columns{QStringLiteral("registration"), QStringLiteral("level"), QStringLiteral("category"),
    QStringLiteral("model"), QStringLiteral("firmware"), QStringLiteral("evaluated"), QStringLiteral("support_until")};

Result<QList<LabelBatch::Row>> LabelBatch::read(const QByteArray& csv, const QString& source, const CatalogLibrary& catalogs, const QDate& today)
{
    Problems problems;
    // At the row (line) and column (1-based) of the CSV, the column's name as the key.
    const auto wrong = [&](int line, int column, const char* code, const Message& what) {
        problems << Problem::invalid(QString::fromLatin1(code), what, {source, line, column < 0 ? 0 : column + 1},
            column < 0 ? QString() : columns[column]);
    };
    QStringList kinds; // "level category", for saying which there are
    for (const Catalog* c : catalogs.catalogs())
        if (catalogs.isValid(*c) && !kinds.contains(QStringLiteral("★%1 %2").arg(c->level).arg(c->category)))
            kinds << QStringLiteral("★%1 %2").arg(c->level).arg(c->category);
    static const QRegularExpression control(QStringLiteral("[\\x00-\\x1f\\x7f]"));

    QString text = QString::fromUtf8(csv);
    if (text.startsWith(QChar(0xfeff))) // a spreadsheet's byte order mark
        text.remove(0, 1);
    const QStringList lines = text.split(QLatin1Char('\n'));
    if (lines.value(0).trimmed() != columns.join(QLatin1Char(','))) {
        wrong(1, -1, "label.batch-header",
            Message("LabelBatch", "the header must read %1 (columns are read by position); found '%2'")
                .arg(columns.join(QLatin1Char(',')))
                .arg(lines.value(0).trimmed().left(120)));
        return problems;
    }
    QList<Row> rows;
    QHash<QString, int> seen; // registration → line
    for (int i = 1; i < lines.size(); ++i) {
        const int line = i + 1;
        const QString raw = lines[i].trimmed();
        if (raw.isEmpty())
            continue;
        QStringList c = raw.split(QLatin1Char(','));
        if (c.size() != columns.size() || raw.contains(QLatin1Char('"'))) {
            wrong(line, -1, "label.batch-field-count",
                Message("LabelBatch", "%1 fields where %2 are expected (%3); fields are not quoted and none may contain a comma")
                    .arg(c.size())
                    .arg(columns.size())
                    .arg(columns.join(QLatin1Char(','))));
            continue;
        }
        for (QString& field : c)
            field = field.trimmed();
        Row row{line, c[0].toUpper(), {}};
        ProductFacts& f = row.facts;
        if (!RegistrationNumber::isValid(c[0]))
            wrong(line, 0, "label.batch-registration",
                Message("LabelBatch", "'%1' is not a registration number; the registry assigns them as JCS-YY-NNNNNN (e.g. JCS-26-000123)")
                    .arg(c[0].left(40)));
        else if (seen.contains(row.registration))
            wrong(line, 0, "label.batch-duplicate",
                Message("LabelBatch", "%1 is on row %2 already; each label has its own number").arg(row.registration).arg(seen[row.registration]));
        else
            seen.insert(row.registration, line);
        static const QRegularExpression digit(QStringLiteral("^[1-4]$"));
        if (digit.match(c[1]).hasMatch())
            f.level = c[1].toInt();
        else
            wrong(line, 1, "label.batch-level", Message("LabelBatch", "'%1' is not a level; write 1, 2, 3 or 4").arg(c[1].left(40)));
        f.category = c[2];
        if (f.level && !kinds.contains(QStringLiteral("★%1 %2").arg(f.level).arg(f.category)))
            wrong(line, 2, "label.batch-category",
                Message("LabelBatch", "no installed catalog is for ★%1 '%2'; use one of: %3")
                    .arg(f.level)
                    .arg(f.category.left(40))
                    .arg(kinds.isEmpty() ? Message("LabelBatch", "(no catalogs installed)") : Message::plain(kinds.join(QStringLiteral(", ")))));
        f.model = c[3];
        f.firmware = c[4];
        for (int column : {3, 4}) {
            if (c[column].isEmpty())
                wrong(line, column, "label.batch-empty-field", Message("LabelBatch", "empty; the label names the %1").arg(columns[column]));
            else if (c[column].contains(control))
                wrong(line, column, "label.batch-control-character",
                    Message("LabelBatch", "contains control characters; write it as the device shows it"));
            else if (c[column].toUtf8().size() > LabelToken::maxTextLength)
                wrong(line, column, "label.batch-too-long",
                    Message("LabelBatch", "%1 bytes long; a label carries at most %2").arg(c[column].toUtf8().size()).arg(LabelToken::maxTextLength));
        }
        const std::optional<QDate> evaluated = Product::parseDate(c[5]);
        const std::optional<QDate> support = Product::parseDate(c[6]);
        if (!evaluated)
            wrong(line, 5, "label.batch-bad-date", Message("LabelBatch", "'%1' is not a date; write it as YYYY-MM-DD, e.g. 2026-04-01").arg(c[5].left(40)));
        else if (*evaluated > today)
            wrong(line, 5, "label.batch-evaluated-later",
                Message("LabelBatch", "%1 is after today (%2); a label is issued for an evaluation already made")
                    .arg(evaluated->toString(Qt::ISODate))
                    .arg(today.toString(Qt::ISODate)));
        if (!support)
            wrong(line, 6, "label.batch-bad-date", Message("LabelBatch", "'%1' is not a date; write it as YYYY-MM-DD, e.g. 2031-03-31").arg(c[6].left(40)));
        else if (evaluated && *support < *evaluated)
            wrong(line, 6, "label.batch-support-before-evaluation",
                Message("LabelBatch", "security updates end (%1) before the evaluation (%2); check both dates")
                    .arg(support->toString(Qt::ISODate))
                    .arg(evaluated->toString(Qt::ISODate)));
        f.evaluated = evaluated.value_or(QDate());
        f.supportUntil = support.value_or(QDate());
        rows << row;
    }
    if (rows.isEmpty() && problems.isEmpty())
        wrong(1, -1, "label.batch-empty", Message("LabelBatch", "no rows after the header: nothing to issue"));
    if (!problems.isEmpty())
        return problems;
    return rows;
}

LabelBatch::Outcome LabelBatch::issue(const QList<Row>& rows, const IssuerKey& key, const LabelIssuer::Options& options,
    LabelArtwork::Format format, int dpi, const QString& folder)
{
    static const char* suffixes[] = {".svg", ".pdf", ".png"};
    Outcome outcome;
    QDir().mkpath(folder);
    for (const Row& row : rows) {
        const QString path = QDir(folder).filePath(row.registration + QLatin1String(suffixes[int(format)]));
        QString problem;
        const std::optional<LabelIssuer::Issued> issued = LabelIssuer::issue(key, row.registration, row.facts, options, &problem);
        if (!issued) {
            outcome.failed << Problem::invalid(QStringLiteral("label.not-issued"),
                Message("LabelBatch", "no label for %1: %2").arg(row.registration).arg(Message::plain(problem)), {path, row.line});
            continue;
        }
        QSaveFile out(path);
        const QByteArray artwork = LabelArtwork::render({row.facts.level, row.registration, issued->qr, options.size}, format, dpi);
        if (!out.open(QIODevice::WriteOnly) || out.write(artwork) != artwork.size() || !out.commit()) {
            outcome.failed << Problem::unusable(QStringLiteral("label.not-written"),
                Message("LabelBatch", "the label of %1 cannot be written (%2)").arg(row.registration).arg(Message::plain(out.errorString())),
                {path});
            continue;
        }
        outcome.written << Written{row.registration, path, issued->qr.version};
    }
    return outcome;
}

} // namespace starmark
