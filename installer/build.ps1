<#
.SYNOPSIS
  Builds handctl's Windows installer (.msi) and app-image into target\installer\.

.DESCRIPTION
  Run on Windows x86-64 from any folder:  powershell -ExecutionPolicy Bypass -File installer\build.ps1
  Needs: a full JDK 17 or newer (jpackage, jlink and jmods; JAVA_HOME or PATH), Maven (mvn on PATH),
  and WiX Toolset 3 (candle.exe and light.exe on PATH), which jpackage uses to make the .msi.
  See installer\README.md.

.PARAMETER SkipMaven
  Reuse target\handctl.jar and target\lib\ from an earlier `mvn package`.

.PARAMETER Out
  Where the packages go (default: target\installer).
#>
param([switch]$SkipMaven, [string]$Out)
Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'

function Fail([string]$message) { Write-Error "build.ps1: $message"; exit 1 }
function Say([string]$message) { Write-Host "build.ps1: $message" }

$here = $PSScriptRoot
$project = Split-Path $here -Parent
if (-not $Out) { $Out = Join-Path $project 'target\installer' }
New-Item -ItemType Directory -Force -Path $Out | Out-Null
$Out = (Resolve-Path $Out).Path

# --- Tools ---------------------------------------------------------------------------------------------
$jdkBin = if ($env:JAVA_HOME) { Join-Path $env:JAVA_HOME 'bin' } else { $null }
function Tool([string]$name) {
  if ($jdkBin -and (Test-Path (Join-Path $jdkBin "$name.exe"))) { return (Join-Path $jdkBin "$name.exe") }
  $c = Get-Command $name -ErrorAction SilentlyContinue
  if ($c) { return $c.Source }
  return $null
}
$jpackage = Tool 'jpackage'
$java = Tool 'java'
if (-not $jpackage -or -not $java) {
  Fail 'no jpackage: it comes with a full JDK 17 or newer (e.g. Temurin 17 JDK); set JAVA_HOME or put its bin on PATH'
}
if (-not (Get-Command candle.exe -ErrorAction SilentlyContinue) -or -not (Get-Command light.exe -ErrorAction SilentlyContinue)) {
  Fail 'no WiX Toolset 3 (candle.exe, light.exe): jpackage needs it for an .msi. Install WiX 3.14 (https://github.com/wixtoolset/wix3/releases) and put its bin folder on PATH'
}
if (-not $SkipMaven -and -not (Get-Command mvn -ErrorAction SilentlyContinue)) {
  Fail 'no Maven (mvn): install Apache Maven 3.8+, or build first and pass -SkipMaven'
}

# --- Build the jar and prepare jpackage's input (the same steps as build.sh) -------------------------
$start = Get-Date
if (-not $SkipMaven) {
  Say 'mvn package (tests skipped: run mvn verify for them)'
  Push-Location $project
  try { & mvn -q -B package -DskipTests; if ($LASTEXITCODE -ne 0) { Fail "mvn package failed ($LASTEXITCODE)" } }
  finally { Pop-Location }
}
$appInput = Join-Path $here 'AppInput.java'
$version = & $java $appInput version $project
if ($LASTEXITCODE -ne 0) { Fail 'could not read the version' }
$platform = & $java $appInput platform $project
if ($LASTEXITCODE -ne 0) { Fail 'could not tell the platform' }
if ($platform -ne 'windows-x86_64') { Fail "the build in target\ is for $platform, not windows-x86_64" }
$work = Join-Path $Out 'work'
if (Test-Path $work) { Remove-Item -Recurse -Force $work }
& $java $appInput prepare $project (Join-Path $work 'input') $platform
if ($LASTEXITCODE -ne 0) { Fail 'could not prepare the input folder' }

# The modules of the trimmed runtime: the same list as build.sh (it says how it was found).
$modules = 'java.base,java.compiler,java.desktop,java.logging,java.management,java.naming,java.scripting,java.sql,java.xml,jdk.management,jdk.unsupported'
$common = @('--name', 'handctl', '--app-version', $version, '--vendor', 'handctl',
  '--description', 'Control the computer with hand gestures seen by a webcam.',
  '--copyright', 'Copyright handctl contributors. Apache License 2.0.')

# --- App image: handctl.exe (no console: the daemon) and handctl-cli.exe (console: the commands) -----
$imageDir = Join-Path $Out 'image'
if (Test-Path $imageDir) { Remove-Item -Recurse -Force $imageDir }
Say "jpackage app-image ($version, $platform)"
& $jpackage --type app-image --dest $imageDir @common `
  --input (Join-Path $work 'input') --main-jar handctl.jar --main-class dev.handctl.app.cli.Main `
  --add-modules $modules `
  --jlink-options '--strip-debug --no-header-files --no-man-pages --compress=2 --strip-native-commands' `
  --java-options '-Djava.library.path=$APPDIR' `
  --java-options '-Ddorkbox.updates.Updates.ENABLE=false' `
  --java-options '--enable-native-access=ALL-UNNAMED' `
  --icon (Join-Path $here 'icon\handctl.ico') `
  --add-launcher ('handctl-cli=' + (Join-Path $here 'windows\handctl-cli.properties'))
if ($LASTEXITCODE -ne 0) { Fail "jpackage app-image failed ($LASTEXITCODE)" }

# --- .msi: Program Files\handctl, a Start menu entry, upgrades in place (fixed upgrade UUID) ----------
Say 'jpackage msi'
& $jpackage --type msi --dest $Out --app-image (Join-Path $imageDir 'handctl') @common `
  --license-file (Join-Path $project 'LICENSE') `
  --win-menu --win-menu-group handctl --win-dir-chooser `
  --win-upgrade-uuid 1086d29b-dbe0-4541-b0aa-4172ce843f30
if ($LASTEXITCODE -ne 0) { Fail "jpackage msi failed ($LASTEXITCODE)" }
Remove-Item -Recurse -Force $work

Say ("done in {0:N0} s:" -f ((Get-Date) - $start).TotalSeconds)
Get-ChildItem $Out -Filter 'handctl*' | ForEach-Object { Write-Host ("  {0}  {1:N0} bytes" -f $_.Name, $_.Length) }
