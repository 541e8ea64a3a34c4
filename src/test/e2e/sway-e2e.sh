#!/usr/bin/env bash
# End-to-end test of the handctl daemon on a headless sway (a wlroots Wayland compositor), checked
# from outside the JVM by a wev "witness" window that logs every pointer and keyboard event sway
# delivers to it. No X server is involved: handctl chooses the wayland-virtual output backend
# (the virtual pointer and keyboard protocols) and has no tray or hotkey, so it is paused and
# resumed with `handctl toggle` through its control socket. Two runs, with the X11 test's inputs:
#   1. the video (pointing, then an open palm swiping), started paused, with the shipped bindings
#      plus "open palm: ctrl+shift+k" for wev only (apps: [wev]; one for firefox must not fire, so
#      the focus is followed: the log names wev): still while paused, `handctl toggle` resumes, pointing moves
#      the pointer right and up, the swipe scrolls 5 steps right, the chord arrives with its
#      modifiers, `handctl toggle` pauses again, `handctl status` says so, SIGTERM ends it (exit 0);
#   2. the landmark stream (pinch, held pinch): one click where the pointer rested, then a drag.
#
# sway refuses to run as root: as root, sway, wev and handctl run as SWAY_USER (default nobody)
# with a runtime folder of their own (mode 0700), as a desktop session has.
#
# Environment:
#   E2E_CLIP       the video (required)       E2E_LANDMARKS  the landmark stream (required)
#   E2E_WORK       folder for logs (default: a new temporary folder)
#   HANDCTL        the launcher command (default: java -jar target/handctl.jar, from the project root)
#   SWAY_USER      the ordinary user to run as when this runs as root (default: nobody)
# Prints one line per check and, last, "N passed, N failed"; exits 1 when a check failed and 2 when
# a tool it needs is missing.
set -uo pipefail
cd "$(dirname "$0")/../../.."
ROOT=$PWD

CLIP=$(realpath "${E2E_CLIP:?E2E_CLIP: the video to play}")
LANDMARKS=$(realpath "${E2E_LANDMARKS:?E2E_LANDMARKS: the landmark stream to play}")
WORK=${E2E_WORK:-$(mktemp -d -t handctl-sway-e2e.XXXXXX)}
HANDCTL=${HANDCTL:-java -Ddorkbox.updates.Updates.ENABLE=false -jar $ROOT/target/handctl.jar}
mkdir -p "$WORK"
WORK=$(realpath "$WORK")

missing=()
for tool in sway wev stdbuf; do
  command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
done
[ "$(id -u)" -eq 0 ] && ! command -v setpriv >/dev/null 2>&1 && missing+=(setpriv)
if [ ${#missing[@]} -gt 0 ]; then
  echo "sway-e2e: missing tools: ${missing[*]} (Debian: apt-get install sway wev coreutils util-linux)"
  exit 2
fi

. "$(dirname "${BASH_SOURCE[0]}")/e2e-lib.sh" # check, pids/cleanup, wait_for, wait_exit

# --- The session: an ordinary user's runtime folder, home and configuration ---
RT=$WORK/runtime
mkdir -p "$RT" "$WORK/home" "$WORK/config"
chmod 700 "$RT"
as_user=()
if [ "$(id -u)" -eq 0 ]; then
  user=${SWAY_USER:-nobody}
  group=$(id -gn "$user")
  chown "$user:$group" "$RT" "$WORK/home" "$WORK/config"
  chmod 755 "$WORK"
  if ! "${as_user[@]}" test -x "$WORK"; then
    echo "sway-e2e: $user cannot enter $WORK (a folder above it is closed to others): use E2E_WORK"
    exit 2
  fi
  as_user=(setpriv --reuid="$user" --regid="$group" --clear-groups)
fi
session=(env -i "PATH=$PATH" "HOME=$WORK/home" "XDG_RUNTIME_DIR=$RT" "XDG_CONFIG_HOME=$WORK/config"
  "XDG_CACHE_HOME=${E2E_CACHE:-$WORK/home/.cache}" "TF_CPP_MIN_LOG_LEVEL=2" "LANG=C.UTF-8")
run() { "${as_user[@]}" "${session[@]}" WAYLAND_DISPLAY=wayland-1 "$@"; }

# One line per wev event: "enter X Y", "motion X Y", "button CODE STATE", "axis AXIS VALUE",
# "discrete AXIS STEPS", "key SYM STATE", "mods DEPRESSED-NAMES" (surface coordinates; the window
# fills the output, so they are the layout's). wev may bind the pointer twice (the seat announces
# its capabilities twice): only the first wl_pointer object's events count. wev 1.0 labels the
# axis_discrete event "axis_stop"; both spellings are read.
wev_events() {
  awk '
    /wl_pointer\]/ { match($0, /^\[ *[0-9]+:/); id = substr($0, RSTART, RLENGTH); if (first == "") first = id
      if (id != first) next }
    /wl_pointer\] (enter|motion):/ { match($0, /x, y: [-0-9.]+, [-0-9.]+/); split(substr($0, RSTART + 6, RLENGTH - 6), a, ", ")
      printf "%s %d %d\n", ($0 ~ /\] enter:/ ? "enter" : "motion"), a[1], a[2] }
    /wl_pointer\] button:/ { match($0, /button: [0-9]+/); b = substr($0, RSTART + 8, RLENGTH - 8)
      match($0, /state: [0-9]/); print "button", b, substr($0, RSTART + 7, 1) }
    /wl_pointer\] axis:/ { match($0, /axis: [0-9]/); ax = substr($0, RSTART + 6, 1)
      match($0, /value: [-0-9.]+/); print "axis", ax, substr($0, RSTART + 7, RLENGTH - 7) }
    /wl_pointer\] axis_(discrete|stop):.*discrete:/ { match($0, /axis: [0-9]/); ax = substr($0, RSTART + 6, 1)
      match($0, /discrete: [-0-9]+/); print "discrete", ax, substr($0, RSTART + 10, RLENGTH - 10) }
    /wl_keyboard\] key:/ { match($0, /state: [0-9]/); keystate = substr($0, RSTART + 7, 1); want_sym = 1; next }
    want_sym && /sym:/ { print "key", $2, keystate; want_sym = 0 }
    /wl_keyboard\] modifiers:/ { want_mods = 1; next }
    want_mods && /depressed:/ { $1 = ""; $2 = ""; m = $0; gsub(/^ +| +$/, "", m); print "mods", (m == "" ? "-" : m); want_mods = 0 }
  ' "$1"
}

cat >"$WORK/sway.conf" <<'CONF'
output HEADLESS-1 resolution 1280x720 position 0 0
default_border none
default_floating_border none
focus_follows_mouse no
CONF
chmod 644 "$WORK/sway.conf"
# exec: the pid is sway's own, so that the cleanup ends it.
(cd "$WORK" && exec "${as_user[@]}" "${session[@]}" WLR_BACKENDS=headless \
  WLR_LIBINPUT_NO_DEVICES=1 WLR_RENDERER=pixman sway -c "$WORK/sway.conf" >"$WORK/sway.log" 2>&1) &
pids+=($!)
for ((i = 0; i < 100; i++)); do [ -S "$RT/wayland-1" ] && break; sleep 0.1; done
echo "sway-e2e: sway at $RT/wayland-1, work folder $WORK, launcher: $HANDCTL${as_user[*]:+, as ${as_user[*]}}"
check "headless sway starts" test -S "$RT/wayland-1"

handctl_cmd() { (cd "$WORK" && run $HANDCTL "$@"); }

# The chord is for the witness only (apps: [wev], its app_id), beside one for another application
# that must not fire: the daemon must follow the focus through the foreign-toplevel protocol.
sed 's/^bindings:$/bindings:\n  - {gesture: open_palm, action: key, keys: ctrl+shift+k, on: start, apps: [wev]}\n  - {gesture: open_palm, action: key, keys: ctrl+shift+j, on: start, apps: [firefox]}/' \
  "$ROOT/gestures/bindings.yaml" >"$WORK/bindings.yaml"
chmod 644 "$WORK/bindings.yaml"

handctl_cmd doctor >"$WORK/doctor.out" 2>&1
check "doctor would use wayland-virtual" grep -q '^would use: *wayland-virtual' "$WORK/doctor.out"

# --- Run 1: video, started paused ---
# The witness fills the output (one tiled window, no border). exec: its pid is wev's, to end it.
(cd "$WORK" && exec "${as_user[@]}" "${session[@]}" WAYLAND_DISPLAY=wayland-1 stdbuf -oL wev >"$WORK/wev1.log" 2>&1) &
wev1=$!
pids+=($wev1)
sleep 1
(cd "$WORK" && exec "${as_user[@]}" "${session[@]}" WAYLAND_DISPLAY=wayland-1 $HANDCTL run --start-paused \
  --video "$CLIP" --bindings "$WORK/bindings.yaml" >"$WORK/run1.out" 2>"$WORK/run1.err") &
daemon=$!
check "daemon starts" wait_for "$WORK/run1.err" 'handctl running' 90
check "output: wayland-virtual and why" grep -qE 'output: wayland-virtual \(auto: Wayland session' "$WORK/run1.err"
check "the daemon follows the focus: wev in front, 1 binding for it" \
  wait_for "$WORK/run1.err" 'focus: wev \(1 binding\(s\) for it\)' 5
sleep 2
wev_events "$WORK/wev1.log" >"$WORK/wev1.paused"
check "pointer does not move while paused" test "$(grep -c '^motion' "$WORK/wev1.paused")" -eq 0
handctl_cmd status >"$WORK/status1.out" 2>&1
check "handctl status: paused, wayland-virtual" grep -qE '^paused; output: wayland-virtual' "$WORK/status1.out"
handctl_cmd toggle >"$WORK/toggle1.out" 2>&1
check "handctl toggle resumes" wait_for "$WORK/run1.err" 'state: running \(command\)' 5
check "the video plays to its end" wait_for "$WORK/run1.err" 'source ended' 40
handctl_cmd toggle >"$WORK/toggle2.out" 2>&1
check "handctl toggle pauses again (prints paused)" grep -q '^paused' "$WORK/toggle2.out"
check "the daemon logs the pause" wait_for "$WORK/run1.err" 'state: paused \(command\)' 5
sleep 0.5
wev_events "$WORK/wev1.log" >"$WORK/wev1.events"
read -r _ fx fy < <(grep '^motion' "$WORK/wev1.events" | head -1)
read -r _ lx ly < <(grep '^motion' "$WORK/wev1.events" | tail -1)
echo "sway-e2e: pointer went from ${fx:-?},${fy:-?} to ${lx:-?},${ly:-?}"
# The clip's hand moves left and up in the (not mirrored) picture: the user's right and up.
check "pointing moved the pointer right" test "$((${lx:-0} - ${fx:-0}))" -ge 100
check "pointing moved the pointer up" test "$((${ly:-0} - ${fy:-0}))" -le -30
check "the swipe scrolled 5 steps right (horizontal axis, discrete steps)" \
  test "$(awk '$1 == "discrete" && $2 == 1 { n += $3 } END { print n + 0 }' "$WORK/wev1.events")" -eq 5
check "with the matching smooth value (15 a step)" \
  test "$(awk '$1 == "axis" && $2 == 1 { v += $3 } END { print int(v) }' "$WORK/wev1.events")" -eq 75
check "no vertical scrolling" test "$(awk '($1 == "discrete" || $1 == "axis") && $2 == 0' "$WORK/wev1.events" | wc -l)" -eq 0
check "no click in run 1" test "$(grep -c '^button' "$WORK/wev1.events")" -eq 0
keys=$(awk '$1 == "key" { printf "%s%s ", $2, ($3 == 1 ? "+" : "-") }' "$WORK/wev1.events")
echo "sway-e2e: keys: $keys"
check "the chord ctrl+shift+k: pressed in order, released in reverse" \
  test "$keys" = "Control_L+ Shift_L+ K+ K- Shift_L- Control_L- "
check "k arrives with Control and Shift held" grep -qE '^mods .*Shift.*Control|^mods .*Control.*Shift' \
  "$WORK/wev1.events"
check "no modifier left held" test "$(grep '^mods' "$WORK/wev1.events" | tail -1)" = "mods -"
kill -TERM "$daemon"
wait_exit "$daemon" 10
# (The JVM reports a SIGTERM as 143 even when its shutdown hook has stopped everything cleanly.)
check "daemon ends on SIGTERM (exit $code)" test "$code" -eq 0 -o "$code" -eq 143
check "and says it stopped" grep -q 'stopped' "$WORK/run1.err"
handctl_cmd toggle >"$WORK/toggle3.out" 2>&1
code=$?
check "handctl toggle with no daemon: exit 5 and says so (exit $code)" \
  test "$code" -eq 5 -a -n "$(grep 'no handctl daemon is running' "$WORK/toggle3.out")"

# --- Run 2: recorded landmarks, pinch and drag ---
# A fresh witness, alone on the output (two windows would share it).
kill "$wev1" 2>/dev/null
(cd "$WORK" && exec "${as_user[@]}" "${session[@]}" WAYLAND_DISPLAY=wayland-1 stdbuf -oL wev >"$WORK/wev2.log" 2>&1) &
pids+=($!)
sleep 1
(cd "$WORK" && exec "${as_user[@]}" "${session[@]}" WAYLAND_DISPLAY=wayland-1 $HANDCTL run \
  --landmarks "$LANDMARKS" --exit-at-end >"$WORK/run2.out" 2>"$WORK/run2.err") &
daemon=$!
wait_exit "$daemon" 90
check "landmark run ends and exits 0 (exit $code)" test "$code" -eq 0
sleep 0.5
wev_events "$WORK/wev2.log" | grep -v '^mods\|^key' >"$WORK/wev2.events"
# Line numbers give the order: presses and releases of the left button (272).
mapfile -t presses < <(awk '$1 == "button" && $2 == 272 && $3 == 1 { print NR }' "$WORK/wev2.events")
mapfile -t releases < <(awk '$1 == "button" && $2 == 272 && $3 == 0 { print NR }' "$WORK/wev2.events")
check "two presses of the left button (a click and a drag)" test "${#presses[@]}" -eq 2
check "two releases of the left button, none left down" test "${#releases[@]}" -eq 2
check "no other button" test "$(awk '$1 == "button" && $2 != 272' "$WORK/wev2.events" | wc -l)" -eq 0
at() { awk -v n="$1" '($1 == "motion" || $1 == "enter") && NR < n { x = $2; y = $3 } END { print x, y }' "$WORK/wev2.events"; }
read -r x1 y1 < <(at "${presses[0]:-1}")
read -r rx1 ry1 < <(at "${releases[0]:-1}")
# Where the pointer rested before the pinch: walking back from the press, skip the motions of 2 px
# or more (the hand slipping as the fingers close, and the jump back to the aim).
read -r restx resty < <(awk -v t="${presses[0]:-1}" '
  ($1 == "motion" || $1 == "enter") && NR < t { n++; x[n] = $2; y[n] = $3 }
  END {
    for (i = n; i > 1; i--) {
      if ((x[i] - x[i-1]) ^ 2 + (y[i] - y[i-1]) ^ 2 < 4) { print x[i], y[i]; exit }
    }
    print x[1], y[1]
  }' "$WORK/wev2.events")
echo "sway-e2e: click pressed at $x1,$y1, released at $rx1,$ry1; pointer rested at $restx,$resty"
check "the click lands where the pointer rested before the pinch" \
  test $(( (x1 - restx) * (x1 - restx) + (y1 - resty) * (y1 - resty) )) -le 9
check "the click releases where it pressed" test "$x1,$y1" = "$rx1,$ry1"
read -r x2 y2 < <(at "${presses[1]:-1}")
read -r rx2 ry2 < <(at "${releases[1]:-1}")
drag_moves=$(awk -v a="${presses[1]:-0}" -v b="${releases[1]:-0}" '$1 == "motion" && NR > a && NR < b' \
  "$WORK/wev2.events" | wc -l)
echo "sway-e2e: drag pressed at $x2,$y2, $drag_moves moves, released at $rx2,$ry2"
check "the held pinch moves the pointer with the button down" test "$drag_moves" -ge 3
check "the drag ends away from where it started" test $(( (rx2 - x2) * (rx2 - x2) )) -ge 10000

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
