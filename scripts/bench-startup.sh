#!/usr/bin/env bash
# Start-up benchmark: time from launch to the first question on screen, in tmux (80x24), median of
# N runs (default 10), next to a bare `java -cp . Hello` measured the same way in the same run.
# Also shows ./newsquiz without its AppCDS archive (NEWSQUIZ_CDS=0). Runs are interleaved so
# background load hits them all alike. The home screen (./newsquiz alone, to "Start quiz") is
# measured too. Usage: scripts/bench-startup.sh [RUNS]
# With FLOOR=1 it also times the least any full-screen Lanterna program does before its first frame
# (src/test/java/newsquiz/tui/ScreenFloor.java: open the terminal, start a screen, put one line,
# refresh), with Lanterna's own terminal set-up and with newsquiz's, each with a class-data archive
# of its own and the launcher's JVM flags: what of newsquiz's start-up is not newsquiz's to cut.
# With BASELINE=<git ref> it also builds that commit in a temporary worktree and measures it in
# the same interleaved runs, for a before/after on the same machine at the same load.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-10}"

if ! command -v tmux >/dev/null; then
  apt-get update -qq >/dev/null && apt-get install -y -qq tmux >/dev/null
fi
./newsquiz --version >/dev/null # builds the jar when it is missing or stale

work="$(mktemp -d)"
sock="newsquiz-bench-$$"
t() { tmux -L "$sock" "$@"; }
export NEWSQUIZ_DATA="$work/data" # progress from these runs is thrown away
t new-session -d -s idle "sleep 100000" # keeps the server up between runs
socket="$(t display -p '#{socket_path}')"
trap 't kill-server 2>/dev/null || true; rm -f "$socket"; rm -rf "$work"' EXIT

cat >"$work/Hello.java" <<'JAVA'
public class Hello {
    public static void main(String[] args) {
        System.out.println("Hello from a bare JVM");
    }
}
JAVA
javac -d "$work" "$work/Hello.java"

bank=questions/us-azerbaijan-charter.json
play="./newsquiz play --bank $bank --no-shuffle"
base_play=""
if [ -n "${BASELINE:-}" ]; then
  git worktree add -q --detach "$work/base" "$BASELINE"
  trap 't kill-server 2>/dev/null || true; rm -f "$socket"; git worktree remove --force "$work/base"; rm -rf "$work"' EXIT
  "$work/base/newsquiz" --version >/dev/null 2>&1
  base_play="$work/base/newsquiz play --bank $bank --no-shuffle"
fi

# Milliseconds from creating the pane to $1 appearing in it; the program is then killed.
measure() {
  local marker="$1" cmd="$2" name="run$RANDOM$RANDOM"
  local t0 t1
  t0=$(date +%s%N)
  t new-session -d -s "$name" -x 80 -y 24 "$cmd; sleep 60"
  until t capture-pane -p -t "$name" 2>/dev/null | grep -qF -- "$marker"; do sleep 0.005; done
  t1=$(date +%s%N)
  t kill-session -t "$name"
  echo $(((t1 - t0) / 1000000))
}

# The launcher records its AppCDS archive during the first full-screen quiz after a build.
train() { # $1 = the checkout, $2 = its play command
  # (a launcher that notes the archive's JVM ignores an archive without that note)
  if [ ! -f "$1/target/newsquiz.jsa" ] || [ "$1/target/newsquiz.jar" -nt "$1/target/newsquiz.jsa" ] ||
    { grep -qF 'ARCHIVE.jvm' "$1/newsquiz" && [ ! -f "$1/target/newsquiz.jsa.jvm" ]; }; then
    t new-session -d -s train -x 80 -y 24 "$2"
    until t capture-pane -p -t train 2>/dev/null | grep -qF "Q 1/"; do sleep 0.05; done
    t send-keys -t train C-c C-c
    while t has-session -t train 2>/dev/null; do sleep 0.1; done
    # The next start builds the archive from the quiz's class list, in the background.
    "$1/newsquiz" --version >/dev/null 2>&1
    for _ in $(seq 600); do [ "$1/target/newsquiz.jsa" -nt "$1/target/newsquiz.jar" ] && break; sleep 0.1; done
  fi
  [ -f "$1/target/newsquiz.jsa" ] || echo "bench-startup: no AppCDS archive was recorded in $1" >&2
}
train . "$play"

floors=()
if [ "${FLOOR:-0}" = 1 ]; then
  mvn -q -o test-compile >/dev/null
  jar cf "$work/floor.jar" -C target/test-classes newsquiz/tui/ScreenFloor.class
  floor_java="java -XX:TieredStopAtLevel=1 -XX:-UsePerfData -Djava.awt.headless=true -cp target/newsquiz.jar:$work/floor.jar"
  for kind in stock ours; do
    t new-session -d -s train -x 80 -y 24 "$floor_java -XX:DumpLoadedClassList=$work/floor-$kind.list newsquiz.tui.ScreenFloor $kind exit"
    while t has-session -t train 2>/dev/null; do sleep 0.05; done
    $floor_java -Xshare:dump -XX:SharedClassListFile="$work/floor-$kind.list" \
      -XX:SharedArchiveFile="$work/floor-$kind.jsa" >/dev/null 2>&1 ||
      echo "bench-startup: no class-data archive for the $kind floor" >&2
    floors+=("$kind")
    : >"$work/floor-$kind.ms"
  done
fi
[ -z "$base_play" ] || train "$work/base" "$base_play"

: >"$work/hello" && : >"$work/cds" && : >"$work/nocds" && : >"$work/base.ms" && : >"$work/home"
measure "Hello from" "java -cp $work Hello" >/dev/null # warm the file cache
measure "Q 1/" "$play" >/dev/null
for _ in $(seq "$runs"); do
  measure "Hello from" "java -cp $work Hello" >>"$work/hello"
  measure "Q 1/" "$play" >>"$work/cds"
  measure "Q 1/" "NEWSQUIZ_CDS=0 $play" >>"$work/nocds"
  measure "Start quiz" "./newsquiz" >>"$work/home"
  [ -z "$base_play" ] || measure "Q 1/" "$base_play" >>"$work/base.ms"
  for kind in ${floors[@]+"${floors[@]}"}; do
    measure "Q 1/1 floor" "$floor_java -XX:SharedArchiveFile=$work/floor-$kind.jsa -Xlog:cds=off newsquiz.tui.ScreenFloor $kind" \
      >>"$work/floor-$kind.ms"
  done
done

stats() { sort -n "$1" | awk '{a[NR]=$1} END {m = NR % 2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2; printf "%d %d %d\n", m, a[1], a[NR]}'; }
read -r hm hmin hmax < <(stats "$work/hello")
read -r cm cmin cmax < <(stats "$work/cds")
read -r nm nmin nmax < <(stats "$work/nocds")
echo "Launch to first question on screen, tmux 80x24, $runs runs each ($(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg))"
printf "  %-34s median %5d ms  (min %d, max %d)\n" "java -cp . Hello (bare JVM)" "$hm" "$hmin" "$hmax"
printf "  %-34s median %5d ms  (min %d, max %d)  %s x bare\n" "./newsquiz play (AppCDS)" "$cm" "$cmin" "$cmax" \
  "$(awk -v a="$cm" -v b="$hm" 'BEGIN {printf "%.2f", a / b}')"
printf "  %-34s median %5d ms  (min %d, max %d)  %s x bare\n" "./newsquiz play, NEWSQUIZ_CDS=0" "$nm" "$nmin" "$nmax" \
  "$(awk -v a="$nm" -v b="$hm" 'BEGIN {printf "%.2f", a / b}')"
read -r om omin omax < <(stats "$work/home")
printf "  %-34s median %5d ms  (min %d, max %d)  %s x bare\n" "./newsquiz (home screen)" "$om" "$omin" "$omax" \
  "$(awk -v a="$om" -v b="$hm" 'BEGIN {printf "%.2f", a / b}')"
if [ -n "$base_play" ]; then
  read -r bm bmin bmax < <(stats "$work/base.ms")
  printf "  %-34s median %5d ms  (min %d, max %d)  %s x bare\n" "baseline $BASELINE (AppCDS)" "$bm" "$bmin" "$bmax" \
    "$(awk -v a="$bm" -v b="$hm" 'BEGIN {printf "%.2f", a / b}')"
fi
for kind in ${floors[@]+"${floors[@]}"}; do
  read -r fm fmin fmax < <(stats "$work/floor-$kind.ms")
  printf "  %-34s median %5d ms  (min %d, max %d)  %s x bare\n" "one-line Lanterna screen ($kind)" "$fm" "$fmin" "$fmax" \
    "$(awk -v a="$fm" -v b="$hm" 'BEGIN {printf "%.2f", a / b}')"
done
