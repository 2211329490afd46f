#!/usr/bin/env bash
# Class-data sharing for the packaged app (AppCDS, JDK 17's dynamic archive): runs the app-image
# once until the map is drawn with -XX:ArchiveClassesAtExit, so that the ~4,000 classes of
# JavaFX, Gluon Maps, H2GIS, JTS and Jackson it loads are stored pre-parsed in lib/app/atlas.jsa,
# then tells the launcher to use it. Off by default (-Djpackage.cds.skip=false runs it): on the
# build machine it cost CPU and gained nothing, see packaging/README.md; bench-startup.sh re-measures.
#
# Needs a display: uses $DISPLAY, else starts Xvfb when installed, else skips (the app then starts
# without the archive, which is fine: a missing archive must not be configured, because the JVM
# would then also drop the JDK's own default archive).
#
#   packaging/linux/train-cds.sh "target/dist/Onderwijsregio Atlas"
set -uo pipefail
IMAGE="$1"
APP="$IMAGE/lib/app"
CFG="$APP/Onderwijsregio Atlas.cfg"
LAUNCHER="$IMAGE/bin/Onderwijsregio Atlas"
[ -x "$LAUNCHER" ] || { echo "train-cds: no launcher at $LAUNCHER" >&2; exit 1; }

skip() {
  echo "train-cds: skipped ($*); the app runs without AppCDS"
  exit 0
}

WORK=$(mktemp -d)
XVFB_PID=""
cleanup() {
  [ -n "$XVFB_PID" ] && kill "$XVFB_PID" 2>/dev/null
  rm -rf "$WORK"
}
trap cleanup EXIT

if [ -z "${DISPLAY:-}" ]; then
  command -v Xvfb >/dev/null 2>&1 || skip "no display and no Xvfb"
  Xvfb -displayfd 3 -screen 0 1400x900x24 -nolisten tcp 3>"$WORK/display" 2>/dev/null &
  XVFB_PID=$!
  for _ in $(seq 50); do [ -s "$WORK/display" ] && break; sleep 0.1; done
  [ -s "$WORK/display" ] || skip "Xvfb did not start"
  export DISPLAY=":$(head -n1 "$WORK/display")"
fi

sed -i '/SharedArchiveFile/d' "$CFG"
rm -f "$APP/atlas.jsa"
# A relative archive path: JAVA_TOOL_OPTIONS cannot quote the space in the app's folder name.
(
  cd "$APP" || exit 1
  XDG_DATA_HOME="$WORK" JAVA_TOOL_OPTIONS="-XX:ArchiveClassesAtExit=atlas.jsa -Xlog:cds=off -Xlog:cds+dynamic=off \
-Djava.util.prefs.userRoot=$WORK/prefs -Datlas.readyFile=$WORK/ready -Datlas.exitWhenReady=true" \
    timeout 180 "$LAUNCHER" >"$WORK/train.log" 2>&1
)
if [ ! -s "$WORK/ready" ] || [ ! -s "$APP/atlas.jsa" ]; then
  tail -n 20 "$WORK/train.log" >&2
  rm -f "$APP/atlas.jsa"
  skip "the training run did not draw the map"
fi
echo 'java-options=-XX:SharedArchiveFile=$APPDIR/atlas.jsa' >>"$CFG"
echo "train-cds: $(du -h "$APP/atlas.jsa" | cut -f1) archive written, training run: $(cat "$WORK/ready")"
