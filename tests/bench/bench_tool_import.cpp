// Importing an nmap XML of 10,000 hosts × 20 ports (made here, about 40 MB) against a
// plain QXmlStreamReader pass over the same file in the same run: target ≤ 2×. And the
// peak memory of one import and of one plain pass at 2,000 and at 10,000 hosts, each in a
// fresh process: the reading streams and keeps each open port number once (with a count of
// its hosts), so the import's memory stays flat as the file grows, as the plain pass's does.
#include "RatioReporter.h"

#include "evaluators/tools/ToolOutput.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <cstdio>

namespace {

constexpr int portsPerHost = 20;

const QTemporaryDir& folder()
{
    static const QTemporaryDir dir;
    return dir;
}

// A scan as nmap -sV writes it: each host up, with 20 open ports, a service and a script each.
QString scanOf(int hosts)
{
    const QString path = folder().filePath(QStringLiteral("scan-%1.xml").arg(hosts));
    if (QFile::exists(path))
        return path;
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE nmaprun>\n"
               "<nmaprun scanner=\"nmap\" args=\"nmap -sV -oX scan.xml 10.0.0.0/16\" start=\"1795770000\" version=\"7.93\" xmloutputversion=\"1.05\">\n");
    for (int h = 0; h < hosts; ++h) {
        QByteArray host = "<host starttime=\"1795770001\" endtime=\"1795770009\"><status state=\"up\" reason=\"syn-ack\"/>\n<address addr=\"10.0."
            + QByteArray::number(h / 256) + '.' + QByteArray::number(h % 256) + "\" addrtype=\"ipv4\"/>\n<hostnames>\n</hostnames>\n<ports>";
        for (int p = 0; p < portsPerHost; ++p) {
            const QByteArray port = QByteArray::number(1000 + p * 7);
            host += "<port protocol=\"tcp\" portid=\"" + port + "\"><state state=\"open\" reason=\"syn-ack\" reason_ttl=\"64\"/>"
                "<service name=\"http\" product=\"lighttpd\" version=\"1.4.69\" method=\"probed\" conf=\"10\"><cpe>cpe:/a:lighttpd:lighttpd:1.4.69</cpe></service>"
                "<script id=\"http-title\" output=\"Router login &#xa;\"><elem key=\"title\">Router login</elem></script></port>\n";
        }
        host += "</ports>\n<times srtt=\"100\" rttvar=\"50\" to=\"100000\"/>\n</host>\n";
        file.write(host);
    }
    file.write("<runstats><finished time=\"1795771000\" exit=\"success\"/></runstats>\n</nmaprun>\n");
    return path;
}

void NmapImport(benchmark::State& state)
{
    const QString path = scanOf(int(state.range(0)));
    for (auto _ : state) {
        const starmark::Result<starmark::ToolFindings> read = starmark::ToolOutput::read(path);
        qint64 open = 0;
        for (const starmark::ToolFindings::OpenPort& number : read ? read->openPorts : QList<starmark::ToolFindings::OpenPort>())
            open += number.hosts;
        if (!read || open != state.range(0) * portsPerHost) {
            state.SkipWithError("the scan was not read whole");
            break;
        }
    }
    state.counters["MB"] = double(QFile(path).size()) / 1e6;
}

// The baseline: every token of the same file through QXmlStreamReader, nothing kept; false
// when the file is not well-formed.
bool plainPass(const QString& path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    QXmlStreamReader xml(&file);
    qint64 elements = 0;
    while (!xml.atEnd())
        elements += xml.readNext() == QXmlStreamReader::StartElement;
    benchmark::DoNotOptimize(elements);
    return !xml.hasError();
}

void PlainXmlPass(benchmark::State& state)
{
    const QString path = scanOf(int(state.range(0)));
    for (auto _ : state) {
        if (!plainPass(path)) {
            state.SkipWithError("the scan is not well-formed");
            break;
        }
    }
}

BENCHMARK(NmapImport)->Arg(10'000)->Unit(benchmark::kMillisecond)->Repetitions(3)->ReportAggregatesOnly(true);
BENCHMARK(PlainXmlPass)->Arg(10'000)->Unit(benchmark::kMillisecond)->Repetitions(3)->ReportAggregatesOnly(true);

// Peak resident memory of reading `hosts` hosts in a fresh process ("import" or "plain"), in MiB.
double peakMiB(const char* self, const char* how, int hosts)
{
    QProcess child;
    child.start(QString::fromLocal8Bit(self), {QStringLiteral("--peak-rss"), QString::fromLatin1(how), scanOf(hosts)});
    child.waitForFinished(600'000);
    return child.readAllStandardOutput().trimmed().toDouble() / 1024.0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc == 4 && qstrcmp(argv[1], "--peak-rss") == 0) {
        const QString path = QString::fromLocal8Bit(argv[3]);
        const bool read = qstrcmp(argv[2], "plain") == 0 ? plainPass(path) : starmark::ToolOutput::read(path).ok();
        // VmHWM, not getrusage's ru_maxrss, which Linux carries over from the parent across exec.
        QFile status(QStringLiteral("/proc/self/status"));
        status.open(QIODevice::ReadOnly);
        const QByteArray text = status.readAll();
        const qsizetype at = text.indexOf("VmHWM:");
        std::printf("%s\n", read && at >= 0 ? text.mid(at + 6, text.indexOf('\n', at) - at - 6).replace("kB", "").trimmed().constData() : "-1");
        return read ? 0 : 1;
    }
    const char* self = argv[0];
    starmark::bench::RatioReporter reporter({{"NmapImport/10000", "PlainXmlPass/10000", "<= 2"}},
        starmark::bench::RatioReporter::Clock::Cpu, [self] {
            for (const int hosts : {2'000, 10'000}) {
                std::printf("peak RSS at %d hosts (%.1f MB): import %.1f MiB, plain QXmlStreamReader pass %.1f MiB\n", hosts,
                    double(QFile(scanOf(hosts)).size()) / 1e6, peakMiB(self, "import", hosts), peakMiB(self, "plain", hosts));
            }
        });
    return reporter.run(argc, argv);
}
