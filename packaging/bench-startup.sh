#!/usr/bin/env bash
# Cold start of the packaged app, from process start to the first frame and to the drawn map, in
# three runtime set-ups: no class-data sharing at all, the JDK's default CDS archive only, and the
# default plus an AppCDS archive (lib/app/atlas.jsa: build with -Djpackage.cds.skip=false). The app measures itself
# (-Datlas.readyFile) and quits when the map is drawn (-Datlas.exitWhenReady=true).
#
#   mvn -Ppackage package -DskipTests -Djpackage.installer.skip=true -Djpackage.cds.skip=false
#   packaging/bench-startup.sh [RUNS] [APP_IMAGE]        (defaults: 5, "target/dist/Onderwijsregio Atlas")
#
# Runs under the current $DISPLAY, else in its own Xvfb. Prints each run and the median per set-up.
# Wall-clock times suffer when other programs load the machine; the CPU seconds the app used
# (user + system, until it quits) suffer much less, so they are printed too.
# Each set-up runs on a copy of the image whose launcher config differs only in the CDS options.
set -uo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-5}
IMAGE=${2:-"target/dist/Onderwijsregio Atlas"}
NAME="Onderwijsregio Atlas"
[ -x "$IMAGE/bin/$NAME" ] || { echo "no app-image at $IMAGE: build it with mvn -Ppackage package" >&2; exit 1; }
MODES="no-cds default-cds"
if [ -s "$IMAGE/lib/app/atlas.jsa" ]; then
  MODES="$MODES appcds"
else
  echo "note: $IMAGE has no AppCDS archive (build with -Djpackage.cds.skip=false to compare it)" >&2
fi

WORK=$(mktemp -d)
XVFB_PID=""
cleanup() {
  [ -n "$XVFB_PID" ] && kill "$XVFB_PID" 2>/dev/null
  rm -rf "$WORK"
}
trap cleanup EXIT
if [ -z "${DISPLAY:-}" ]; then
  Xvfb -displayfd 3 -screen 0 1400x900x24 -nolisten tcp 3>"$WORK/display" 2>/dev/null &
  XVFB_PID=$!
  for _ in $(seq 50); do [ -s "$WORK/display" ] && break; sleep 0.1; done
  export DISPLAY=":$(head -n1 "$WORK/display")"
fi

# One copy of the image per set-up (hard links: cheap), with its own launcher config.
setup() { # name, cfg filter
  local dir="$WORK/$1"
  cp -al "$IMAGE" "$dir"
  local cfg="$dir/lib/app/$NAME.cfg"
  grep -v SharedArchiveFile "$cfg" >"$cfg.new"
  case "$1" in
    no-cds) echo 'java-options=-Xshare:off' >>"$cfg.new" ;;
    default-cds) ;;
    appcds) [ -s "$dir/lib/app/atlas.jsa" ] && echo 'java-options=-XX:SharedArchiveFile=$APPDIR/atlas.jsa' >>"$cfg.new" ;;
  esac
  rm "$cfg" && mv "$cfg.new" "$cfg"
}

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }

echo "app-image: $IMAGE ($(du -sh "$IMAGE" | cut -f1)); $RUNS runs per set-up; $(nproc) cores"
for mode in $MODES; do
  setup "$mode"
  : >"$WORK/$mode.first"
  : >"$WORK/$mode.map"
  : >"$WORK/$mode.cpu"
done
# Interleaved (run 1 of each set-up, then run 2, ...): a change in the machine's load hits every
# set-up alike instead of one of them.
for i in $(seq "$RUNS"); do
  for mode in $MODES; do
    rm -f "$WORK/ready"
    XDG_DATA_HOME="$WORK/home" JAVA_TOOL_OPTIONS="-Djava.util.prefs.userRoot=$WORK/prefs \
-Datlas.readyFile=$WORK/ready -Datlas.exitWhenReady=true -Datlas.firstRun=false" \
      /usr/bin/time -f "%U %S" -o "$WORK/cpu" timeout 120 "$WORK/$mode/bin/$NAME" >/dev/null 2>&1
    if [ ! -s "$WORK/ready" ]; then
      echo "$mode run $i: no drawn map" >&2
      continue
    fi
    cpu_ms=$(awk '{ printf "%d", ($1 + $2) * 1000 }' "$WORK/cpu")
    line="$(cat "$WORK/ready") cpu_ms=$cpu_ms"
    echo "$mode run $i: $line"
    echo "$cpu_ms" >>"$WORK/$mode.cpu"
    echo "$line" | sed -n 's/.*first_frame_ms=\([0-9]*\).*/\1/p' >>"$WORK/$mode.first"
    echo "$line" | sed -n 's/.*map_drawn_ms=\([0-9]*\).*/\1/p' >>"$WORK/$mode.map"
  done
done
echo
printf '%-12s %16s %16s %14s\n' "set-up" "first frame (ms)" "map drawn (ms)" "CPU (ms)"
for mode in $MODES; do
  printf '%-12s %16s %16s %14s\n' "$mode" "$(median <"$WORK/$mode.first")" "$(median <"$WORK/$mode.map")" \
    "$(median <"$WORK/$mode.cpu")"
done
