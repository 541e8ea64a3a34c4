#!/usr/bin/env bash
# End-to-end test of the handctl daemon on a virtual X display, checked from outside the JVM.
#
# It starts Xvfb, a window manager (openbox), a tray host (trayer) and an xev "witness" window that
# records every pointer event the X server delivers, then runs the real daemon twice:
#   1. with a video of real hand frames (a pointing hand moving, an open palm swiping), started
#      paused: the tray icon shows, the pointer stays put while paused, the hotkey resumes, pointing
#      moves the pointer the user's way, the swipe scrolls, the tray menu pauses and quits (exit 0);
#   2. with a recorded landmark stream made from real landmarks (pinch, held pinch): exactly one
#      click where the pointer rested before the fingers closed, then one press, moves and one
#      release for the drag; meanwhile the overlay at the pointer is sampled from outside: it is
#      above the other windows, follows the pointer, never has the focus, lets the clicks through
#      to the xev window under it, and its ring shows in screenshots during the pinch;
#   3. a dry run of the video with the preview shown, started paused: the tray icon's hand is violet
#      (a dry run), the preview's title reads the state (paused, running, ended, paused again
#      within 0.5 s of the hotkey), each marked "(dry run)".
# Pointer positions come from xdotool and xev, icon colours from screenshots (ImageMagick), windows
# and titles from xwininfo, xprop and xdotool.
#
# Environment:
#   E2E_CLIP       the video (required)       E2E_LANDMARKS  the landmark stream (required)
#   E2E_WORK       folder for logs and screenshots (default: a new temporary folder)
#   HANDCTL        the launcher command (default: java -jar target/handctl.jar, from the project root);
#                  the installed package's launcher is /opt/handctl/bin/handctl
#   TRAY_HOST      trayer (default) or none
# Prints one line per check and, last, "N passed, N failed"; exits 1 when a check failed and 2 when
# a tool it needs is missing.
set -uo pipefail
cd "$(dirname "$0")/../../.."

CLIP=${E2E_CLIP:?E2E_CLIP: the video to play}
LANDMARKS=${E2E_LANDMARKS:?E2E_LANDMARKS: the landmark stream to play}
WORK=${E2E_WORK:-$(mktemp -d -t handctl-e2e.XXXXXX)}
HANDCTL=${HANDCTL:-java -Ddorkbox.updates.Updates.ENABLE=false -jar target/handctl.jar}
TRAY_HOST=${TRAY_HOST:-trayer}
HOTKEY=ctrl+alt+h
RUNNING_COLOR='#18C060'
PAUSED_COLOR='#F0A000'
ENDED_COLOR='#9090A0'
DRY_RUN_HAND='#8A3CF0'
RING_COLOR='#00C8FF'
DRAG_COLOR='#FF60A0'
FLASH_COLOR='#FFE000'
mkdir -p "$WORK"

missing=()
for tool in Xvfb xdotool xev xwininfo xprop import convert openbox; do
  command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
done
if [ "$TRAY_HOST" = trayer ] && ! command -v trayer >/dev/null 2>&1; then missing+=(trayer); fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "e2e: missing tools: ${missing[*]} (Debian: apt-get install xvfb xdotool x11-utils imagemagick openbox trayer)"
  exit 2
fi

. "$(dirname "${BASH_SOURCE[0]}")/e2e-lib.sh" # check, pids/cleanup, wait_for, wait_exit

# Pixels of a colour on the screen, and the centre of their box: "COUNT X Y".
color_spot() {
  local shot=$WORK/shot-$RANDOM.png
  import -window root "$shot" 2>/dev/null
  convert "$shot" -fuzz 4% -fill black +opaque "$1" -fill white -opaque "$1" \
    -format '%[fx:int(mean*w*h)] %@' info: 2>/dev/null \
    | awk '{ n = $1; if (n == 0) { print "0 0 0"; exit } split($2, g, /[x+]/); printf "%d %d %d\n", n, g[3] + g[1] / 2, g[4] + g[2] / 2 }'
}
icon_shows() { # icon_shows COLOR: at least 40 pixels of it (a 24 px icon has ~300)
  local n
  n=$(color_spot "$1" | awk '{print $1}')
  [ "${n:-0}" -ge 40 ]
}
open_tray_menu() {
  local spot
  spot=$(color_spot "$1")
  set -- $spot
  [ "$1" -ge 40 ] || return 1
  xdotool mousemove "$2" "$3" click 1
  sleep 1
}
pointer() { xdotool getmouselocation | sed -E 's/x:([0-9-]+) y:([0-9-]+).*/\1 \2/'; }
# Pixels of a colour in an image file.
color_count() {
  convert "$1" -fuzz 6% -fill black +opaque "$2" -fill white -opaque "$2" -format '%[fx:int(mean*w*h)]' info: 2>/dev/null
}
# The preview's title, such as "handctl preview: paused".
preview_title() { xdotool search --name '^handctl preview' getwindowname 2>/dev/null | head -1; }
# Waits up to $2 whole seconds for the preview's title to be $1; prints the milliseconds it took,
# or 99999 when it never was.
wait_title() {
  local start t
  start=$(date +%s%N)
  while :; do
    t=$(preview_title)
    if [ "$t" = "$1" ]; then echo $(( ($(date +%s%N) - start) / 1000000 )); return 0; fi
    if [ $(( $(date +%s%N) - start )) -ge $(( $2 * 1000000000 )) ]; then
      echo "e2e: the preview's title stayed '$t', not '$1'" >&2; echo 99999; return 1
    fi
    sleep 0.03
  done
}

# One line per xev pointer event: TYPE TIME_MS X Y STATE BUTTON (root coordinates).
xev_events() {
  awk '
    /^(ButtonPress|ButtonRelease|MotionNotify) event/ { type = $1; next }
    type != "" && /root:\(/ {
      match($0, /time [0-9]+/); t = substr($0, RSTART + 5, RLENGTH - 5)
      match($0, /root:\([-0-9]+,[-0-9]+\)/); xy = substr($0, RSTART + 6, RLENGTH - 7)
      split(xy, a, ","); x = a[1]; y = a[2]; next
    }
    type != "" && /state 0x/ {
      match($0, /state 0x[0-9a-f]+/); st = substr($0, RSTART + 6, RLENGTH - 6)
      b = "-"; if (match($0, /button [0-9]+/)) b = substr($0, RSTART + 7, RLENGTH - 7)
      print type, t, x, y, st, b; type = ""
    }' "$1"
}

# --- The virtual desktop ---
exec 7<> "$WORK/display"
Xvfb -displayfd 7 -screen 0 1280x800x24 -nolisten tcp >"$WORK/xvfb.log" 2>&1 &
pids+=($!)
for ((i = 0; i < 100; i++)); do [ -s "$WORK/display" ] && break; sleep 0.1; done
export DISPLAY=":$(head -1 "$WORK/display")"
# The daemon's configuration folder is created fresh here, so the test does not depend on (or
# change) the user's own.
export XDG_CONFIG_HOME=$WORK/config
echo "e2e: display $DISPLAY, work folder $WORK, launcher: $HANDCTL"
openbox >"$WORK/openbox.log" 2>&1 &
pids+=($!)
if [ "$TRAY_HOST" = trayer ]; then
  trayer --edge bottom --align right --widthtype pixel --width 200 --height 30 --transparent false \
    --tint 0x333333 >"$WORK/trayer.log" 2>&1 &
  pids+=($!)
fi
sleep 1
xev -geometry 1280x600+0+100 -event mouse >"$WORK/xev1.log" 2>&1 &
pids+=($!)
sleep 1
xdotool mousemove 20 780

# --- Run 1: video, started paused ---
$HANDCTL run --start-paused --video "$CLIP" >"$WORK/run1.out" 2>"$WORK/run1.err" &
daemon=$!
check "daemon starts" wait_for "$WORK/run1.err" 'handctl running' 90
check "tray icon created" grep -qE 'tray: [A-Za-z]' "$WORK/run1.err"
grep -q 'tray: none' "$WORK/run1.err" && echo "e2e: no tray: $(grep 'tray:' "$WORK/run1.err")"
check "hotkey registered" grep -q "hotkey: $HOTKEY" "$WORK/run1.err"
sleep 2
check "tray icon shows paused" icon_shows "$PAUSED_COLOR"
check "pointer does not move while paused" test "$(pointer)" = "20 780"
xdotool key "$HOTKEY"
check "hotkey resumes" wait_for "$WORK/run1.err" 'state: running \(hotkey\)' 5
check "the video plays to its end" wait_for "$WORK/run1.err" 'source ended' 40
read -r px py < <(pointer)
echo "e2e: pointer after the video at $px,$py (parked at 20,780)"
# The clip's hand moves left and up in the (not mirrored) picture: the user's right and up.
check "pointing moved the pointer right" test "$px" -ge 150
check "pointing moved the pointer up" test "$py" -le 740
xev_events "$WORK/xev1.log" >"$WORK/xev1.events"
check "the swipe scrolled 5 steps right (X button 7)" \
  test "$(awk '$1 == "ButtonPress" && $6 == 7' "$WORK/xev1.events" | wc -l)" -eq 5
check "no click, no other scrolling" \
  test "$(awk '$1 == "ButtonPress" && $6 != 7' "$WORK/xev1.events" | wc -l)" -eq 0
check "tray icon shows ended after the video" icon_shows "$ENDED_COLOR"
open_tray_menu "$ENDED_COLOR" && xdotool key Down Return
check "tray menu pauses" wait_for "$WORK/run1.err" 'state: paused \(tray\)' 5
sleep 2 # the overlay says "paused" at the pointer (over the icon) for 1.5 s
check "tray icon shows paused again" icon_shows "$PAUSED_COLOR"
open_tray_menu "$PAUSED_COLOR" && xdotool key Up Return
check "tray menu quits" wait_for "$WORK/run1.err" 'quit \(tray\)' 5
wait_exit "$daemon" 10
check "daemon exits 0 after Quit (exit $code)" test "$code" -eq 0

# --- Run 2: recorded landmarks, pinch and drag ---
xev -geometry 1280x600+0+100 -event mouse >"$WORK/xev2.log" 2>&1 &
pids+=($!)
sleep 1
xdotool mousemove 640 400
$HANDCTL run --landmarks "$LANDMARKS" --exit-at-end >"$WORK/run2.out" 2>"$WORK/run2.err" &
daemon=$!
# The overlay, sampled while the daemon runs: "POINTER_X POINTER_Y OVERLAY_X OVERLAY_Y MAP_STATE FOCUS"
# (the overlay's upper-left corner), and its picture as the screen shows it (xwininfo, import).
wait_for "$WORK/run2.err" 'overlay: ' 90
overlay=$(sed -nE 's/.*overlay: X11 window (0x[0-9a-f]+).*/\1/p' "$WORK/run2.err" | head -1)
echo "e2e: $(grep -m1 'overlay: ' "$WORK/run2.err" | sed 's/.*overlay:/overlay:/')"
check "the overlay window exists (xwininfo -name 'handctl overlay')" \
  test -n "$overlay" -a "$(xwininfo -name 'handctl overlay' 2>/dev/null | sed -nE 's/.*Window id: (0x[0-9a-f]+).*/\1/p')" = "$overlay"
# Every flash the overlay paints is published on its window (_HANDCTL_OVERLAY): xprop -spy sees each
# change as it happens, where screenshots taken between other checks may miss a 0.5 s flash.
[ -n "$overlay" ] && { stdbuf -oL xprop -spy -id "$overlay" _HANDCTL_OVERLAY >"$WORK/overlay.spy" 2>/dev/null & pids+=($!); }
: >"$WORK/overlay.samples"
n=0
roots=0
while kill -0 "$daemon" 2>/dev/null && [ -n "$overlay" ]; do
  read -r px py < <(pointer)
  info=$(xwininfo -id "$overlay" 2>/dev/null)
  ox=$(echo "$info" | sed -nE 's/.*Absolute upper-left X: +(-?[0-9]+).*/\1/p')
  oy=$(echo "$info" | sed -nE 's/.*Absolute upper-left Y: +(-?[0-9]+).*/\1/p')
  map=$(echo "$info" | sed -nE 's/.*Map State: (\w+).*/\1/p')
  # Its place in the stacking order: xwininfo lists the root's children top-most first.
  rank=$(xwininfo -root -children 2>/dev/null | awk '/^ +0x/ { n++; if ($1 == w) print n }' w="$overlay")
  echo "$px $py $ox $oy $map ${rank:-0} $(xdotool getwindowfocus 2>/dev/null)" >>"$WORK/overlay.samples"
  if [ "$map" = IsViewable ]; then
    n=$((n + 1))
    [ "$n" -eq 1 ] && xprop -id "$overlay" WM_HINTS >"$WORK/overlay.hints" 2>&1
    # Bounded: an import caught by the window being unmapped must not hold the X server.
    timeout 3 import -window "$overlay" "$WORK/overlay-$n.png" 2>/dev/null
    # While the window's own picture shows the drag's ring (pink), a screenshot of the whole screen
    # must show it too: nothing covers it. (One colour count per sample keeps sampling faster than
    # the click flash lasts.)
    if [ "$roots" -lt 3 ] && [ "$(color_count "$WORK/overlay-$n.png" "$DRAG_COLOR")" -ge 150 ]; then
      timeout 3 import -window root "$WORK/root-$n.png" 2>/dev/null
      roots=$((roots + 1))
    fi
  fi
  sleep 0.05
done
wait_exit "$daemon" 90
check "landmark run ends and exits 0 (exit $code)" test "$code" -eq 0
ov_focus=$(awk -v w="$overlay" '$7 != "" && sprintf("0x%x", $7) == w' "$WORK/overlay.samples" | wc -l)
on_top=$(awk '$5 == "IsViewable" && $6 == 1' "$WORK/overlay.samples" | wc -l)
shown=$(awk '$5 == "IsViewable"' "$WORK/overlay.samples" | wc -l)
# Centred on the pointer (a 76 px window): its corner 38 px up and left of it, give or take one
# repaint's motion.
centred=$(awk '$5 == "IsViewable" { dx = $3 + 38 - $1; dy = $4 + 38 - $2; if (dx * dx + dy * dy <= 16) n++ } END { print n + 0 }' \
  "$WORK/overlay.samples")
places=$(awk '$5 == "IsViewable" { print $3, $4 }' "$WORK/overlay.samples" | sort -u | wc -l)
echo "e2e: overlay samples: $(wc -l <"$WORK/overlay.samples"), shown in $shown, centred on the pointer in $centred, at $places places, top-most in $on_top"
check "the overlay shows while the hand is in view" test "$shown" -ge 5
check "the overlay follows the pointer (centred on it, moving with it)" test "$centred" -ge $((shown * 2 / 3)) -a "$places" -ge 3
check "the overlay never has the focus" test "$ov_focus" -eq 0
check "the overlay asks for no input focus (WM_HINTS)" grep -q 'accepts input or input focus: False' "$WORK/overlay.hints"
check "the overlay is the top-most window while shown (xwininfo -root -children)" test "$on_top" -ge $((shown * 2 / 3)) -a "$on_top" -ge 1
rings=0; flashes=0
for f in "$WORK"/overlay-*.png; do
  [ -e "$f" ] || continue
  [ "$(color_count "$f" "$RING_COLOR")" -ge 150 ] && rings=$((rings + 1))
  [ "$(color_count "$f" "$FLASH_COLOR")" -ge 400 ] && flashes=$((flashes + 1))
done
above=0
for f in "$WORK"/root-*.png; do
  [ -e "$f" ] || continue
  { [ "$(color_count "$f" "$RING_COLOR")" -ge 60 ] || [ "$(color_count "$f" "$DRAG_COLOR")" -ge 60 ]; } \
    && above=$((above + 1))
done
echo "e2e: overlay pictures with the ring: $rings, with the click flash: $flashes; screenshots of the screen taken then: $roots, showing the ring: $above"
check "the ring shows in the overlay during the pinch" test "$rings" -ge 1
painted=$(grep -c 'flashes [1-9]' "$WORK/overlay.spy" 2>/dev/null || true)
echo "e2e: click flashes the overlay painted (xprop -spy): ${painted:-0}, caught in its pictures: $flashes"
check "the overlay flashes on the click (painted, seen by xprop -spy)" test "${painted:-0}" -ge 1
# A screenshot lands a moment after the picture that prompted it (later still on a loaded machine),
# when the drag may have ended and the ring changed: one showing it is the proof that nothing covers
# the overlay; the stacking order above says it stays on top throughout.
check "the overlay is above the xev window in a screenshot of the whole screen" test "$roots" -ge 1 -a "$above" -ge 1
sleep 0.5
xev_events "$WORK/xev2.log" >"$WORK/xev2.events"
presses=$(awk '$1 == "ButtonPress" && $6 == 1' "$WORK/xev2.events")
releases=$(awk '$1 == "ButtonRelease" && $6 == 1' "$WORK/xev2.events")
check "two presses of the left button (a click and a drag)" test "$(echo "$presses" | grep -c .)" -eq 2
check "two releases of the left button, none left down" test "$(echo "$releases" | grep -c .)" -eq 2
check "no other button" test "$(awk '($1 == "ButtonPress" || $1 == "ButtonRelease") && $6 != 1' \
  "$WORK/xev2.events" | wc -l)" -eq 0
read -r _ t1 x1 y1 _ _ < <(echo "$presses" | sed -n 1p)
read -r _ r1t rx1 ry1 _ _ < <(echo "$releases" | sed -n 1p)
# Where the pointer rested before the pinch: walking back from the press, skip the motions of 2 px
# or more (the hand slipping as the fingers close, and the jump back to the aim), to the last motion
# of the pointer coming to rest.
read -r restx resty < <(awk -v t="$t1" '
  $1 == "MotionNotify" && $2 <= t { n++; x[n] = $3; y[n] = $4 }
  END {
    for (i = n; i > 1; i--) {
      if ((x[i] - x[i-1]) ^ 2 + (y[i] - y[i-1]) ^ 2 < 4) { print x[i], y[i]; exit }
    }
    print x[1], y[1]
  }' "$WORK/xev2.events")
echo "e2e: click pressed at $x1,$y1, released at $rx1,$ry1 after $((r1t - t1)) ms; pointer rested at $restx,$resty"
check "the click lands where the pointer rested before the pinch" \
  test $(( (x1 - restx) * (x1 - restx) + (y1 - resty) * (y1 - resty) )) -le 9
check "the click releases where it pressed, at once" test "$x1,$y1" = "$rx1,$ry1" -a $((r1t - t1)) -lt 300
read -r _ t2 x2 y2 _ _ < <(echo "$presses" | sed -n 2p)
read -r _ r2t rx2 ry2 _ _ < <(echo "$releases" | sed -n 2p)
drag_moves=$(awk -v a="$t2" -v b="$r2t" '$1 == "MotionNotify" && $2 > a && $2 < b' "$WORK/xev2.events" | wc -l)
echo "e2e: drag pressed at $x2,$y2, $drag_moves moves, released at $rx2,$ry2"
check "the held pinch moves the pointer with the button down" test "$drag_moves" -ge 3
check "the drag ends away from where it started" test $(( (rx2 - x2) * (rx2 - x2) )) -ge 10000
# The clicks above were pressed with the overlay mapped and centred on the pointer: they went through it.
check "the clicks went through the overlay to the xev window under it" test "$shown" -ge 5 -a "$centred" -ge 1

# --- Run 3: a dry run of the video, with the preview, started paused ---
xdotool mousemove 20 780
$HANDCTL run --dry-run --preview --start-paused --video "$CLIP" >"$WORK/run3.out" 2>"$WORK/run3.err" &
daemon=$!
check "dry run starts" wait_for "$WORK/run3.err" 'handctl running' 90
sleep 2
check "the preview reads paused (dry run) (title: $(preview_title))" test "$(preview_title)" = "handctl preview: paused (dry run)"
check "a dry run's tray icon has a violet hand" icon_shows "$DRY_RUN_HAND"
xdotool key "$HOTKEY"
took=$(wait_title "handctl preview: running (dry run)" 2)
check "the preview reads running (dry run) after the hotkey ($took ms)" test "$took" -le 2000
check "the dry-run video plays to its end" wait_for "$WORK/run3.err" 'source ended' 40
took=$(wait_title "handctl preview: ended (dry run)" 2)
check "the preview reads ended (dry run) after the video ($took ms)" test "$took" -le 2000
check "the tray icon shows ended" icon_shows "$ENDED_COLOR"
xdotool key "$HOTKEY"
took=$(wait_title "handctl preview: paused (dry run)" 2)
check "the preview reads paused within 0.5 s of the hotkey ($took ms)" test "$took" -le 500
check "the dry run printed actions and moved nothing" test -s "$WORK/run3.out" -a "$(pointer)" = "20 780"
kill -TERM "$daemon"
wait_exit "$daemon" 20
check "dry run exits 0 on SIGTERM (exit $code)" test "$code" -eq 0

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
