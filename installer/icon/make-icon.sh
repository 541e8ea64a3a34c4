#!/usr/bin/env bash
# Regenerates handctl.png (256x256, for Linux and the source of the others) and handctl.ico (Windows)
# with ImageMagick: a white open hand on a blue-violet rounded square. The macOS .icns is made from
# handctl.png by build.sh on a Mac (sips + iconutil).
set -euo pipefail
cd "$(dirname "$0")"
command -v convert >/dev/null || { echo "make-icon.sh: needs ImageMagick's convert (apt-get install imagemagick)" >&2; exit 1; }
convert -size 1024x1024 xc:none \
  -fill '#4C3BCF' -draw 'roundrectangle 32,32 991,991 190,190' \
  -fill white \
  -draw 'translate 70,0 roundrectangle 300,470 740,860 130,130' \
  -draw 'translate 70,0 roundrectangle 300,300 392,640 46,46' \
  -draw 'translate 70,0 roundrectangle 412,190 504,600 46,46' \
  -draw 'translate 70,0 roundrectangle 524,220 616,600 46,46' \
  -draw 'translate 70,0 roundrectangle 636,320 728,640 46,46' \
  -draw 'translate 410,770 rotate -42 roundrectangle -48,-290 48,0 48,48' \
  -strip -resize 256x256 PNG32:handctl.png
convert handctl.png -define icon:auto-resize=256,128,64,48,32,16 handctl.ico
echo "wrote $(pwd)/handctl.png and handctl.ico"
