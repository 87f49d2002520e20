#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine for StarMark and runs one job:
#   scripts/bootstrap.sh demo   install, build, run the main job on the bundled demo: with a display
#                               ($DISPLAY or $WAYLAND_DISPLAY), the desktop app opens on it; without, the headless pipeline
#   scripts/bootstrap.sh test   install, build, run every test
# Packages are installed only when missing (apt-get, as root or through sudo).
set -euo pipefail
cd "$(dirname "$0")/.."

job=${1:-}
case "$job" in
  demo|test) ;;
  *) echo "usage: scripts/bootstrap.sh demo|test" >&2; exit 2 ;;
esac

# curl: the headless demo publishes a report to the registry as staff would.
build_packages=(curl cmake ninja-build g++ pkg-config qt6-base-dev qt6-httpserver-dev qt6-websockets-dev libqt6sql6-sqlite libqt6sql6-psql
  libyaml-cpp-dev libssl-dev libpodofo-dev zlib1g-dev fonts-ipafont-gothic libqrencode-dev libzbar-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n libxlsxwriter-dev libminizip-dev)
# The external tools the tests hold reports and labels to, openssl to encrypt a key as a user would,
# an X server for the desktop app's screenshots (xvfb-run needs xauth, which --no-install-recommends drops),
# a PostgreSQL server the registry store's tests start a throwaway cluster of, Chromium for the
# registry page, wrk and nginx for its benchmark (curl, from the build list, too), iproute2, which gives
# the registry's non-loopback test client an address in a network namespace of its own, and faketime,
# which runs the outside tools at the tests' instant and the whole suite once more years from now;
# python3, whose http.server is the CRL distribution point of the long-term validation tests; openpyxl
# and LibreOffice, which read the checklist workbooks back as the applicant's office suite would.
test_packages=(libgtest-dev libbenchmark-dev poppler-utils qpdf libnss3-tools openssl zbar-tools librsvg2-bin xvfb xauth
  postgresql chromium wrk nginx iproute2 faketime python3 python3-openpyxl libreoffice-calc-nogui)
# The lab's scanners: `tool run` drives them, and the importers are tested on their real output
# (tests/fixtures/tools/make-fixtures.sh); what they are pointed at on loopback (sshd, python3's web server).
test_packages+=(nmap sslscan testssl.sh ssh-audit openssh-server)
packages=("${build_packages[@]}")
[ "$job" = test ] && packages+=("${test_packages[@]}")

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "== installing: ${missing[*]}"
  as_root=()
  [ "$(id -u)" -eq 0 ] || as_root=(sudo)
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

testing=OFF
[ "$job" = test ] && testing=ON
echo "== building (tests: $testing)"
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBUILD_TESTING=$testing
cmake --build build --parallel 2

starmark=build/app/starmark/starmark
if [ "$job" = demo ] && { [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; }; then
  # A display: the main job is the desktop app, on the ★1 demo, with a demo PKI so that export works.
  rm -rf build/demo/pki && mkdir -p build/demo
  echo "== a demo PKI (every certificate says DEMO)"
  "$starmark" keys demo-pki build/demo/pki
  echo "== starmark-studio on the ★1 demo (keys from build/demo/pki)"
  exec build/app/studio/starmark-studio --demo camera-star1 --pki build/demo/pki
elif [ "$job" = demo ]; then
  # No display: the whole pipeline headless — catalogs, assessments, signed reports, the registry,
  # labels and surveillance.
  echo "== validating the shipped catalogs"
  "$starmark" catalog validate share/catalogs/jc-star
  "$starmark" catalog list
  rm -rf build/demo && mkdir -p build/demo
  echo "== a demo PKI (every certificate says DEMO)"
  "$starmark" keys demo-pki build/demo/pki
  echo "== the ★1 camera: import the declaration, sign the declaration of conformity"
  "$starmark" declare share/demo/camera-star1/declaration.yaml -o build/demo/camera-star1 \
      --key build/demo/pki/manufacturer.key --cert build/demo/pki/manufacturer.pem --chain build/demo/pki/ca.pem
  "$starmark" assess status build/demo/camera-star1/assessment.starmark
  echo "== the ★3 router: the lab's evaluation, reviewed and signed off, then its report (it misses ★3 on purpose)"
  mkdir -p build/demo/router-star3
  "$starmark" assess import share/demo/router-star3/declaration.yaml -o build/demo/router-star3/assessment.starmark
  echo "== its scan, TLS, SBOM and vulnerability outputs through the importers: the TLS proposals accepted, S1.1-13 judged against its tools"
  for output in nmap-lan.xml testssl-lan.json sbom.cdx.json osv-firmware.json; do
    "$starmark" tool import build/demo/router-star3/assessment.starmark "share/demo/router-star3/evidence/$output"
  done
  "$starmark" tool accept build/demo/router-star3/assessment.starmark S1.1-12
  # OSV's exploited busybox flaw proposes a fail the lab judges not to apply: an override, with why.
  "$starmark" tool override build/demo/router-star3/assessment.starmark S1.1-13 --verdict pass \
      --rationale "$(cat share/demo/router-star3/override-S1.1-13.txt)"
  "$starmark" assess sign-off build/demo/router-star3/assessment.starmark --reviewer "鈴木 一郎"
  "$starmark" report build/demo/router-star3/assessment.starmark -o build/demo/router-star3/report.pdf --lang en \
      --key build/demo/pki/lab.key --cert build/demo/pki/lab.pem --chain build/demo/pki/ca.pem
  "$starmark" assess status build/demo/router-star3/assessment.starmark --lang en || true
  echo "== the certification body checks both reports"
  "$starmark" verify build/demo/camera-star1/report.pdf --trust build/demo/pki/ca.pem
  "$starmark" verify build/demo/router-star3/report.pdf --trust build/demo/pki/ca.pem --recheck
  echo "== the certification body's registry on loopback: staff publish the camera's signed report"
  db=build/demo/registry.db
  token=$("$starmark" serve add-token "demo staff" --db "$db")
  "$starmark" serve --db "$db" --port 0 --issuer-key build/demo/pki/label-issuer.key --trust build/demo/pki/ca.pem \
      >build/demo/serve.log 2>&1 &
  server=$!
  trap 'kill "$server" 2>/dev/null || true' EXIT
  for _ in $(seq 100); do grep -q "listening on" build/demo/serve.log && break; sleep 0.1; done
  registry=$(grep -o 'http://127.0.0.1:[0-9]*/' build/demo/serve.log | head -n 1)
  [ -n "$registry" ] || { cat build/demo/serve.log >&2; echo "error: the registry did not start" >&2; exit 1; }
  curl -fsS -H "Authorization: Bearer $token" -H "Content-Type: application/pdf" \
      --data-binary @build/demo/camera-star1/report.pdf "${registry}api/v1/submissions" -o build/demo/submission.json
  reg=$(grep -o '"registration": *"[A-Z0-9-]*"' build/demo/submission.json | grep -o 'JCS-[0-9-]*')
  curl -fsS "${registry}l/$reg" -o build/demo/registry-page.html
  echo "   registered $reg; its page (what the QR code opens): ${registry}l/$reg -> build/demo/registry-page.html"

  echo "== the certification body prints the camera's label under that number; a phone reads it back"
  "$starmark" label build/demo/camera-star1/report.pdf --trust build/demo/pki/ca.pem --registration "$reg" \
      --issuer-key build/demo/pki/label-issuer.key -o build/demo/camera-star1/label.png
  "$starmark" label build/demo/camera-star1/report.pdf --trust build/demo/pki/ca.pem --registration "$reg" \
      --issuer-key build/demo/pki/label-issuer.key -o build/demo/camera-star1/label.svg
  "$starmark" verify-label build/demo/camera-star1/label.png --trust build/demo/pki/label-issuer.pub.pem

  echo "== surveillance: a seeded sample, a finding, the certification body's signed report"
  "$starmark" surveil plan --db "$db" --size 1 --seed 20261122 -o build/demo/surveillance-plan.json
  "$starmark" surveil record --db "$db" "$reg" S1.1-01 --result conforms --note "no shared default password on the unit bought"
  "$starmark" surveil report --db "$db" --plan build/demo/surveillance-plan.json -o build/demo/surveillance.pdf \
      --key build/demo/pki/certification-body.key --cert build/demo/pki/certification-body.pem --chain build/demo/pki/ca.pem
  "$starmark" verify build/demo/surveillance.pdf --trust build/demo/pki/ca.pem
  kill "$server" 2>/dev/null || true
  echo "== made: build/demo/*/report.pdf (signed reports), build/demo/camera-star1/label.{png,svg},"
  echo "   build/demo/registry-page.html (the registry page), build/demo/surveillance.pdf (signed surveillance report)"
else
  echo "== running every test"
  ctest --test-dir build --output-on-failure --parallel 2
  # No test may depend on the real date: the suite passes again with the clock moved on past
  # the demo certificates' lifetime (three years), so a time bomb shows the day it is written.
  echo "== every test again, with the clock moved on 1,200 days"
  faketime -f +1200d ctest --test-dir build --output-on-failure --parallel 2
fi
