// Signing a report PAdES B-T, with a real `starmark tsa serve` on loopback as the
// time-stamp authority, against plain B-B signing of the same PDF in the same run.
// Target (issue 16): B-T (with B-LT's fetching, once there) at most 2x B-B.
//
//   bench_timestamp [Google Benchmark options]
#include "RatioReporter.h"

#include "reports/DemoPki.h"
#include "reports/PagedPdf.h"
#include "reports/PdfSigner.h"
#include "reports/TimestampClient.h"

#include <QGuiApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <memory>

using namespace starmark;

namespace {

struct Setup {
    QTemporaryDir dir;
    QByteArray pdf;
    std::optional<SigningIdentity> identity;
    std::optional<TimestampClient> tsa;
    std::unique_ptr<QProcess> server;
};

Setup& setup()
{
    static Setup s = [] {
        Setup s;
        QString error;
        const QString pki = s.dir.filePath(QStringLiteral("pki"));
        if (!DemoPki::create(pki, QDateTime::currentDateTimeUtc(), &error))
            throw std::runtime_error(error.toStdString());
        s.identity = SigningIdentity::load(pki + QStringLiteral("/manufacturer.key"), pki + QStringLiteral("/manufacturer.pem"),
            pki + QStringLiteral("/ca.pem"), {}, &error);
        s.pdf = PagedPdf::print(QStringLiteral("<h1>自己適合宣言書</h1><p>ベンチマーク</p>"), QStringLiteral("bench"), QStringLiteral("bench"));
        s.server = std::make_unique<QProcess>();
        s.server->start(QStringLiteral(STARMARK_BINARY), {QStringLiteral("tsa"), QStringLiteral("serve"), QStringLiteral("--key"),
                                                             pki + QStringLiteral("/tsa.key"), QStringLiteral("--cert"),
                                                             pki + QStringLiteral("/tsa.pem"), QStringLiteral("--port"), QStringLiteral("0")});
        QString started;
        while (!started.contains(QLatin1Char('\n')) && s.server->waitForReadyRead(20000))
            started += QString::fromUtf8(s.server->readAllStandardOutput());
        const QRegularExpressionMatch url = QRegularExpression(QStringLiteral("(http://127.0.0.1:\\d+/)")).match(started);
        if (!url.hasMatch())
            throw std::runtime_error("the TSA did not start: " + started.toStdString());
        s.tsa.emplace(QUrl(url.captured(1)), TrustAnchors::fromPaths({pki + QStringLiteral("/ca.pem")}, &error).value());
        return s;
    }();
    return s;
}

void sign(benchmark::State& state, bool timestamped)
{
    Setup& s = setup();
    const PdfSigner::Request request{{{QStringLiteral("assessment.json"), "{}"}}, QStringLiteral("bench"), QDateTime::currentDateTimeUtc()};
    const PdfSigner::Timestamper stamp = [&](const QByteArray& value) { return s.tsa->stamp(value, QDateTime::currentDateTimeUtc()); };
    for (auto _ : state) {
        QString error;
        const std::optional<QByteArray> signedPdf = PdfSigner::sign(s.pdf, request, *s.identity, &error, timestamped ? stamp : PdfSigner::Timestamper());
        if (!signedPdf) {
            state.SkipWithError(error.toStdString().c_str());
            return;
        }
        benchmark::DoNotOptimize(signedPdf->size());
    }
}

void SignBB(benchmark::State& state)
{
    sign(state, false);
}

void SignBT(benchmark::State& state)
{
    sign(state, true);
}

} // namespace

BENCHMARK(SignBB)->Unit(benchmark::kMillisecond)->Repetitions(5)->ReportAggregatesOnly(true)->UseRealTime();
BENCHMARK(SignBT)->Unit(benchmark::kMillisecond)->Repetitions(5)->ReportAggregatesOnly(true)->UseRealTime();

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv); // the PDF's fonts; the client's event loop
    // Real time: the TSA's work is in another process, which CPU time would not count.
    starmark::bench::RatioReporter reporter({{"SignBT", "SignBB", "<= 2 (with --ltv)"}}, starmark::bench::RatioReporter::Clock::Real);
    const int code = reporter.run(argc, argv);
    setup().server->kill();
    setup().server->waitForFinished();
    return code;
}
