// 10,000 labels — sign the token, encode the QR code, draw the SVG — against
// plain QRcode_encodeString on the same URLs in the same run; and the rate of
// token verification on one core. Targets (issue 5): the label pipeline at
// ≥ 40% of the plain-encode rate; ≥ 5,000 verifications a second.
#include "labels/LabelArtwork.h"
#include "labels/LabelVerifier.h"

#include <QGuiApplication>

#include <benchmark/benchmark.h>
#include <qrencode.h>

#include <iostream>
#include <map>

namespace {

using namespace starmark;

const IssuerKey& key()
{
    static const IssuerKey k = IssuerKey::generate();
    return k;
}

LabelToken token(int i)
{
    return {QStringLiteral("JCS-26-%1").arg(i, 6, 10, QLatin1Char('0')), 1 + i % 4, QStringLiteral("network-camera"),
        QStringLiteral("MODEL-%1-ABCDEFGHIJ").arg(i % 1000, 3, 10, QLatin1Char('0')), QStringLiteral("2.4.%1-build.77").arg(i % 100),
        QDate(2026, 11, 22), QDate(2031, 3, 31), QDate(2028, 11, 21), {}, {}};
}

const std::vector<QByteArray>& urls()
{
    static const std::vector<QByteArray> all = [] {
        std::vector<QByteArray> out;
        for (int i = 0; i < 10000; ++i) {
            LabelToken t = token(i);
            t.sign(key());
            out.push_back(LabelToken::url(QStringLiteral("https://label.starmark.example"), t).toLatin1());
        }
        return out;
    }();
    return all;
}

void PlainQrEncode(benchmark::State& state)
{
    for (auto _ : state) {
        for (const QByteArray& url : urls()) {
            QRcode* code = QRcode_encodeString(url.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1);
            benchmark::DoNotOptimize(code);
            QRcode_free(code);
        }
    }
    state.SetItemsProcessed(state.iterations() * qint64(urls().size()));
}

void LabelPipeline(benchmark::State& state)
{
    for (auto _ : state) {
        for (int i = 0; i < 10000; ++i) {
            LabelToken t = token(i);
            t.sign(key());
            const std::optional<QrCode> qr = QrCode::encode(LabelToken::url(QStringLiteral("https://label.starmark.example"), t), nullptr);
            benchmark::DoNotOptimize(
                LabelArtwork::render({t.level, t.registration, *qr, LabelArtwork::Size::Standard}, LabelArtwork::Format::Svg));
        }
    }
    state.SetItemsProcessed(state.iterations() * 10000);
}

void TokenVerification(benchmark::State& state)
{
    const QList<const IssuerKey*> trusted{&key()};
    std::vector<QString> texts;
    for (int i = 0; i < 1000; ++i)
        texts.push_back(QString::fromLatin1(urls()[size_t(i)]));
    for (auto _ : state) {
        for (const QString& text : texts)
            benchmark::DoNotOptimize(
                LabelVerifier::verify(text, trusted, QDate(2027, 1, 1), QStringLiteral("https://label.starmark.example")).status);
    }
    state.SetItemsProcessed(state.iterations() * 1000);
}

BENCHMARK(PlainQrEncode)->Unit(benchmark::kMillisecond)->Iterations(1)->Repetitions(3)->ReportAggregatesOnly(true);
BENCHMARK(LabelPipeline)->Unit(benchmark::kMillisecond)->Iterations(1)->Repetitions(3)->ReportAggregatesOnly(true);
BENCHMARK(TokenVerification)->Unit(benchmark::kMillisecond)->Repetitions(3)->ReportAggregatesOnly(true);

class RateReporter : public benchmark::ConsoleReporter {
public:
    void ReportRuns(const std::vector<Run>& runs) override
    {
        for (const Run& run : runs) {
            if (run.aggregate_name == "median")
                m_rate[run.run_name.function_name] = run.counters.at("items_per_second");
        }
        ConsoleReporter::ReportRuns(runs);
    }
    void Finalize() override
    {
        ConsoleReporter::Finalize();
        const double plain = m_rate["PlainQrEncode"];
        const double pipeline = m_rate["LabelPipeline"];
        std::cout << "plain QRcode_encodeString: " << plain << "/s; label pipeline (sign + QR + SVG): " << pipeline
                  << "/s = " << 100 * pipeline / plain << "% of plain (target >= 40%)\n"
                  << "token verification: " << m_rate["TokenVerification"] << "/s on one core (target >= 5000)\n";
    }

private:
    std::map<std::string, double> m_rate;
};

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    RateReporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    benchmark::Shutdown();
    return 0;
}
