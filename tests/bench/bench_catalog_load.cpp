// Loading and validating every shipped catalog plus a generated catalog of
// 5,000 requirements, against plain yaml-cpp parsing of the same files in the
// same run. Target (issue 2): StarMark ≤ 1.5× the plain parse.
#include "RatioReporter.h"

#include "criteria/CatalogLibrary.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>
#include <yaml-cpp/yaml.h>

#include <iostream>

namespace {

const QString shippedFolder = QStringLiteral(STARMARK_SOURCE_SHARE_DIR "/catalogs/jc-star");

// A ★1 catalog in the shape of the shipped ones, with `count` requirements.
QByteArray generatedCatalog(int count)
{
    QByteArray y
        = "scheme: bench\nid: generated\nversion: \"1\"\nlevel: 1\ncategory: common\n"
          "title: {ja: 生成カタログ, en: Generated catalog}\nsource: {document: generated}\n"
          "questions:\n  - id: has_network_auth\n    type: boolean\n    text: {ja: 認証機能があるか, en: Has network authentication}\n"
          "requirements:\n";
    for (int i = 0; i < count; ++i) {
        const QByteArray id = "G-" + QByteArray::number(i);
        y += "  - id: " + id
            + "\n"
              "    title:\n      ja: 要件"
            + QByteArray::number(i) + "のタイトル\n      en: Title of requirement " + QByteArray::number(i)
            + "\n"
              "    text:\n      ja: >-\n        IPネットワーク経由のアクセスは適切な認証によって制御されなければならない。"
              "セキュリティに関わる設定の変更は認証に成功した利用者にのみ許可されなければならない。\n"
              "      en: >-\n        Access over IP shall be controlled by proper authentication. Changes to security\n"
              "        settings shall only be permitted to successfully authenticated users.\n"
              "    method: document+device\n"
              "    applies_if: has_network_auth\n"
              "    items:\n      rule: any\n      list:\n"
              "        - {id: \"1\", text: {ja: 機器ごとに固有のパスワード, en: Unique password per device}}\n"
              "        - {id: \"2\", text: {ja: 初回利用時に変更を強制, en: Change forced at first use}}\n"
              "    evidence:\n      - {kind: document, text: {ja: 設計文書, en: Design document}}\n"
              "    tests:\n      - id: "
            + id
            + "-T1\n        kind: functional\n"
              "        text: {ja: 認証なしでアクセスを試みる, en: Attempt access without authentication}\n"
              "        expected: {ja: アクセスが拒否される, en: Access is refused}\n"
              "    references:\n      - {standard: ETSI EN 303 645, clause: \"5.1-1\"}\n      - {standard: NISTIR 8425, clause: Interface "
              "Access Control}\n"
              "    provenance: provisional\n";
    }
    return y;
}

struct Files {
    QTemporaryDir dir;
    QStringList folders;
    std::vector<std::string> paths;
    qint64 bytes = 0;

    Files()
    {
        QFile out(dir.filePath(QStringLiteral("generated.yaml")));
        if (!out.open(QIODevice::WriteOnly))
            throw std::runtime_error("cannot write the generated catalog");
        out.write(generatedCatalog(5000));
        out.close();
        folders = {shippedFolder, dir.path()};
        for (const QString& folder : folders) {
            for (const QFileInfo& f : QDir(folder).entryInfoList({QStringLiteral("*.yaml")}, QDir::Files)) {
                paths.push_back(f.filePath().toStdString());
                bytes += f.size();
            }
        }
    }
};

Files& files()
{
    static Files f;
    return f;
}

void PlainYamlCppParse(benchmark::State& state)
{
    for (auto _ : state) {
        for (const std::string& path : files().paths)
            benchmark::DoNotOptimize(YAML::LoadFile(path));
    }
    state.SetBytesProcessed(state.iterations() * files().bytes);
}

void StarMarkLoadAndValidate(benchmark::State& state)
{
    for (auto _ : state) {
        const starmark::CatalogLibrary library = starmark::CatalogLibrary::load(files().folders);
        if (!library.problems().isEmpty()) {
            state.SkipWithError(library.problems().first().toString().toStdString().c_str());
            break;
        }
        benchmark::DoNotOptimize(library.catalogs().size());
    }
    state.SetBytesProcessed(state.iterations() * files().bytes);
}

// Each iteration takes about a second: repeat, and compare medians.
BENCHMARK(PlainYamlCppParse)->Unit(benchmark::kMillisecond)->Repetitions(5)->ReportAggregatesOnly(true);
BENCHMARK(StarMarkLoadAndValidate)->Unit(benchmark::kMillisecond)->Repetitions(5)->ReportAggregatesOnly(true);

} // namespace

int main(int argc, char** argv)
{
    starmark::bench::RatioReporter reporter({{"StarMarkLoadAndValidate", "PlainYamlCppParse", "<= 1.5"}},
        starmark::bench::RatioReporter::Clock::Real,
        [] { std::cout << "files: " << files().paths.size() << ", " << files().bytes / 1024 << " KiB\n"; });
    return reporter.run(argc, argv);
}
