#!/usr/bin/env bash
# Builds handctl's installable packages for the platform it runs on, into target/installer/:
#   Linux: the app-image (folder + .tar.gz), a .deb where dpkg-deb and fakeroot exist, an .rpm on an
#          RPM-based system with rpmbuild;
#   macOS: a .dmg (and the .app image).
# Windows has its own script, installer/build.ps1. See installer/README.md.
#
# Usage: installer/build.sh [--type app-image|deb|rpm|dmg]... [--skip-maven] [--out DIR]
#   --type        build only these (repeatable; default: every type this machine can build)
#   --skip-maven  reuse target/handctl.jar and target/lib/ from an earlier `mvn package`
#   --out DIR     where the packages go (default: target/installer)
# Environment: JAVA_HOME picks the JDK whose jpackage/jlink build the packages (else the one on PATH);
#   MVN (default: mvn) the Maven command.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
project="$(cd "$here/.." && pwd)"
out="$project/target/installer"
types=()
skip_maven=false

while [ $# -gt 0 ]; do
  case "$1" in
    --type) [ $# -ge 2 ] || { echo "build.sh: --type needs a value" >&2; exit 2; }; types+=("$2"); shift 2 ;;
    --skip-maven) skip_maven=true; shift ;;
    --out) [ $# -ge 2 ] || { echo "build.sh: --out needs a folder" >&2; exit 2; }; out="$2"; shift 2 ;;
    -h|--help) sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "build.sh: unknown argument '$1' (try --help)" >&2; exit 2 ;;
  esac
done
mkdir -p "$out"
out="$(cd "$out" && pwd)"

start=$(date +%s)
say() { printf 'build.sh [%3d s]: %s\n' "$(( $(date +%s) - start ))" "$*" >&2; }
die() { printf 'build.sh: %s\n' "$*" >&2; exit 1; }

# --- Tools ------------------------------------------------------------------------------------------
jdk_bin=""
if [ -n "${JAVA_HOME:-}" ]; then jdk_bin="$JAVA_HOME/bin/"; fi
jpackage="${jdk_bin}jpackage"
java="${jdk_bin}java"
command -v "$jpackage" >/dev/null 2>&1 || die "no jpackage ($jpackage): it comes with a full JDK 17 or newer \
(Debian/Ubuntu: apt-get install openjdk-17-jdk-headless; elsewhere: a Temurin JDK), on PATH or in \$JAVA_HOME"
jdk_home="$("$java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.home = //p')"
[ -f "$jdk_home/jmods/java.base.jmod" ] || die "the JDK at $jdk_home has no jmods/, which jlink needs to build \
the trimmed runtime (Debian/Ubuntu: apt-get install openjdk-17-jdk-headless)"
command -v "${MVN:-mvn}" >/dev/null 2>&1 || $skip_maven || die "no Maven (${MVN:-mvn}): apt-get install maven, or \
build first and pass --skip-maven"

os="$(uname -s)"
case "$os" in
  Linux) all_types=(app-image deb rpm) ;;
  Darwin) all_types=(dmg) ;;
  *) die "this script builds on Linux and macOS; on Windows run installer/build.ps1" ;;
esac
if [ ${#types[@]} -eq 0 ]; then
  for t in "${all_types[@]}"; do
    case "$t" in
      deb) if command -v dpkg-deb >/dev/null && command -v fakeroot >/dev/null; then types+=(deb); \
           else say "no .deb: needs dpkg-deb and fakeroot (apt-get install dpkg fakeroot)"; fi ;;
      rpm) if ! command -v rpmbuild >/dev/null; then say "no .rpm: rpmbuild is not installed"
           elif ! rpm -qf /bin/sh >/dev/null 2>&1; then
             say "no .rpm: rpmbuild is there, but this is not an RPM-based system, so jpackage could not compute \
the package's dependencies (--type rpm makes one anyway)"
           else types+=(rpm); fi ;;
      *) types+=("$t") ;;
    esac
  done
fi
for t in "${types[@]}"; do
  case "$os/$t" in
    Linux/app-image|Darwin/dmg|Darwin/app-image) ;;
    Linux/deb)
      command -v dpkg-deb >/dev/null || die "a .deb needs dpkg-deb (apt-get install dpkg)"
      command -v fakeroot >/dev/null || die "a .deb needs fakeroot (apt-get install fakeroot)" ;;
    Linux/rpm) command -v rpmbuild >/dev/null || die "an .rpm needs rpmbuild (dnf install rpm-build, or apt-get install rpm)" ;;
    *) die "cannot build '$t' on $os" ;;
  esac
done
if [ "$os" = Linux ]; then
  # jlink's --strip-debug runs objcopy on the runtime's native libraries.
  command -v objcopy >/dev/null || die "no objcopy, which jlink --strip-debug needs: apt-get install binutils"
  # AppInput strips the native libraries it unpacks.
  command -v strip >/dev/null || die "no strip, which strips the native libraries: apt-get install binutils"
  command -v patchelf >/dev/null || die "no patchelf, which points OpenBLAS's JNI library at the one OpenBLAS: apt-get install patchelf"
fi

# --- Build the jar and prepare jpackage's input ----------------------------------------------------
if ! $skip_maven; then
  say "mvn package (tests skipped: run mvn verify for them)"
  (cd "$project" && "${MVN:-mvn}" -q -B package -DskipTests)
fi
tool=("$java" "$here/AppInput.java")
version="$("${tool[@]}" version "$project")"
platform="$("${tool[@]}" platform "$project")"
work="$out/work"
rm -rf "$work"
mkdir -p "$work"
"${tool[@]}" prepare "$project" "$work/input" "$platform" >&2

# --- The trimmed runtime ---------------------------------------------------------------------------
# From `jdeps --print-module-deps --ignore-missing-deps --multi-release 17` over handctl.jar and
# every jar in target/lib (installer/README.md says how to redo it), plus what the daemon needs
# (java.desktop: AWT Robot and the tray; jdk.unsupported: JNA, JavaCPP; jdk.net: the control socket's
# peer credentials, SO_PEERCRED). The modules only
# dorkbox's javassist and Kotlin's debug hooks name (java.instrument, jdk.attach, jdk.jdi) are not needed.
modules=java.base,java.compiler,java.desktop,java.logging,java.management,java.naming,java.scripting,java.sql
modules=$modules,java.xml,jdk.management,jdk.net,jdk.unsupported
# Warn when a dependency added since needs a module that is not in the list.
needed="$("${tool[@]}" modules "$work/input")" || die "jdeps failed on $work/input"
for m in ${needed//,/ }; do
  case ",$modules,java.instrument,jdk.attach,jdk.jdi," in
    *",$m,"*) ;;
    *) say "WARNING: jdeps says the jars need module $m, which is not in the runtime: add it to modules= in $0" ;;
  esac
done

# --- jpackage ----------------------------------------------------------------------------------------
common=(--name handctl --app-version "$version" --vendor handctl
  --description "Control the computer with hand gestures seen by a webcam."
  --copyright "Copyright handctl contributors. Apache License 2.0.")
# No class-data sharing archive (jlink --generate-cds-archive, which also needs the native commands
# kept): measured on the installed daemon, 0.0-0.1 s less CPU per start (within noise), the same
# resident memory (662 MB against 660), 22 MB more on disk.
launcher=(--input "$work/input" --main-jar handctl.jar --main-class dev.handctl.app.cli.Main
  --add-modules "$modules"
  --jlink-options "--strip-debug --no-header-files --no-man-pages --compress=2 --strip-native-commands"
  --java-options '-Ddorkbox.updates.Updates.ENABLE=false'
  --java-options '--enable-native-access=ALL-UNNAMED'
  --java-options '-XX:ErrorFile=/tmp/handctl-hs_err_pid%p.log')

# Memory (measured on the dry-run daemon, see installer/README.md): the serial collector (G1's own
# structures took 46 MB) on a heap that stays small (the Java side holds ~50 MB live: committed 55 MB
# with these free ratios, against 160 MB at -Xmx160m without them and 120 MB with G1), few compiler threads.
launcher+=(--java-options '-Xmx160m' --java-options '-Xms24m' --java-options '-XX:+UseSerialGC'
  --java-options '-XX:MinHeapFreeRatio=10' --java-options '-XX:MaxHeapFreeRatio=30' --java-options '-Xss512k'
  --java-options '-XX:CICompilerCount=2' --java-options '-XX:MaxMetaspaceSize=96m')
case "$os" in
  Linux)
    # AppInput unpacked JavaCPP's natives into $APPDIR/native (stripped, only those handctl loads):
    # JavaCPP loads them in place (pathsFirst, no cache), so nothing is unpacked per user.
    launcher+=(--java-options '-Djava.library.path=$APPDIR:$APPDIR/native'
      --java-options '-Dorg.bytedeco.javacpp.pathsFirst=true'
      --java-options '-Dorg.bytedeco.javacpp.cacheLibraries=false'
      --java-options '-Dorg.bytedeco.javacpp.platform.preloadpath=$APPDIR/native') ;;
  *) launcher+=(--java-options '-Djava.library.path=$APPDIR') ;;
esac

image_dir="$out/image"
rm -rf "$image_dir"
mkdir -p "$image_dir"
case "$os" in
  Linux)
    say "jpackage app-image ($version, $platform, runtime: $modules)"
    "$jpackage" --type app-image --dest "$image_dir" "${common[@]}" "${launcher[@]}" \
      --icon "$here/icon/handctl.png"
    image="$image_dir/handctl"
    ;;
  Darwin)
    icns="$work/handctl.icns"
    iconset="$work/handctl.iconset"
    mkdir -p "$iconset"
    for s in 16 32 128 256; do
      sips -z $s $s "$here/icon/handctl.png" --out "$iconset/icon_${s}x${s}.png" >/dev/null
      sips -z $((s * 2)) $((s * 2)) "$here/icon/handctl.png" --out "$iconset/icon_${s}x${s}@2x.png" >/dev/null
    done
    iconutil -c icns "$iconset" -o "$icns"
    say "jpackage app-image ($version, $platform, runtime: $modules)"
    # apple.awt.UIElement: a tray daemon, no Dock icon.
    "$jpackage" --type app-image --dest "$image_dir" "${common[@]}" "${launcher[@]}" \
      --java-options '-Dapple.awt.UIElement=true' \
      --icon "$icns" --mac-package-identifier dev.handctl --mac-package-name handctl
    image="$image_dir/handctl.app"
    ;;
esac

for t in "${types[@]}"; do
  case "$t" in
    app-image)
      if [ "$os" = Linux ]; then
        tarball="$out/handctl-$version-$platform.tar.gz"
        tar -C "$image_dir" -czf "$tarball" handctl
        say "app-image: $image (archive: $tarball)"
      else
        say "app-image: $image"
      fi
      ;;
    deb)
      say "jpackage deb"
      rm -f "$out"/handctl_"$version"-*.deb
      # dpkg-deb's default xz takes 140 s on these 300 MB of already compressed jars and saves 2%;
      # gzip -6 takes 8 s (dpkg 1.21.10 or newer reads these variables; older ones use xz).
      DPKG_DEB_COMPRESSOR_TYPE="${DPKG_DEB_COMPRESSOR_TYPE:-gzip}" DPKG_DEB_COMPRESSOR_LEVEL="${DPKG_DEB_COMPRESSOR_LEVEL:-6}" \
      "$jpackage" --type deb --dest "$out" --app-image "$image" "${common[@]}" \
        --resource-dir "$here/linux" --license-file "$project/LICENSE" \
        --linux-package-name handctl --linux-deb-maintainer dev@handctl.dev --linux-app-release 1 \
        --linux-app-category utils \
        --linux-package-deps 'libgtk-3-0, libayatana-appindicator3-1 | libappindicator3-1'
      ;;
    rpm)
      say "jpackage rpm"
      "$jpackage" --type rpm --dest "$out" --app-image "$image" "${common[@]}" \
        --license-file "$project/LICENSE" --linux-rpm-license-type Apache-2.0 \
        --linux-package-name handctl --linux-app-release 1 \
        --linux-package-deps 'gtk3, libayatana-appindicator-gtk3'
      ;;
    dmg)
      say "jpackage dmg"
      "$jpackage" --type dmg --dest "$out" --app-image "$image" "${common[@]}" \
        --license-file "$project/LICENSE" --mac-package-identifier dev.handctl
      ;;
  esac
done
rm -rf "$work"

say "done in $(( $(date +%s) - start )) s:"
(cd "$out" && ls -l handctl* 2>/dev/null | sed 's/^/  /' >&2) || true
