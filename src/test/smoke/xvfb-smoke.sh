#!/usr/bin/env bash
# Real-window smoke test: starts the atlas the way the README says (mvn javafx:run) in a virtual X
# display, waits until the map is drawn, takes a screenshot, checks it is not blank, quits the app.
# Exits non-zero, saying why, when any step fails, and when the whole run takes longer than its
# budget (SMOKE_BUDGET, 120 s): a smoke test that may hang for minutes hides a slow start.
# Self-sufficient: installs Xvfb, ImageMagick and GTK 3 with apt-get when they are missing and it can
# (the same packages .ci/run installs); the install is not counted in the budget.
#
#   src/test/smoke/xvfb-smoke.sh [--launcher CMD]   (default: mvn -B -q javafx:run)
#
# --launcher runs another start command instead, e.g. the packaged app:
#   src/test/smoke/xvfb-smoke.sh --launcher "target/dist/Onderwijsregio Atlas/bin/Onderwijsregio Atlas"
# (the packaged app takes the ready-file flags from JAVA_TOOL_OPTIONS).
set -uo pipefail
cd "$(dirname "$0")/../../.."

# Worst case, every wait in full: Xvfb 5 s + map TIMEOUT + 10 screenshots of at most ~1.5 s + quit 5 s,
# under BUDGET. The map usually shows within 20-40 s (mvn start-up included).
TIMEOUT=${SMOKE_TIMEOUT:-90}
BUDGET=${SMOKE_BUDGET:-120}
OUT=${SMOKE_OUT:-target/smoke}
LAUNCHER=""
if [ "${1:-}" = "--launcher" ]; then
  LAUNCHER="$2"
fi

fail() {
  echo "SMOKE TEST FAILED: $*" >&2
  if [ -s "$OUT/app.log" ]; then
    echo "---- last lines the app printed ($OUT/app.log) ----" >&2
    tail -n 40 "$OUT/app.log" >&2
  fi
  exit 1
}

# What a fresh machine lacks, as .ci/run finds it (mvn only for the default launcher).
need=()
command -v Xvfb >/dev/null 2>&1 || need+=(xvfb)
{ command -v import && command -v convert; } >/dev/null 2>&1 || need+=(imagemagick)
if command -v dpkg >/dev/null 2>&1 && ! dpkg -s libgtk-3-0 >/dev/null 2>&1; then need+=(libgtk-3-0); fi
[ -n "$LAUNCHER" ] || command -v mvn >/dev/null 2>&1 || need+=(maven)
if [ ${#need[@]} -gt 0 ]; then
  if command -v apt-get >/dev/null 2>&1; then
    echo "smoke: installing ${need[*]}"
    export DEBIAN_FRONTEND=noninteractive
    { apt-get update -qq && apt-get install -y -qq "${need[@]}"; } >/dev/null 2>&1 \
      || echo "smoke: could not install ${need[*]} (not root, or no network?)" >&2
  fi
fi
for tool in Xvfb import convert; do
  command -v "$tool" >/dev/null 2>&1 || fail "$tool is not installed (apt-get install xvfb imagemagick libgtk-3-0)"
done

# The budget starts once the tools are there: a slow apt mirror is not a slow app.
SCRIPT_START=$(date +%s)
elapsed() { echo $(( $(date +%s) - SCRIPT_START )); }
within_budget() {
  [ "$(elapsed)" -lt "$BUDGET" ] || fail "the smoke test ran over its budget of ${BUDGET}s ($(elapsed)s so far, while $1)"
}

rm -rf "$OUT"
mkdir -p "$OUT/prefs" "$OUT/home"
OUT=$(cd "$OUT" && pwd)
READY="$OUT/ready.txt"
SHOT="$OUT/screenshot.png"

# Xvfb picks a free display itself and tells us its number.
Xvfb -displayfd 3 -screen 0 1400x900x24 -nolisten tcp 3>"$OUT/display" 2>"$OUT/xvfb.log" &
XVFB_PID=$!
APP_PID=""
# The app runs in its own process group (setsid), so that mvn and the java it forks stop together.
stop_app() {
  kill -"$1" -- "-$APP_PID" 2>/dev/null || kill -"$1" "$APP_PID" 2>/dev/null
}
cleanup() {
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
    stop_app KILL
  fi
  kill "$XVFB_PID" 2>/dev/null
  wait "$XVFB_PID" 2>/dev/null
}
trap cleanup EXIT
for _ in $(seq 50); do
  [ -s "$OUT/display" ] && break
  sleep 0.1
done
[ -s "$OUT/display" ] || fail "Xvfb did not start: $(cat "$OUT/xvfb.log")"
export DISPLAY=":$(head -n1 "$OUT/display")"
echo "smoke: Xvfb on $DISPLAY"

# A first start, as a new user has it: own preferences and log folder, not the developer's.
export XDG_DATA_HOME="$OUT/home"
export JAVA_TOOL_OPTIONS="-Djava.util.prefs.userRoot=$OUT/prefs -Datlas.readyFile=$READY"
START=$(date +%s)
SETSID=$(command -v setsid || true)
if [ -n "$LAUNCHER" ]; then
  $SETSID "$LAUNCHER" >"$OUT/app.log" 2>&1 &
else
  $SETSID mvn -B -q javafx:run -Dprism.order=sw -Datlas.readyFile="$READY" >"$OUT/app.log" 2>&1 &
fi
APP_PID=$!

while [ ! -s "$READY" ]; do
  kill -0 "$APP_PID" 2>/dev/null || fail "the app ended before it drew the map"
  [ $(( $(date +%s) - START )) -lt "$TIMEOUT" ] || fail "no drawn map within ${TIMEOUT}s"
  within_budget "waiting for the map"
  sleep 0.5
done
MAP_AT=$(( $(date +%s) - START ))
echo "smoke: map drawn ($(cat "$READY"))"
# Colour statistics: a blank or single-colour screen has (almost) no spread and few colours, and
# the map's middle (the window is centred on the 1400x900 screen; the country lies left of the
# detail pane) must hold land, sea and borders, not one flat colour. On a
# loaded machine the frame on screen may lag the paint, so look again, ten times.
for attempt in $(seq 10); do
  sleep 0.5
  within_budget "checking the screenshot"
  timeout 10 import -display "$DISPLAY" -window root "$SHOT" || fail "cannot take a screenshot"
  STDDEV=$(timeout 10 convert "$SHOT" -colorspace Gray -format '%[fx:standard_deviation]' info:)
  COLOURS=$(timeout 10 convert "$SHOT" -format '%k' info:)
  MIDDLE=$(timeout 10 convert "$SHOT" -crop 400x300+300+350 +repage -format '%k' info:)
  if awk -v s="$STDDEV" 'BEGIN { exit !(s > 0.03) }' && [ "$COLOURS" -ge 16 ] && [ "$MIDDLE" -ge 4 ]; then
    break
  fi
done
echo "smoke: screenshot $SHOT (try $attempt): grey stddev $STDDEV, $COLOURS colours, $MIDDLE in the map's middle"
awk -v s="$STDDEV" 'BEGIN { exit !(s > 0.03) }' || fail "the screenshot is blank (grey stddev $STDDEV)"
[ "$COLOURS" -ge 16 ] || fail "the screenshot has only $COLOURS colours"
[ "$MIDDLE" -ge 4 ] || fail "the middle of the map is flat ($MIDDLE colours): no map drawn"

# Quit: SIGTERM lets the JVM run its shutdown hooks (preferences are flushed, the log closed).
stop_app TERM
for _ in $(seq 20); do
  kill -0 "$APP_PID" 2>/dev/null || break
  sleep 0.25
done
if kill -0 "$APP_PID" 2>/dev/null; then
  fail "the app did not quit within 5 s of SIGTERM"
fi
APP_PID=""
within_budget "quitting"
echo "smoke: passed in $(elapsed)s (map drawn after ${MAP_AT}s; budget ${BUDGET}s)"
