#!/usr/bin/env bash
# Grabs the README's screenshots of starmark-studio under Xvfb into docs/screenshots/.
# Needs a build with tests (BUILD_TESTING=ON, the default of `scripts/bootstrap.sh test`).
set -euo pipefail
cd "$(dirname "$0")/.."
cmake --build build --parallel 2 --target studio_screenshots starmark
mkdir -p docs/screenshots
# A real X server, not the offscreen platform: what a user's desktop shows, fonts and all.
env -u QT_QPA_PLATFORM xvfb-run -a -s "-screen 0 1280x800x24" build/tests/gui/studio_screenshots docs/screenshots
