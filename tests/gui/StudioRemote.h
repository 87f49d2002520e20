#pragma once

namespace starmark::studio {

class MainWindow;

// Test-only remote control of the real executable, driven by
// $STARMARK_STUDIO_TEST_HOOK; without it nothing happens. Used by the crash
// test (edit, then be killed; reopen and say where it is) and the start-up
// benchmark (say when the window is up, then quit):
//   shown                 print "shown" once the window is on screen, quit
//   edit:<REQ>:<text>     on REQ set the verdict to fail and type <text> as the rationale;
//                         print "edited" once the rationale's and the position's pauses have passed; keep running
//   where                 print "file=<path>" and "requirement=<id>" and quit
class TestHook {
public:
    static void install(MainWindow& window);
};

} // namespace starmark::studio
