#!/usr/bin/env bash
# Renders the app icon (atlas.svg, drawn for this project) to the PNG sizes the window and the
# installers use, and to a Windows .ico. Needs rsvg-convert (librsvg2-bin) and ImageMagick.
# The results are committed, so building needs neither tool; run this after changing the SVG.
# macOS: make packaging/macos/atlas.icns on a Mac from the PNGs with `iconutil` (see packaging/README.md).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="$here/../../src/main/resources/icons"
mkdir -p "$out"
for s in 16 32 48 64 128 256 512; do
  rsvg-convert -w "$s" -h "$s" "$here/atlas.svg" -o "$out/atlas-$s.png"
done
convert "$out/atlas-16.png" "$out/atlas-32.png" "$out/atlas-48.png" "$out/atlas-64.png" "$out/atlas-256.png" \
  "$here/../windows/atlas.ico"
