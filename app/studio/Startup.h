#pragma once

#include <functional>

namespace starmark::studio {

class MainWindow;

// The app from its command line to its event loop: the options, the catalogs,
// the language, the file or demo to open. `shown` runs once the window is on
// screen: the real executable passes nothing; the tests' driver of the same
// start (tests/gui/StudioDriver) passes its remote control.
class Startup {
public:
    static int run(int argc, char** argv, const std::function<void(MainWindow&)>& shown = {});
};

} // namespace starmark::studio
