#!/usr/bin/env bash
# Starts a real dry-run daemon on a video N times and sends it SIGTERM at a random moment of its
# running pipeline each time (0 to MAX_DELAY_MS after it says "handctl running": loading the models,
# tracking, or after the video ended). Counts, per run: the exit code (0 expected), JVM crashes
# (an hs_err file anywhere, "A fatal error" on stderr), hangs (no exit within 30 s), and pressed
# inputs left (every press and key_press printed by the dry run needs its release).
#
# Usage: sigterm-soak.sh [-n COUNT] [-d MAX_DELAY_MS] [--jar JAR] VIDEO
# Environment: JAVA (default: java), JAVA_OPTS (extra JVM options).
# Prints one line per run and a summary "sigterm-soak: N runs: N exit 0, N crashes, N hangs, N
# with pressed inputs left, N other exit codes"; exits 1 when any run was not clean.
set -uo pipefail

count=100
max_delay_ms=4000
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
jar="$here/../../../target/handctl.jar"
while [ $# -gt 0 ]; do
  case "$1" in
    -n) count="$2"; shift 2 ;;
    -d) max_delay_ms="$2"; shift 2 ;;
    --jar) jar="$2"; shift 2 ;;
    -h|--help) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) break ;;
  esac
done
[ $# -eq 1 ] || { echo "usage: $0 [-n COUNT] [-d MAX_DELAY_MS] [--jar JAR] VIDEO" >&2; exit 2; }
video="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
[ -f "$video" ] || { echo "sigterm-soak: no such video: $video" >&2; exit 2; }
[ -f "$jar" ] || { echo "sigterm-soak: no jar $jar (mvn package first)" >&2; exit 2; }
jar="$(cd "$(dirname "$jar")" && pwd)/$(basename "$jar")"
java="${JAVA:-java}"

work="$(mktemp -d -t handctl-soak.XXXXXX)"
trap 'rm -rf "$work"' EXIT
export XDG_CONFIG_HOME="$work/config" XDG_STATE_HOME="$work/state" TF_CPP_MIN_LOG_LEVEL=2
ok=0; crashes=0; hangs=0; left=0; other=0
start=$(date +%s)
for i in $(seq 1 "$count"); do
  run="$work/run$i"
  mkdir -p "$run"
  # The working folder is the run's own: a crash report there would be found.
  (cd "$run" && exec "$java" ${JAVA_OPTS:-} -XX:ErrorFile="$XDG_STATE_HOME/handctl/hs_err_pid%p.log" \
      -jar "$jar" run --dry-run --no-tray --video "$video" >"$run/out.jsonl" 2>"$run/err.log") &
  pid=$!
  for _ in $(seq 1 600); do
    grep -q "handctl running" "$run/err.log" 2>/dev/null && break
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.05
  done
  delay_ms=$(( (RANDOM * 32768 + RANDOM) % (max_delay_ms + 1) ))
  sleep "$(printf '%d.%03d' $((delay_ms / 1000)) $((delay_ms % 1000)))"
  kill -TERM "$pid" 2>/dev/null
  code=""
  for _ in $(seq 1 300); do
    if ! kill -0 "$pid" 2>/dev/null; then wait "$pid"; code=$?; break; fi
    sleep 0.1
  done
  verdict=ok
  if [ -z "$code" ]; then
    kill -KILL "$pid" 2>/dev/null; wait "$pid" 2>/dev/null
    hangs=$((hangs + 1)); verdict="hang"; code="-"
  fi
  if ls "$run"/hs_err* "$XDG_STATE_HOME"/handctl/hs_err* >/dev/null 2>&1 || grep -q "A fatal error" "$run/err.log"; then
    crashes=$((crashes + 1)); verdict="CRASH"
    mkdir -p "$work/../handctl-soak-crashes"; cp -r "$run" "$work/../handctl-soak-crashes/run$i-$$" 2>/dev/null
    rm -f "$XDG_STATE_HOME"/handctl/hs_err*
  fi
  presses=$(grep -c '"action": *"\(press\|key_press\)"' "$run/out.jsonl")
  releases=$(grep -c '"action": *"\(release\|key_release\)"' "$run/out.jsonl")
  if [ "$presses" -ne "$releases" ]; then
    left=$((left + 1)); [ "$verdict" = ok ] && verdict="INPUT LEFT PRESSED"
  fi
  if [ "$verdict" = ok ] && [ "$code" != 0 ]; then
    other=$((other + 1)); verdict="exit $code"
  fi
  [ "$verdict" = ok ] && ok=$((ok + 1))
  printf 'run %3d: SIGTERM %4d ms after start, exit %s, %d presses, %d releases: %s\n' "$i" "$delay_ms" "$code" \
    "$presses" "$releases" "$verdict"
  [ "$verdict" = ok ] || tail -5 "$run/err.log" | sed 's/^/    /'
  rm -rf "$run"
done
echo "sigterm-soak: $count runs in $(( $(date +%s) - start )) s: $ok clean (exit 0), $crashes crashes, $hangs hangs," \
  "$left with pressed inputs left, $other other exit codes"
[ "$ok" -eq "$count" ]
