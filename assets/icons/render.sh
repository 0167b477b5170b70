#!/bin/sh
# Renders the icon's PNG sizes from its SVG sources (needs rsvg-convert, from
# Debian's librsvg2-bin). The PNGs are committed; run this after changing an SVG.
set -eu
cd "$(dirname "$0")"
for size in 16 24 32 48 64 128 256 512; do
    if [ "$size" -le 24 ]; then source=journeymap-small.svg; else source=journeymap.svg; fi
    mkdir -p "hicolor/${size}x${size}/apps"
    rsvg-convert -w "$size" -h "$size" "$source" -o "hicolor/${size}x${size}/apps/journeymap.png"
done
