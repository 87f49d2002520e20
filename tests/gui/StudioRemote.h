#pragma once

namespace starmark::studio {

class MainWindow;

// The remote control of studio-driver, the tests' build of the app's own start
// (Startup::run): the production executable has none. Driven by
// $STARMARK_STUDIO_REMOTE; without it nothing happens. Used by the crash test
// (edit, then be killed; reopen and say where it is) and the start-up benchmark
// (say when the window is up, then quit):
//   shown                 print "shown" once the window is on screen, quit
//   edit:<REQ>:<text>     on REQ set the verdict to fail and type <text> as the rationale;
//                         print "edited" once the rationale's and the position's pauses have passed; keep running
//   where                 print "file=<path>" and "requirement=<id>" and quit
class StudioRemote {
public:
    static void drive(MainWindow& window);
};

} // namespace starmark::studio
