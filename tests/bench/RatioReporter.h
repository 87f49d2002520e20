#pragma once

#include <benchmark/benchmark.h>

#include <functional>
#include <map>
#include <string>
#include <vector>

namespace starmark::bench {

// Google Benchmark's table, then the ratios of medians the targets are stated
// in, each of two benchmarks measured in the same run ("Name" or "Name/arg").
class RatioReporter : public benchmark::ConsoleReporter {
public:
    struct Ratio {
        std::string measured;
        std::string baseline;
        std::string target; // as printed, e.g. "<= 1.5"
    };
    enum class Clock { Real, Cpu }; // CPU time is less disturbed by other work on a shared machine

    RatioReporter(std::vector<Ratio> ratios, Clock clock, std::function<void()> preface = {});

    void ReportRuns(const std::vector<Run>& runs) override;
    void Finalize() override;

    // Runs the registered benchmarks with this reporter; main() returns it.
    int run(int argc, char** argv);

private:
    std::vector<Ratio> m_ratios;
    Clock m_clock;
    std::function<void()> m_preface;
    std::map<std::string, double> m_times;
};

} // namespace starmark::bench
