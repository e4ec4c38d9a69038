#!/bin/sh
# Render the app icon's PNGs from koryo-desktop.svg (needs rsvg-convert: apt-get install librsvg2-bin).
# The PNGs are committed, so a build does not need this; run it after changing the SVG.
set -eu
cd "$(dirname "$0")"
for size in 16 24 32 48 64 128 256 512; do
  rsvg-convert -w "$size" -h "$size" koryo-desktop.svg -o "koryo-desktop-$size.png"
done
mkdir -p ../../resources/icons
cp koryo-desktop-256.png ../../resources/icons/koryo-desktop.png  # the window icon the app sets itself
