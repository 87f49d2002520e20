// A declaration whose profile has 200,000 keys (issue 12: over a minute, as the
// duplicate-key check compared each key with every earlier one) against a
// 1,000-key profile in the same run; and maps of 1,000 and 10,000 keys (the
// limit) read in full, whose ratio shows the key check is linear (≈10, where
// quadratic would be ≈100). Targets: the 200,000-key profile is refused, in
// less than 20× the 1,000-key one; the 10,000/1,000 map ratio below 20.
#include "RatioReporter.h"

#include "criteria/InputLimits.h"
#include "criteria/YamlReader.h"
#include "evaluators/DeclarationReader.h"

#include <benchmark/benchmark.h>

namespace {

const starmark::CatalogLibrary& library()
{
    static const starmark::CatalogLibrary l
        = starmark::CatalogLibrary::load({QStringLiteral(STARMARK_SOURCE_SHARE_DIR "/catalogs/jc-star")});
    return l;
}

QByteArray profileDeclaration(int keys)
{
    QByteArray y = "catalog: jc-star/star1-common\nlevel: 1\nmode: self\nprofile:\n";
    for (int i = 0; i < keys; ++i)
        y += "  question_" + QByteArray::number(i) + ": true\n";
    return y;
}

QByteArray flatMap(int keys)
{
    QByteArray y;
    for (int i = 0; i < keys; ++i)
        y += "key_" + QByteArray::number(i) + ": value\n";
    return y;
}

void DeclarationProfile(benchmark::State& state)
{
    const int keys = int(state.range(0));
    const QByteArray bytes = profileDeclaration(keys);
    const bool overLimit = keys > starmark::InputLimits::keysPerMap;
    for (auto _ : state) {
        const starmark::DeclarationReader::Result r = starmark::DeclarationReader::read(bytes, QStringLiteral("bench.yaml"), library());
        // Both are refused (no question of the catalog has these names); only the big one by the key limit.
        const bool byLimit = !r.problems.isEmpty() && r.problems.first().code.startsWith(QLatin1String("yaml.too-many-keys"));
        if (r.assessment || byLimit != overLimit) {
            state.SkipWithError("the profile was not refused the way it should be");
            break;
        }
    }
    state.counters["keys"] = keys;
}

void YamlMap(benchmark::State& state)
{
    const QByteArray bytes = flatMap(int(state.range(0)));
    for (auto _ : state) {
        const starmark::YamlReader::Result r = starmark::YamlReader::read(bytes, QStringLiteral("bench.yaml"));
        if (r.error) {
            state.SkipWithError(r.error->toString().toStdString().c_str());
            break;
        }
        benchmark::DoNotOptimize(r.root.entries().size());
    }
}

BENCHMARK(DeclarationProfile)->Arg(1'000)->Arg(200'000)->Unit(benchmark::kMillisecond)->Repetitions(5)->ReportAggregatesOnly(true);
BENCHMARK(YamlMap)
    ->Arg(1'000)
    ->Arg(starmark::InputLimits::keysPerMap)
    ->Unit(benchmark::kMillisecond)
    ->Repetitions(5)
    ->ReportAggregatesOnly(true);

} // namespace

int main(int argc, char** argv)
{
    starmark::bench::RatioReporter reporter(
        {{"DeclarationProfile/200000", "DeclarationProfile/1000", "< 20"}, {"YamlMap/10000", "YamlMap/1000", "< 20"}},
        starmark::bench::RatioReporter::Clock::Cpu);
    return reporter.run(argc, argv);
}
