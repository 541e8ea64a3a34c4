#!/usr/bin/env bash
# Tests the .deb end to end on a Debian or Ubuntu machine, as root: builds it from the working tree,
# installs it with apt-get, runs the installed launcher as an ordinary user from a folder of its own,
# then removes and purges it, checking what is left. Prints one line per check and, last,
# "N passed, N failed"; exits 1 when a check failed.
#
# Usage: installer/test-deb.sh [--deb FILE] [--keep]
#   --deb FILE   test this .deb instead of building one with installer/build.sh --type deb
#   --keep       leave the package installed and the test user's home in place (skips remove/purge)
# Environment:
#   TESTDATA     the shared test data (default: ../shared/testdata beside the project)
#   TEST_USER    the ordinary user the launcher runs as (default: nobody; HOME is a fresh temporary folder)
#   EXTRA_USER_CHECKS  more checks, space-separated executables (see below)
#   TEST_ENV     more VAR=value words for the test user's environment (e.g. "DISPLAY=:99")
#
# Extra checks: every executable installer/test-deb.d/*.sh, then each of $EXTRA_USER_CHECKS, runs as
# the test user while the package is installed, from an empty working folder, with a clean
# environment holding HOME, PATH, TF_CPP_MIN_LOG_LEVEL=2, HANDCTL (the installed launcher),
# HANDCTL_VERSION, TESTDATA (readable copies of hands.jpg and asl_hand.25fps.mp4), TEST_TMP (a
# writable folder) and the words of $TEST_ENV.
# Each is one check: exit 0 passes; its output goes to the log shown on failure.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
project="$(cd "$here/.." && pwd)"
deb=""
keep=false
while [ $# -gt 0 ]; do
  case "$1" in
    --deb) [ $# -ge 2 ] || { echo "test-deb.sh: --deb needs a file" >&2; exit 2; }; deb="$(readlink -f "$2")"; shift 2 ;;
    --keep) keep=true; shift ;;
    -h|--help) sed -n '2,26p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "test-deb.sh: unknown argument '$1' (try --help)" >&2; exit 2 ;;
  esac
done

die() { printf 'test-deb.sh: %s\n' "$*" >&2; exit 2; }
[ "$(id -u)" = 0 ] || die "run as root (it installs and removes the package)"
for t in apt-get dpkg dpkg-deb setpriv sha256sum file; do
  command -v "$t" >/dev/null || die "needs $t (apt-get install apt dpkg util-linux coreutils file)"
done
testdata="${TESTDATA:-$project/../shared/testdata}"
photo="$testdata/images/tfjs-hands/hands.jpg"
video="$testdata/video/tfjs-asl/asl_hand.25fps.mp4"
[ -f "$photo" ] && [ -f "$video" ] || die "no test data: needs $photo and $video (set TESTDATA)"
user="${TEST_USER:-nobody}"
id "$user" >/dev/null 2>&1 || die "no user '$user' (set TEST_USER)"
group="$(id -gn "$user")"
prefix=/opt/handctl
launcher=$prefix/bin/handctl

passed=0
failed=0
t0=$(date +%s)
log="$(mktemp -d /tmp/handctl-test-deb.XXXXXX)"
home="$log/home"
pass() { passed=$((passed + 1)); printf 'PASS  %s\n' "$*"; }
fail() { failed=$((failed + 1)); printf 'FAIL  %s\n' "$*"; }
note() { printf '      %s\n' "$*"; }
# check NAME COMMAND...: one check, passing when the command succeeds; its output is shown on failure.
check() {
  local name="$1"; shift
  local out="$log/check-$((passed + failed + 1)).log"
  if "$@" >"$out" 2>&1; then pass "$name"; else fail "$name"; sed 's/^/      | /' "$out" | tail -20; fi
}
# as_user COMMAND...: runs as the test user from its empty working folder, with a clean environment.
as_user() {
  (cd "$home/elsewhere" && setpriv --reuid="$user" --regid="$group" --clear-groups \
    env -i HOME="$home" PATH=/usr/local/bin:/usr/bin:/bin LANG=C.UTF-8 TF_CPP_MIN_LOG_LEVEL=2 \
    HANDCTL="$launcher" HANDCTL_VERSION="${version:-}" TESTDATA="$home/testdata" TEST_TMP="$home/tmp" \
    ${TEST_ENV:-} "$@")
}
export -f as_user
export home user group launcher
cleanup() {
  if ! $keep; then
    rm -rf "$home"
  fi
}
trap cleanup EXIT

# --- Build --------------------------------------------------------------------------------------------
if [ -z "$deb" ]; then
  b0=$(date +%s)
  echo "building the .deb (installer/build.sh --type deb) ..."
  if "$here/build.sh" --type deb >"$log/build.log" 2>&1; then
    pass "build.sh --type deb ($(( $(date +%s) - b0 )) s)"
  else
    fail "build.sh --type deb"; tail -30 "$log/build.log"
    echo "$passed passed, $failed failed"; exit 1
  fi
  deb="$(ls -t "$project"/target/installer/handctl_*.deb | head -n 1)"
fi
[ -f "$deb" ] || die "no .deb at '$deb'"
version="$(dpkg-deb -f "$deb" Version)"
version="${version%-*}"
export version
note "package: $deb"
note "size: $(stat -c %s "$deb") bytes; Installed-Size: $(dpkg-deb -f "$deb" Installed-Size) KiB; version $version"

# --- Package metadata ---------------------------------------------------------------------------------
check "package is named handctl" test "$(dpkg-deb -f "$deb" Package)" = handctl
check "version comes from the pom (${version})" grep -q "<version>${version}" "$project/pom.xml"
depends="$(dpkg-deb -f "$deb" Depends)"
check "depends on GTK 3 and an AppIndicator library" \
  bash -c 'grep -q "libgtk-3-0" <<<"$1" && grep -q "libayatana-appindicator3-1 | libappindicator3-1" <<<"$1"' _ "$depends"
check "depends on JNativeHook's X libraries (computed by jpackage)" \
  bash -c 'for l in libxtst6 libxkbcommon-x11-0 libxinerama1; do grep -q "$l" <<<"$1" || exit 1; done' _ "$depends"
check "ships no file outside $prefix" bash -c '! dpkg-deb -c "$1" | awk "{print \$6}" | grep -v -e "^\./\$" -e "^\./opt/\$" -e "^\./opt/handctl/"' _ "$deb"
check "installs no autostart entry or systemd unit" bash -c '! dpkg-deb -c "$1" | grep -e autostart -e systemd' _ "$deb"

# --- Install ------------------------------------------------------------------------------------------
if dpkg -s handctl >/dev/null 2>&1; then
  note "handctl is installed already: purging it first"
  apt-get purge -y handctl >"$log/pre-purge.log" 2>&1 || { cat "$log/pre-purge.log"; die "could not purge the installed handctl"; }
fi
systemd_before="$(ls /usr/lib/systemd/user 2>/dev/null | sort || true)"
check "apt-get install -y ./$(basename "$deb")" bash -c "cd '$(dirname "$deb")' && apt-get install -y './$(basename "$deb")'"
check "dpkg says installed" bash -c 'dpkg -s handctl | grep -q "^Status: install ok installed"'
check "launcher $launcher is executable" test -x "$launcher"
check "everything under $prefix is root's and not writable by others" \
  bash -c "test -z \"\$(find $prefix \\( ! -user root -o -perm /022 \\) -print)\""
check "JNativeHook library in the app folder" test -f $prefix/lib/app/libJNativeHook.so
check "launcher options: java.library.path=\$APPDIR:\$APPDIR/native, JavaCPP loads natives in place, dorkbox updates off, native access, crash reports not in the working folder" \
  bash -c "grep -qxF 'java-options=-Djava.library.path=\$APPDIR:\$APPDIR/native' $prefix/lib/app/handctl.cfg &&
           grep -qxF 'java-options=-Dorg.bytedeco.javacpp.pathsFirst=true' $prefix/lib/app/handctl.cfg &&
           grep -qxF 'java-options=-Dorg.bytedeco.javacpp.platform.preloadpath=\$APPDIR/native' $prefix/lib/app/handctl.cfg &&
           grep -qxF 'java-options=-Ddorkbox.updates.Updates.ENABLE=false' $prefix/lib/app/handctl.cfg &&
           grep -qxF 'java-options=--enable-native-access=ALL-UNNAMED' $prefix/lib/app/handctl.cfg &&
           grep -qxF 'java-options=-XX:ErrorFile=/tmp/handctl-hs_err_pid%p.log' $prefix/lib/app/handctl.cfg"
check "models match their SHA256SUMS" bash -c "cd $prefix/lib/app/models && sha256sum --quiet -c SHA256SUMS"
check "licences and notices installed" \
  test -f $prefix/lib/app/LICENSE -a -f $prefix/lib/app/models/LICENSE-human-models-MIT.txt -a -f $prefix/lib/app/models/README.md
check "gesture files installed" test -f $prefix/lib/app/gestures/open_palm.yaml
check "icon installed" test -f $prefix/lib/handctl.png
check "command /usr/bin/handctl links to the launcher" test "$(readlink /usr/bin/handctl)" = "$launcher"
check "menu entry /usr/share/applications/handctl.desktop" grep -qx "Exec=$launcher run" /usr/share/applications/handctl.desktop
if command -v desktop-file-validate >/dev/null; then
  check "menu entry passes desktop-file-validate" desktop-file-validate /usr/share/applications/handctl.desktop
else
  note "skipped: desktop-file-validate (apt-get install desktop-file-utils)"
fi
check "no autostart entry for everyone (/etc/xdg/autostart)" test ! -e /etc/xdg/autostart/handctl.desktop
check "uinput udev rule: uaccess for /dev/uinput" grep -qxF \
  'KERNEL=="uinput", SUBSYSTEM=="misc", TAG+="uaccess", OPTIONS+="static_node=uinput"' \
  /usr/lib/udev/rules.d/60-handctl-uinput.rules
check "uinput module loaded at boot (/usr/lib/modules-load.d/handctl.conf)" grep -qx uinput /usr/lib/modules-load.d/handctl.conf
note "runtime modules: $(sed -n 's/^MODULES="\(.*\)"/\1/p' $prefix/lib/runtime/release)"
java -XshowSettings:properties -version >/dev/null 2>&1 && have_java=true || have_java=false
if $have_java; then
  check "no native library of another platform (files and inside jars)" \
    bash -c "java '$here/AppInput.java' natives $prefix linux-x86_64 > '$log/natives.txt'"
  note "native libraries: $(grep -c . "$log/natives.txt") ($(grep -c '!/' "$log/natives.txt") inside jars; list in $log/natives.txt)"
else
  note "skipped: the natives check needs a JDK's java on PATH"
fi
check "native libraries unpacked in $prefix/lib/app/native, no JavaCPP native jar left" \
  bash -c "test -f $prefix/lib/app/native/libjnitensorflow.so -a -f $prefix/lib/app/native/libtensorflow_cc.so.2 &&
           test -z \"\$(ls $prefix/lib/app/lib | grep -e '-linux-x86_64\\.jar\$')\""
check "native libraries stripped (no symbol table)" \
  bash -c "for f in $prefix/lib/app/native/*.so*; do file -b \"\$f\" | grep -q ', stripped' || { echo \"not stripped: \$f\"; exit 1; }; done"
check "one OpenBLAS (libopenblas.so.0 only), no OpenCV module handctl never loads" \
  bash -c "test \$(ls $prefix/lib/app/native | grep -c '^libopenblas') = 1 && test ! -e $prefix/lib/app/native/libjniopenblas_full.so &&
           test ! -e $prefix/lib/app/native/libopencv_dnn.so.413 && test -f $prefix/lib/app/native/libopencv_videoio.so.413"
installed_mb=$(( $(du -sk $prefix | cut -f1) / 1024 ))
note "installed: $installed_mb MB in $prefix (natives $(du -sh $prefix/lib/app/native | cut -f1))"
check "installed size at most ${MAX_INSTALLED_MB:-730} MB ($installed_mb MB)" test "$installed_mb" -le "${MAX_INSTALLED_MB:-730}"
check "every native file is an x86-64 ELF" \
  bash -c "find $prefix -type f \\( -name '*.so' -o -name '*.so.*' \\) -exec file -b {} + | grep -v 'ELF 64-bit LSB.*x86-64' ; test \${PIPESTATUS[1]} = 1"

# --- Run as an ordinary user -----------------------------------------------------------------------------
mkdir -p "$home/elsewhere" "$home/testdata" "$home/tmp"
cp "$photo" "$video" "$home/testdata/"
chown -R "$user:$group" "$home"
chmod 755 "$log"
touch "$log/stamp"
sleep 1

check "handctl --version (as $user)" bash -c "test \"\$(\"\$@\")\" = 'handctl $version'" _ as_user "$launcher" --version
check "handctl found on PATH (as $user)" bash -c "test \"\$(\"\$@\")\" = 'handctl $version'" _ as_user handctl --version
r0=$(date +%s)
check "handctl detect finds 2 hands in hands.jpg (first run)" \
  bash -c 'n=$("$@" 2>/dev/null | grep -o "\"keypoints\"" | wc -l); echo "hands: $n"; test "$n" = 2' \
  _ as_user "$launcher" detect --json "$home/testdata/hands.jpg"
note "first detect: $(( $(date +%s) - r0 )) s"
r0=$(date +%s)
check "handctl detect again (converted models cached)" \
  bash -c 'n=$("$@" 2>/dev/null | grep -o "\"keypoints\"" | wc -l); test "$n" = 2' \
  _ as_user "$launcher" detect --json "$home/testdata/hands.jpg"
note "second detect: $(( $(date +%s) - r0 )) s"
check "handctl track --max-frames 50 follows the hand in asl_hand.25fps.mp4" \
  bash -c 'out=$("$@" 2>/dev/null); n=$(grep -c . <<<"$out"); h=$(grep -c "\"keypoints\"" <<<"$out"); echo "frames $n, with a hand $h"; test "$n" = 50 -a "$h" -ge 45' \
  _ as_user "$launcher" track --jsonl --max-frames 50 "$home/testdata/asl_hand.25fps.mp4"
check "handctl check-config is clean" bash -c '"$@" | grep -q " 0 problem(s)"' _ as_user "$launcher" check-config
check "no native library unpacked per user (no ~/.cache/handctl/javacpp, no ~/.javacpp, none in /tmp)" \
  bash -c "test ! -e '$home/.cache/handctl/javacpp' -a ! -e '$home/.javacpp' &&
           test -z \"\$(find /tmp -maxdepth 2 -user '$user' -name 'javacpp*' -newer '$log/stamp' 2>/dev/null)\""
per_user_mb=$(( $(du -sk "$home/.cache" 2>/dev/null | cut -f1 || echo 0) / 1024 ))
note "user cache after the runs: $per_user_mb MB ($(ls "$home/.cache/handctl" 2>/dev/null | tr '\n' ' '))"
check "installed plus per-user cache at most ${MAX_TOTAL_MB:-760} MB ($installed_mb + $per_user_mb MB)" \
  test $((installed_mb + per_user_mb)) -le "${MAX_TOTAL_MB:-760}"
autostart="$home/.config/autostart/handctl.desktop"
check "start-at-login on writes ~/.config/autostart/handctl.desktop running the installed launcher" \
  bash -c '"$@" on && grep -qx "Exec=/opt/handctl/bin/handctl run" "$0" && grep -qx "Type=Application" "$0"' \
  "$autostart" as_user "$launcher" start-at-login
if command -v desktop-file-validate >/dev/null; then
  check "the autostart entry passes desktop-file-validate" desktop-file-validate "$autostart"
fi
check "start-at-login says on" bash -c '"$@" | grep -q "^start at login: on"' _ as_user "$launcher" start-at-login
check "start-at-login off removes it" bash -c '"$@" off && test ! -e "$0"' "$autostart" as_user "$launcher" start-at-login
if $have_java; then
  cat >"$home/tmp/LoadHook.java" <<'EOF'
public class LoadHook {
  public static void main(String[] a) throws Exception {
    // GlobalScreen's class initialiser loads the native library (System.loadLibrary first).
    Class.forName("com.github.kwhat.jnativehook.GlobalScreen");
    System.out.println("loaded");
  }
}
EOF
  chown "$user:$group" "$home/tmp/LoadHook.java"
  check "JNativeHook's library loads read-only from $prefix/lib/app (as $user)" \
    bash -c '"$@" 2>&1 | tee /dev/stderr | grep -qx loaded' _ as_user java -Djava.library.path=$prefix/lib/app \
    -Djava.awt.headless=true -cp $prefix/lib/app/lib/jnativehook-2.2.2.jar "$home/tmp/LoadHook.java"
fi
extras=()
for x in "$here"/test-deb.d/*.sh; do [ -x "$x" ] && extras+=("$x"); done
for x in ${EXTRA_USER_CHECKS:-}; do extras+=("$x"); done
for x in "${extras[@]}"; do
  check "extra: $(basename "$x")" as_user "$x"
done
check "nothing written under $prefix while it ran" bash -c "test -z \"\$(find $prefix -newer '$log/stamp' -print)\""
check "every file under $prefix belongs to the package" \
  bash -c "comm -23 <(find $prefix -type f | sort) <(dpkg -L handctl | sort) | grep . && exit 1 || exit 0"

if $keep; then
  note "--keep: handctl stays installed; the test home is $home"
else
  # --- Remove and purge ----------------------------------------------------------------------------
  leftovers() {
    local bad=0
    [ ! -e $prefix ] || { echo "left: $prefix"; find $prefix | head; bad=1; }
    [ ! -e /etc/xdg/autostart/handctl.desktop ] || { echo "left: /etc/xdg/autostart/handctl.desktop"; bad=1; }
    [ ! -e /usr/share/applications/handctl.desktop ] || { echo "left: /usr/share/applications/handctl.desktop"; bad=1; }
    [ ! -L /usr/bin/handctl ] || { echo "left: /usr/bin/handctl"; bad=1; }
    [ ! -e /usr/lib/udev/rules.d/60-handctl-uinput.rules ] || { echo "left: the uinput udev rule"; bad=1; }
    [ ! -e /usr/lib/modules-load.d/handctl.conf ] || { echo "left: /usr/lib/modules-load.d/handctl.conf"; bad=1; }
    # New entries there that another package owns (installed meanwhile by something else on the
    # machine) are not handctl's leftovers.
    local entry
    while read -r entry; do
      [ -n "$entry" ] || continue
      if ! dpkg -S "/usr/lib/systemd/user/$entry" 2>/dev/null | grep -qv '^handctl:'; then
        echo "changed: /usr/lib/systemd/user/$entry"; bad=1
      fi
    done < <(comm -13 <(echo "$systemd_before") <(ls /usr/lib/systemd/user 2>/dev/null | sort || true))
    if ls /usr/lib/systemd/user 2>/dev/null | grep -q handctl; then
      echo "left: a handctl unit in /usr/lib/systemd/user"; bad=1
    fi
    return $bad
  }
  check "apt-get remove -y handctl" apt-get remove -y handctl
  check "after remove: nothing in $prefix, /etc/xdg/autostart, /usr/lib/systemd/user, no menu entry, no /usr/bin/handctl, no uinput rule or modules-load file" leftovers
  check "apt-get purge -y handctl" apt-get purge -y handctl
  check "after purge: dpkg knows no handctl" bash -c '! dpkg -s handctl >/dev/null 2>&1'
  check "after purge: nothing left either" leftovers
fi

note "logs: $log ($(( $(date +%s) - t0 )) s in all)"
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
