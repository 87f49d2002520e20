#pragma once

#include <string>
#include <vector>

namespace starmark::bench {

// One run of a command, timed, with its own peak memory (fork/exec/wait4).
struct TimedRun {
    double seconds = 0;
    long peakKiB = 0;
    int exitCode = -1;

    static TimedRun of(const std::vector<std::string>& argv);
};

double median(std::vector<double> values);

} // namespace starmark::bench
