// What the transparency log costs the registry per request: a signed tree head and an
// inclusion proof over logs of 1,000 and 10,000 entries, against the most common request,
// a label's record (RegistryStore::find), in the same run. Both are computed from the
// entries as stored on every request (no cached tree), so they grow with the log.
#include "RatioReporter.h"

#include "evaluators/Clock.h"
#include "labels/IssuerKey.h"
#include "labels/registry/LogProof.h"
#include "labels/registry/Publication.h"
#include "labels/registry/RegistryStore.h"
#include "labels/registry/SignedTreeHead.h"
#include "labels/registry/TransparencyLog.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <iostream>
#include <map>

namespace {

using namespace starmark;

const IssuerKey& key()
{
    static const IssuerKey k = IssuerKey::generate();
    return k;
}

QString registration; // the bench's product (numbered in the year the clock says)

// The registries made, closed before main() returns: Qt SQL must not outlive its statics.
std::map<qint64, std::pair<std::unique_ptr<QTemporaryDir>, std::unique_ptr<RegistryStore>>> made;

// A registry whose log holds `entries` entries: one real registration, its entry copied behind it.
RegistryStore& registry(qint64 entries)
{
    auto& slot = made[entries];
    if (!slot.second) {
        slot.first = std::make_unique<QTemporaryDir>();
        RegistryLocation location;
        location.file = slot.first->filePath(QStringLiteral("registry.db"));
        slot.second = RegistryStore::open(location, Clock::system()).take();
        const ProductFacts camera{1, QStringLiteral("common"), {QStringLiteral("架空電機株式会社"), QStringLiteral("Fictional Electric Co.")},
            {QStringLiteral("ネットワークカメラ"), QStringLiteral("Network camera")}, QStringLiteral("SC-100"), QStringLiteral("1.2.3"),
            QStringLiteral("https://example.com/security"), QDate(2026, 11, 1), QDate(2031, 3, 31)};
        const Result<RegisteredProduct> registered = Publication(*slot.second, key(), Clock::system())
                                                         .registerFacts(camera, Clock::system().now().date().addYears(2).addDays(-1), QStringLiteral("bench"));
        if (!registered)
            qFatal("the bench's product cannot be registered: %s", qPrintable(registered.problems().constFirst().toString()));
        registration = registered->registration;
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bench-fill"));
        db.setDatabaseName(location.file);
        db.open();
        db.transaction();
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT entry, leaf_hash FROM transparency_log WHERE idx = 0"));
        q.next();
        const QString entry = q.value(0).toString();
        const QString leaf = q.value(1).toString();
        q.prepare(QStringLiteral("INSERT INTO transparency_log (idx, entry, leaf_hash) VALUES (?, ?, ?)"));
        for (qint64 i = 1; i < entries; ++i) {
            q.addBindValue(i);
            q.addBindValue(entry);
            q.addBindValue(leaf);
            if (!q.exec())
                qFatal("the bench's log cannot be filled: %s", qPrintable(q.lastError().text()));
        }
        q.exec(QStringLiteral("UPDATE counters SET value = %1 WHERE name = 'log'").arg(entries));
        db.commit();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench-fill"));
    if (*slot.second->log().size() != entries)
        qFatal("the bench's log holds %lld entries, not %lld", *slot.second->log().size(), entries);
    return *slot.second;
}

void LabelRecord(benchmark::State& state)
{
    RegistryStore& store = registry(state.range(0));
    if (!store.find(registration))
        state.SkipWithError("the bench's product is not found");
    for (auto _ : state)
        benchmark::DoNotOptimize(store.find(registration));
}

void SignedTreeHeadOfTheLog(benchmark::State& state)
{
    RegistryStore& store = registry(state.range(0));
    for (auto _ : state)
        benchmark::DoNotOptimize(SignedTreeHead::of(store.log(), key(), Clock::system().now())->sealed(key()));
}

void InclusionProof(benchmark::State& state)
{
    RegistryStore& store = registry(state.range(0));
    for (auto _ : state)
        benchmark::DoNotOptimize(LogProof::inclusion(store.log(), state.range(0) / 2, state.range(0)));
}

BENCHMARK(LabelRecord)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond)->Repetitions(3)->ReportAggregatesOnly(true);
BENCHMARK(SignedTreeHeadOfTheLog)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond)->Repetitions(3)->ReportAggregatesOnly(true);
BENCHMARK(InclusionProof)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond)->Repetitions(3)->ReportAggregatesOnly(true);

} // namespace

int main(int argc, char** argv)
{
    // No target of the issue's: the figures say when a cached tree becomes worth its complexity.
    starmark::bench::RatioReporter reporter({{"SignedTreeHeadOfTheLog/1000", "LabelRecord/1000", "(measured)"},
                                                {"SignedTreeHeadOfTheLog/10000", "LabelRecord/10000", "(measured)"},
                                                {"InclusionProof/10000", "LabelRecord/10000", "(measured)"}},
        starmark::bench::RatioReporter::Clock::Cpu);
    const int code = reporter.run(argc, argv);
    made.clear();
    return code;
}
