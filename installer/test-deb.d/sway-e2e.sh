#!/usr/bin/env bash
# Extra check of installer/test-deb.sh: the Wayland end-to-end test (src/test/e2e/sway-e2e.sh)
# against the installed launcher, as the test user, on its own headless sway: the installed
# runtime must carry what the wayland-virtual backend and the control socket need (JNA, jdk.net).
# Its inputs are the ones the end-to-end ITs make (mvn verify leaves them in target/e2e-inputs).
# Without sway and wev it passes with a note, except under CI=true.
set -euo pipefail
project="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
if ! command -v sway >/dev/null 2>&1 || ! command -v wev >/dev/null 2>&1; then
  echo "sway-e2e: sway or wev is not installed (apt-get install sway wev)"
  [ "${CI:-}" = true ] && exit 1
  echo "sway-e2e: skipped"
  exit 0
fi
inputs="${E2E_INPUTS:-$project/target/e2e-inputs}"
for f in point-and-swipe.mp4 pinch-and-drag.jsonl; do
  [ -r "$inputs/$f" ] || { echo "sway-e2e: no $inputs/$f (run mvn verify first, or set E2E_INPUTS)"; exit 1; }
done
export E2E_CLIP="$inputs/point-and-swipe.mp4" E2E_LANDMARKS="$inputs/pinch-and-drag.jsonl"
export E2E_WORK="${TEST_TMP:-$(mktemp -d)}/sway-e2e"
export HANDCTL="${HANDCTL:-/opt/handctl/bin/handctl}"
echo "sway-e2e: $HANDCTL as $(id -un)"
exec bash "$project/src/test/e2e/sway-e2e.sh"
