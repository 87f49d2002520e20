#include "RatioReporter.h"

#include <iostream>

namespace starmark::bench {

RatioReporter::RatioReporter(std::vector<Ratio> ratios, Clock clock, std::function<void()> preface)
    : m_ratios(std::move(ratios))
    , m_clock(clock)
    , m_preface(std::move(preface))
{
}

void RatioReporter::ReportRuns(const std::vector<Run>& runs)
{
    for (const Run& run : runs) {
        if (run.aggregate_name.empty() || run.aggregate_name == "median") {
            const std::string name = run.run_name.function_name + (run.run_name.args.empty() ? "" : "/" + run.run_name.args);
            m_times[name] = m_clock == Clock::Cpu ? run.GetAdjustedCPUTime() : run.GetAdjustedRealTime();
        }
    }
    ConsoleReporter::ReportRuns(runs);
}

void RatioReporter::Finalize()
{
    ConsoleReporter::Finalize();
    if (m_preface)
        m_preface();
    for (const Ratio& r : m_ratios) {
        const double measured = m_times[r.measured];
        const double baseline = m_times[r.baseline];
        if (measured > 0 && baseline > 0) {
            std::cout << "ratio " << r.measured << " / " << r.baseline << " (" << (m_clock == Clock::Cpu ? "CPU time, " : "")
                      << "medians) = " << measured / baseline << " (target " << r.target << ")\n";
        }
    }
}

int RatioReporter::run(int argc, char** argv)
{
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks(this);
    benchmark::Shutdown();
    return 0;
}

} // namespace starmark::bench
