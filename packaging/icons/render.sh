#!/usr/bin/env bash
# Renders the app icon (atlas.svg, drawn for this project) to the PNG sizes the window and the
# installers use, and to a Windows .ico. Needs rsvg-convert (librsvg2-bin) and ImageMagick.
# The results are committed, so building needs neither tool; run this after changing the SVG.
# The macOS .icns is assembled from the same PNGs by python3: an icns file is a header and one
# PNG per size, tagged by type (icp4 16, icp5 32, ic07 128, ic08 256, ic09 512 px).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="$here/../../src/main/resources/icons"
mkdir -p "$out"
for s in 16 32 48 64 128 256 512; do
  rsvg-convert -w "$s" -h "$s" "$here/atlas.svg" -o "$out/atlas-$s.png"
done
convert "$out/atlas-16.png" "$out/atlas-32.png" "$out/atlas-48.png" "$out/atlas-64.png" "$out/atlas-256.png" \
  "$here/../windows/atlas.ico"
python3 - "$out" "$here/../macos/atlas.icns" <<'PY'
import struct, sys
src, target = sys.argv[1], sys.argv[2]
entries = b""
for kind, size in (("icp4", 16), ("icp5", 32), ("ic07", 128), ("ic08", 256), ("ic09", 512)):
    png = open(f"{src}/atlas-{size}.png", "rb").read()
    entries += kind.encode("ascii") + struct.pack(">I", len(png) + 8) + png
open(target, "wb").write(b"icns" + struct.pack(">I", len(entries) + 8) + entries)
PY
