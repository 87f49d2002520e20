// Importing a declaration whose evidence is N MiB in 200 files, against
// `sha256sum` of the same files in the same run, with the importer's peak
// memory. Targets (issue 3): ≤ 1.3× sha256sum's time; peak memory under 100 MB
// whatever the evidence size.
//
//   bench_evidence_import [--mib N[,N…]] [--runs R]     (default 1024 MiB, 3 runs)
#include "TimedRun.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <iostream>
#include <vector>

namespace {

constexpr int fileCount = 200;

} // namespace

using starmark::bench::median;
using starmark::bench::TimedRun;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QStringList sizes{QStringLiteral("1024")};
    int runs = 3;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--mib"))
            sizes = args[i + 1].split(QLatin1Char(','));
        if (args[i] == QLatin1String("--runs"))
            runs = std::max(1, args[i + 1].toInt());
    }
    const std::string starmark = STARMARK_BINARY;
    const std::string catalogs = STARMARK_SOURCE_SHARE_DIR "/catalogs/jc-star";
    for (const QString& size : sizes) {
        const qint64 total = size.toLongLong() << 20;
        QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/starmark-bench-XXXXXX"));
        QDir(dir.path()).mkpath(QStringLiteral("evidence"));
        std::vector<std::string> shaArgs{"sha256sum"};
        QRandomGenerator random(1);
        QByteArray chunk(total / fileCount, Qt::Uninitialized);
        for (int i = 0; i < fileCount; ++i) {
            random.fillRange(reinterpret_cast<quint32*>(chunk.data()), chunk.size() / 4);
            const QString name = QStringLiteral("evidence/e%1.bin").arg(i, 3, 10, QLatin1Char('0'));
            QFile f(dir.filePath(name));
            if (!f.open(QIODevice::WriteOnly) || f.write(chunk) != chunk.size()) {
                std::cerr << "cannot write evidence into " << dir.path().toStdString() << "\n";
                return 2;
            }
            shaArgs.push_back(dir.filePath(name).toStdString());
        }
        // Sixteen ★1 results, each citing its share of the 200 files.
        QByteArray yaml = "catalog: jc-star/star1-common\nlevel: 1\nmode: self\nproduct:\n"
                          "  manufacturer: {ja: ベンチ電機, en: Bench Denki}\n  name: {ja: 試験機, en: Test unit}\n"
                          "  model: B-1\n  firmware: 1.0.0\n  released: 2026-04-01\n  support_until: 2030-03-31\n"
                          "  vulnerability_contact: https://example.com/security\nevaluator: {name: Bench}\nresults:\n";
        for (int r = 1; r <= 16; ++r) {
            yaml += QStringLiteral("  S1.1-%1:\n    verdict: fail\n    evidence:\n").arg(r, 2, 10, QLatin1Char('0')).toUtf8();
            for (int i = r - 1; i < fileCount; i += 16)
                yaml += QStringLiteral("      - evidence/e%1.bin\n").arg(i, 3, 10, QLatin1Char('0')).toUtf8();
        }
        QFile declaration(dir.filePath(QStringLiteral("declaration.yaml")));
        declaration.open(QIODevice::WriteOnly);
        declaration.write(yaml);
        declaration.close();

        TimedRun::of(shaArgs); // both read from the page cache from here on
        std::vector<double> sha;
        std::vector<double> ours;
        long peak = 0;
        for (int i = 0; i < runs; ++i) {
            const TimedRun s = TimedRun::of(shaArgs);
            const std::string out = dir.filePath(QStringLiteral("run%1.starmark").arg(i)).toStdString();
            const TimedRun m = TimedRun::of({starmark, "assess", "import", "--catalogs", catalogs, "--who", "bench",
                dir.filePath(QStringLiteral("declaration.yaml")).toStdString(), "-o", out});
            QFile::remove(QString::fromStdString(out));
            if (s.exitCode != 0 || m.exitCode != 0) {
                std::cerr << "a run failed: sha256sum " << s.exitCode << ", starmark " << m.exitCode << "\n";
                return 1;
            }
            sha.push_back(s.seconds);
            ours.push_back(m.seconds);
            peak = std::max(peak, m.peakKiB);
        }
        const double ratio = median(ours) / median(sha);
        std::printf(
            "evidence %s MiB in %d files, %d runs: sha256sum %.3f s, starmark assess import %.3f s, ratio %.2f (target <= 1.3: %s); "
            "peak memory %.1f MB (target < 100: %s)\n",
            qPrintable(size), fileCount, runs, median(sha), median(ours), ratio, ratio <= 1.3 ? "met" : "MISSED", peak / 1024.0,
            peak < 100 * 1024 ? "met" : "MISSED");
    }
    return 0; // figures are reported, not tested
}
