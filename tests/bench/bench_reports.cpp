// Rendering and signing reports — the ★1 demo and a synthetic lab assessment
// of 300 requirements — and verifying each with `starmark verify` against
// `pdfsig` on the same files in the same run. Target (issue 4): starmark
// verify faster than pdfsig. And the same reports kept as PAdES B-LT (`--ltv`, the
// CA's CRL given by file, so no network is timed): signing and offline verification
// against B-B in the same run. Target (issue 16): ≤ 2×.
//
//   bench_reports [--runs R]     (default 11)
#include "TimedRun.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>
#include <iostream>

using starmark::bench::median;
using starmark::bench::TimedRun;

namespace {

void write(const QString& path, const QByteArray& content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
        throw std::runtime_error("cannot write " + path.toStdString());
}

// A lab catalog of `count` requirements with two test cases each, and a declaration that passes them all.
void syntheticLab(const QString& folder, int count)
{
    QByteArray catalog = "scheme: bench\nid: bench-lab\nversion: \"1\"\nlevel: 1\ncategory: common\n"
                         "title: {ja: ベンチマーク用カタログ, en: Benchmark catalog}\nsource: {document: generated}\nrequirements:\n";
    QByteArray declaration
        = "catalog: bench/bench-lab\nlevel: 1\nmode: lab\nproduct:\n  manufacturer: {ja: ベンチ電機, en: Bench Denki}\n"
          "  name: {ja: 試験機, en: Test unit}\n  model: B-300\n  firmware: 3.0.0\n  released: 2026-04-01\n"
          "  support_until: 2031-03-31\n  vulnerability_contact: https://example.com/security\n"
          "evaluator: {name: 評価 太郎, organisation: 株式会社セキュア評価研究所}\n" // the demo lab's certificate signs it
          "sign_off: {reviewer: 査読 花子, at: \"2026-11-22T09:00:00Z\"}\nresults:\n";
    for (int i = 0; i < count; ++i) {
        const QByteArray id = "B-" + QByteArray::number(i).rightJustified(3, '0');
        catalog += "  - id: " + id + "\n    title: {ja: 要件" + QByteArray::number(i) + "の題名（通信の保護）, en: Requirement "
            + QByteArray::number(i)
            + "}\n    text: {ja: 保護すべきデータは暗号化して送信しなければならない。, en: Protected data shall be sent encrypted.}\n"
              "    method: document+device\n    items:\n      rule: all\n      list:\n"
              "        - {id: \"1\", text: {ja: 暗号化方式が文書に記載されている。, en: The cipher suites are documented.}}\n"
              "        - {id: \"2\", text: {ja: 実機で平文通信が観測されない。, en: No plaintext is observed on the device.}}\n"
              "    tests:\n"
              "      - {id: "
            + id
            + "-T1, kind: conceptual, text: {ja: 評価者はIXITを調査する。, en: The evaluator examines the IXIT.}, expected: {ja: "
              "記載がある。, en: It is documented.}}\n"
              "      - {id: "
            + id
            + "-T2, kind: functional, text: {ja: 評価者は通信を観測する。, en: The evaluator observes the traffic.}, expected: {ja: "
              "平文がない。, en: No plaintext.}}\n"
              "    provenance: provisional\n";
        declaration += "  " + id
            + ":\n    verdict: pass\n    items: [\"1\", \"2\"]\n    rationale: 設計書と実機観測の両方で確認した。TLS 1.3 "
              "のみが使われている。\n"
              "    tests:\n      "
            + id + "-T1: {verdict: pass, observed: IXIT の 4.2 節に暗号スイートの一覧がある。}\n      " + id
            + "-T2: {verdict: pass, observed: 30 分間の観測で平文の通信はなかった。}\n";
    }
    write(folder + QStringLiteral("/catalogs/bench/bench-lab.yaml"), catalog);
    write(folder + QStringLiteral("/declaration.yaml"), declaration);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    int runs = 11;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--runs"))
            runs = std::max(1, args[i + 1].toInt());
    }
    const std::string starmark = STARMARK_BINARY;
    QTemporaryDir dir;
    const auto path = [&](const char* name) { return dir.filePath(QString::fromUtf8(name)).toStdString(); };
    if (TimedRun::of({starmark, "keys", "demo-pki", path("pki")}).exitCode != 0)
        return 1;
    TimedRun::of({"certutil", "-N", "-d", "sql:" + path(""), "--empty-password"});
    TimedRun::of({"certutil", "-A", "-d", "sql:" + path(""), "-n", "ca", "-t", "C,C,C", "-i", path("pki/ca.pem")});
    // pdfsig -no-ocsp: both verifiers offline (the demo certificates name a loopback responder no one runs here).
    syntheticLab(dir.path(), 300);

    struct Case {
        const char* name;
        std::string declaration;
        std::string catalogs;
        std::string role;
    };
    const Case cases[] = {
        {"demo ★1 declaration (16 requirements)", STARMARK_SOURCE_SHARE_DIR "/demo/camera-star1/declaration.yaml",
            STARMARK_SOURCE_SHARE_DIR "/catalogs/jc-star", "manufacturer"},
        {"synthetic lab report (300 requirements, 600 test cases)", path("declaration.yaml"), path("catalogs/bench"), "lab"},
    };
    int index = 0;
    for (const Case& c : cases) {
        const std::string out = path("out") + std::to_string(index++);
        if (TimedRun::of({starmark, "assess", "import", "--catalogs", c.catalogs, c.declaration, "-o", out + ".starmark"}).exitCode != 0) {
            std::cerr << "import failed: " << c.name << "\n";
            return 1;
        }
        std::vector<double> render, renderLtv, ours, theirs, oursLtv;
        const std::vector<std::string> sign = {starmark, "report", out + ".starmark", "--catalogs", c.catalogs, "--key",
            path("pki/") + c.role + ".key", "--cert", path("pki/") + c.role + ".pem", "--chain", path("pki/ca.pem"), "-o"};
        for (int i = 0; i < std::max(3, runs / 2); ++i) {
            std::vector<std::string> plain = sign, ltv = sign;
            plain.push_back(out + ".pdf");
            ltv.insert(ltv.end(), {out + "-ltv.pdf", "--ltv", "--crl", path("pki/ca.crl")});
            const TimedRun r = TimedRun::of(plain);
            const TimedRun l = TimedRun::of(ltv);
            if (r.exitCode != 0 || l.exitCode != 0) {
                std::cerr << "report failed: " << c.name << "\n";
                return 1;
            }
            render.push_back(r.seconds);
            renderLtv.push_back(l.seconds);
        }
        for (int i = 0; i < runs; ++i) {
            const TimedRun v = TimedRun::of({starmark, "verify", out + ".pdf", "--trust", path("pki/ca.pem")});
            const TimedRun l = TimedRun::of({starmark, "verify", out + "-ltv.pdf", "--trust", path("pki/ca.pem")});
            const TimedRun p = TimedRun::of({"pdfsig", "-no-ocsp", "-nssdir", "sql:" + path(""), out + ".pdf"});
            if (v.exitCode != 0 || l.exitCode != 0 || p.exitCode != 0) {
                std::cerr << "verification failed: starmark " << v.exitCode << ", B-LT " << l.exitCode << ", pdfsig " << p.exitCode
                          << "\n";
                return 1;
            }
            ours.push_back(v.seconds);
            oursLtv.push_back(l.seconds);
            theirs.push_back(p.seconds);
        }
        const qint64 size = QFileInfo(QString::fromStdString(out + ".pdf")).size();
        const double ratio = median(ours) / median(theirs);
        std::printf("%s: %lld KB; render + sign %.0f ms; verify: starmark %.1f ms, pdfsig %.1f ms, ratio %.2f (target < 1: %s)\n", c.name,
            size / 1024, median(render) * 1000, median(ours) * 1000, median(theirs) * 1000, ratio, ratio < 1 ? "met" : "MISSED");
        const double signing = median(renderLtv) / median(render), verifying = median(oursLtv) / median(ours);
        std::printf("  B-LT against B-B: render + sign + DSS %.0f ms (ratio %.2f), offline verify %.1f ms (ratio %.2f; target <= 2: %s)\n",
            median(renderLtv) * 1000, signing, median(oursLtv) * 1000, verifying, verifying <= 2 ? "met" : "MISSED");
    }
    return 0; // timings are reported, not tested: one run on a loaded machine proves nothing
}
