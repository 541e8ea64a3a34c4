#!/usr/bin/env bash
# Extra check of installer/test-deb.sh: the daemon's desktop end-to-end test (src/test/e2e/desktop-e2e.sh)
# against the installed launcher, as the test user, on its own virtual X display. Its inputs are the
# ones DesktopEndToEndIT makes from the shared test data (mvn verify leaves them in target/e2e-inputs);
# without them this check fails, saying so.
set -euo pipefail
project="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
inputs="${E2E_INPUTS:-$project/target/e2e-inputs}"
for f in point-and-swipe.mp4 pinch-and-drag.jsonl; do
  [ -r "$inputs/$f" ] || { echo "desktop-e2e: no $inputs/$f (run mvn verify first, or set E2E_INPUTS)"; exit 1; }
done
export E2E_CLIP="$inputs/point-and-swipe.mp4" E2E_LANDMARKS="$inputs/pinch-and-drag.jsonl"
export E2E_WORK="${TEST_TMP:-$(mktemp -d)}/desktop-e2e"
export HANDCTL="${HANDCTL:-/opt/handctl/bin/handctl}"
echo "desktop-e2e: $HANDCTL as $(id -un)"
exec bash "$project/src/test/e2e/desktop-e2e.sh"
