// PAdES B-LT against B-B in the same run, as `starmark report --tsa URL --ltv --crl ca.crl`
// makes it: signing with a real `starmark tsa serve` on loopback as the time-stamp
// authority and the DSS added (PdfSigner::sign, then PdfDss::extend), against plain B-B
// signing of the same PDF; and the offline verification (ReportVerifier) of the ★1 demo's
// report kept both ways. Targets (issue 16): both at most 2x B-B.
//
//   bench_timestamp [Google Benchmark options]
#include "RatioReporter.h"

#include "criteria/CatalogLibrary.h"
#include "criteria/KnownDigests.h"
#include "evaluators/AssessmentFile.h"
#include "evaluators/Clock.h"
#include "evaluators/DeclarationReader.h"
#include "reports/DemoPki.h"
#include "reports/PagedPdf.h"
#include "reports/PdfDss.h"
#include "reports/PdfSigner.h"
#include "reports/ReportVerifier.h"
#include "reports/SignedReport.h"
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
    QString pki;
    QByteArray pdf;
    std::optional<SigningIdentity> identity;
    std::optional<TrustAnchors> trust;
    std::optional<TimestampClient> tsa;
    std::unique_ptr<QProcess> server;
    ValidationData::Sources sources; // --crl ca.crl: what the CLI is given, so nothing is fetched
    KnownDigests known;
    QByteArray reportBB, reportBLT; // the ★1 demo's report, plain and kept
};

Setup& setup()
{
    static Setup s = [] {
        Setup s;
        const auto fail = [](const QString& what) { return std::runtime_error(what.toStdString()); };
        QString error;
        s.pki = s.dir.filePath(QStringLiteral("pki"));
        const auto pki = [&](const char* file) { return s.pki + QLatin1Char('/') + QLatin1String(file); };
        const QDateTime now = Clock::system().now();
        if (!DemoPki::create(s.pki, now, &error))
            throw fail(error);
        s.identity = SigningIdentity::load(pki("manufacturer.key"), pki("manufacturer.pem"), pki("ca.pem"), {}, &error);
        if (!s.identity)
            throw fail(error);
        s.trust = TrustAnchors::fromPaths({pki("ca.pem")}, &error);
        if (!s.trust)
            throw fail(error);
        s.sources.crlFiles = QStringList{pki("ca.crl")};
        s.known = KnownDigests::load(QStringLiteral(STARMARK_SOURCE_SHARE_DIR "/catalogs/known-digests.json")).take();
        s.pdf = PagedPdf::print(QStringLiteral("<h1>自己適合宣言書</h1><p>ベンチマーク</p>"), QStringLiteral("bench"), QStringLiteral("bench"));

        s.server = std::make_unique<QProcess>();
        s.server->start(QStringLiteral(STARMARK_BINARY), {QStringLiteral("tsa"), QStringLiteral("serve"), QStringLiteral("--key"),
                                                             pki("tsa.key"), QStringLiteral("--cert"), pki("tsa.pem"),
                                                             QStringLiteral("--port"), QStringLiteral("0")});
        QString started;
        while (!started.contains(QLatin1Char('\n')) && s.server->waitForReadyRead(20000))
            started += QString::fromUtf8(s.server->readAllStandardOutput());
        const QRegularExpressionMatch url = QRegularExpression(QStringLiteral("(http://127.0.0.1:\\d+/)")).match(started);
        if (!url.hasMatch())
            throw fail(QStringLiteral("the TSA did not start: ") + started);
        s.tsa.emplace(QUrl(url.captured(1)), *s.trust);

        // The demo report as `starmark declare` makes it, with and without --tsa --ltv.
        const CatalogLibrary library = CatalogLibrary::load({QStringLiteral(STARMARK_SOURCE_SHARE_DIR "/catalogs/jc-star")});
        const DeclarationReader::Result read
            = DeclarationReader::readFile(QStringLiteral(STARMARK_SOURCE_SHARE_DIR "/demo/camera-star1/declaration.yaml"), library);
        if (!read.assessment)
            throw fail(QStringLiteral("the ★1 demo does not read"));
        const QList<const Catalog*> chain = library.chain(*library.find(read.assessment->catalog));
        const std::unique_ptr<AssessmentFile> file = AssessmentFile::create(
            s.dir.filePath(QStringLiteral("camera.starmark")), *read.assessment, chain, QStringLiteral("bench"), Clock::system(), &error);
        if (!file)
            throw fail(error);
        const PdfSigner::Timestamper stamp = [&](const QByteArray& value) { return s.tsa->stamp(value, Clock::system().now()); };
        const std::optional<QByteArray> plain = SignedReport::make(*file, chain, *s.identity, {Language::Japanese, now}, &error);
        const std::optional<QByteArray> stamped = SignedReport::make(*file, chain, *s.identity, {Language::Japanese, now}, &error, stamp);
        if (!plain || !stamped)
            throw fail(error);
        const Result<QByteArray> kept = PdfDss::extend(*stamped, s.sources);
        if (!kept)
            throw fail(kept.problems().first().toString());
        s.reportBB = *plain;
        s.reportBLT = *kept;
        return s;
    }();
    return s;
}

void SignBB(benchmark::State& state)
{
    Setup& s = setup();
    const PdfSigner::Request request{{{QStringLiteral("assessment.json"), "{}"}}, QStringLiteral("bench"), Clock::system().now()};
    for (auto _ : state) {
        QString error;
        const std::optional<QByteArray> signedPdf = PdfSigner::sign(s.pdf, request, *s.identity, &error);
        if (!signedPdf) {
            state.SkipWithError(error.toStdString().c_str());
            return;
        }
        benchmark::DoNotOptimize(signedPdf->size());
    }
}

// `report --tsa URL --ltv --crl ca.crl`: the signature timestamp, then the DSS.
void SignBLT(benchmark::State& state)
{
    Setup& s = setup();
    const PdfSigner::Request request{{{QStringLiteral("assessment.json"), "{}"}}, QStringLiteral("bench"), Clock::system().now()};
    const PdfSigner::Timestamper stamp = [&](const QByteArray& value) { return s.tsa->stamp(value, Clock::system().now()); };
    for (auto _ : state) {
        QString error;
        const std::optional<QByteArray> signedPdf = PdfSigner::sign(s.pdf, request, *s.identity, &error, stamp);
        if (!signedPdf) {
            state.SkipWithError(error.toStdString().c_str());
            return;
        }
        const Result<QByteArray> kept = PdfDss::extend(*signedPdf, s.sources);
        if (!kept) {
            state.SkipWithError(kept.problems().first().toString().toStdString().c_str());
            return;
        }
        benchmark::DoNotOptimize(kept->size());
    }
}

void verify(benchmark::State& state, const QByteArray& pdf, bool longTerm)
{
    Setup& s = setup();
    for (auto _ : state) {
        const ReportVerifier::Result r = ReportVerifier::verify(pdf, *s.trust, s.known, Clock::system().now());
        // A verdict reached by a shorter path would time the wrong thing.
        if (r.verdict != ReportVerifier::Result::Verdict::Valid || r.signatures.isEmpty()
            || r.signatures.first().timestampTime.has_value() != longTerm || r.signatures.first().revocationEmbedded != longTerm) {
            state.SkipWithError("the report does not verify as it should");
            return;
        }
    }
}

void VerifyBB(benchmark::State& state)
{
    verify(state, setup().reportBB, false);
}

void VerifyBLT(benchmark::State& state)
{
    verify(state, setup().reportBLT, true);
}

} // namespace

BENCHMARK(SignBB)->Unit(benchmark::kMillisecond)->Repetitions(7)->ReportAggregatesOnly(true)->UseRealTime();
BENCHMARK(SignBLT)->Unit(benchmark::kMillisecond)->Repetitions(7)->ReportAggregatesOnly(true)->UseRealTime();
BENCHMARK(VerifyBB)->Unit(benchmark::kMillisecond)->Repetitions(7)->ReportAggregatesOnly(true)->UseRealTime();
BENCHMARK(VerifyBLT)->Unit(benchmark::kMillisecond)->Repetitions(7)->ReportAggregatesOnly(true)->UseRealTime();

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv); // the PDF's fonts; the client's event loop
    setup(); // before the first benchmark, so that none of it is timed
    // Real time: the TSA's work is in another process, which CPU time would not count.
    starmark::bench::RatioReporter reporter(
        {{"SignBLT", "SignBB", "<= 2"}, {"VerifyBLT", "VerifyBB", "<= 2"}}, starmark::bench::RatioReporter::Clock::Real);
    const int code = reporter.run(argc, argv);
    setup().tsa.reset(); // its HTTP thread ends while the application still runs
    setup().server->kill();
    setup().server->waitForFinished();
    return code;
}
