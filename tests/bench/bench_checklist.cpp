// The checklist of a 300-requirement assessment (two evaluation items each: 900 rows of 7
// cells) exported as StarMark writes it and imported back (the zip read within bounds, the
// sheet parsed, every row checked against the assessment), against writing the same cells
// with plain libxlsxwriter, no formats, in the same run. Target (issue 14): at most 3×.
#include "RatioReporter.h"

#include "reports/checklist/ChecklistImport.h"
#include "reports/checklist/ChecklistWriter.h"

#include <QFile>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>
#include <xlsxwriter.h>

namespace {

using namespace starmark;

struct Fixture {
    Catalog catalog;
    Assessment assessment;
    QList<const Catalog*> chain;

    Fixture()
    {
        catalog.scheme = QStringLiteral("bench");
        catalog.id = QStringLiteral("three-hundred");
        for (int i = 1; i <= 300; ++i) {
            Requirement r;
            r.id = QStringLiteral("B-%1").arg(i, 3, 10, QLatin1Char('0'));
            r.text = {QStringLiteral("IoT機器は、ネットワークを介したユーザ認証において総当たり攻撃を困難とすること。要件 %1").arg(i), QStringLiteral("Requirement %1").arg(i)};
            r.items = {{QStringLiteral("1"), {QStringLiteral("認証の失敗が続いた場合に一定時間認証を受け付けない。"), QStringLiteral("Lockout.")}},
                {QStringLiteral("2"), {QStringLiteral("認証値は十分な強度を持つ。"), QStringLiteral("Strength.")}}};
            catalog.requirements.append(r);
            Assessment::Result result;
            result.verdict = Verdict::Pass;
            result.items = {QStringLiteral("1"), QStringLiteral("2")};
            result.rationale = QStringLiteral("設計書第%1章に記載し、実機で確認した。").arg(i);
            result.evidence = {{QStringLiteral("evidence/design-%1.pdf").arg(i), QByteArray(64, 'a'), 1000, {}}};
            assessment.results.insert(r.id, result);
        }
        assessment.catalog = catalog.qualifiedId();
        chain = {&catalog};
    }
};

const Fixture& fixture()
{
    static const Fixture f;
    return f;
}

void ExportAndImport(benchmark::State& state)
{
    const Fixture& f = fixture();
    for (auto _ : state) {
        const Result<QByteArray> bytes = ChecklistWriter::write(f.assessment, f.chain, Language::Japanese);
        const Result<XlsxPackage> package = bytes ? XlsxPackage::read(*bytes, QStringLiteral("bench.xlsx")) : Result<XlsxPackage>(bytes.problems());
        const Result<XlsxWorkbook> workbook = package ? XlsxWorkbook::read(*package) : Result<XlsxWorkbook>(package.problems());
        const Result<ChecklistImport::Plan> plan
            = workbook ? ChecklistImport::plan(*workbook, QStringLiteral("bench.xlsx"), f.assessment, f.chain) : Result<ChecklistImport::Plan>(workbook.problems());
        // Read back untouched, it asks for nothing: anything else is a broken round trip, not a figure.
        if (!plan || !plan->assignments.isEmpty()) {
            state.SkipWithError("the round trip did not come back unchanged");
            break;
        }
    }
}

// The export alone, to tell the writer's share from the reader's.
void Export(benchmark::State& state)
{
    const Fixture& f = fixture();
    for (auto _ : state)
        benchmark::DoNotOptimize(ChecklistWriter::write(f.assessment, f.chain, Language::Japanese).ok());
}

void PlainLibxlsxwriter(benchmark::State& state)
{
    const Fixture& f = fixture();
    const QList<ChecklistLayout::Row> rows = ChecklistLayout::rows(f.assessment, f.chain, Language::Japanese);
    QList<QList<QByteArray>> cells;
    for (const ChecklistLayout::Row& row : rows) {
        QList<QByteArray> utf8;
        for (const QString& c : row.cells)
            utf8 << c.toUtf8();
        cells << utf8;
    }
    QTemporaryDir dir;
    const QByteArray path = QFile::encodeName(dir.filePath(QStringLiteral("plain.xlsx")));
    for (auto _ : state) {
        lxw_workbook* book = workbook_new(path.constData());
        lxw_worksheet* sheet = workbook_add_worksheet(book, "Sheet1");
        lxw_row_t r = 0;
        for (const QList<QByteArray>& row : cells) {
            lxw_col_t c = 0;
            for (const QByteArray& text : row)
                worksheet_write_string(sheet, r, c++, text.constData(), nullptr);
            ++r;
        }
        workbook_close(book);
        QFile written(QFile::decodeName(path));
        written.open(QIODevice::ReadOnly);
        benchmark::DoNotOptimize(written.readAll());
    }
}

BENCHMARK(ExportAndImport)->Unit(benchmark::kMillisecond)->Repetitions(5)->ReportAggregatesOnly(true);
BENCHMARK(Export)->Unit(benchmark::kMillisecond)->Repetitions(5)->ReportAggregatesOnly(true);
BENCHMARK(PlainLibxlsxwriter)->Unit(benchmark::kMillisecond)->Repetitions(5)->ReportAggregatesOnly(true);

} // namespace

int main(int argc, char** argv)
{
    starmark::bench::RatioReporter reporter({{"ExportAndImport", "PlainLibxlsxwriter", "<= 3"}, {"Export", "PlainLibxlsxwriter", "(the writer's share)"}}, starmark::bench::RatioReporter::Clock::Cpu);
    return reporter.run(argc, argv);
}
