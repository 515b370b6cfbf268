#!/usr/bin/env bash
# Benchmark of `newsquiz generate` (not a unit test): model loading time, throughput on 100
# articles of ~600 words (the fixture articles, two back to back, cycled), and peak RSS, with the
# JVM flags the ./newsquiz launcher uses (C1 only, serial GC). Each figure is the median of RUNS
# runs. The machine may be shared, so every round also runs, interleaved with the generator:
#   floor    - stock OpenNLP only splitting, tokenizing and tagging the same files
#   baseline - the generator at git ref BASE (optional: --baseline REF), built in a temp dir
# Usage: scripts/bench-generate.sh [RUNS] [--baseline REF]
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=5
BASE=
while [ $# -gt 0 ]; do
  case "$1" in
    --baseline) BASE="$2"; shift 2 ;;
    *) RUNS="$1"; shift ;;
  esac
done
JAVA_FLAGS=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC)
mvn -q -o test-compile >/dev/null
mvn -q -o dependency:build-classpath -Dmdep.outputFile=target/bench-cp.txt >/dev/null
DEPS="$(cat target/bench-cp.txt)"
CP="target/classes:target/test-classes:$DEPS"
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
mkdir "$work/articles"
arts=(src/test/resources/articles/*.txt)
for i in $(seq 0 99); do
  a=${arts[$((i % ${#arts[@]}))]}; b=${arts[$(((i + 1) % ${#arts[@]}))]}
  cat "$a" <(echo) "$b" > "$work/articles/a$i.txt"
done
echo "articles: 100, median words: $(for f in "$work"/articles/a*.txt; do wc -w < "$f"; done | sort -n | sed -n 50p)"
BASE_CP=
if [ -n "$BASE" ]; then
  mkdir "$work/base"
  git archive "$BASE" | tar -x -C "$work/base"
  (cd "$work/base" && mvn -q -o test-compile >/dev/null)
  BASE_CP="$work/base/target/classes:$work/base/target/test-classes:$DEPS"
  echo "baseline: $(git log -1 --format='%h %s' "$BASE")"
fi
echo "load: $(uptime | sed 's/.*load/load/')"
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
run() { # name classpath main
  local out
  out=$(/usr/bin/time -f "RSS_KB %M" java "${JAVA_FLAGS[@]}" -cp "$2" "$3" "$work/articles" 2>&1)
  echo "$out" | awk -v n="$1" '/^load_ms/ {print n, "load", $2} /^load_cpu_ms/ {print n, "loadcpu", $2} /^generate_ms/ {print n, "gen", $2} /^RSS_KB/ {print n, "rss", int($2 / 1024)}' >> "$work/results"
}
for r in $(seq "$RUNS"); do
  run floor "$CP" newsquiz.generate.NlpFloorBench
  [ -n "$BASE_CP" ] && run baseline "$BASE_CP" newsquiz.generate.GenerateBench
  run generator "$CP" newsquiz.generate.GenerateBench
done
printf '%-10s %16s %18s %20s %14s\n' "" "model load (ms)" "load CPU (ms)" "100 articles (ms)" "peak RSS (MB)"
for n in floor baseline generator; do
  grep -q "^$n " "$work/results" || continue
  printf '%-10s %16s %18s %20s %14s\n' "$n" \
    "$(awk -v n=$n '$1==n && $2=="load" {print $3}' "$work/results" | median)" \
    "$(awk -v n=$n '$1==n && $2=="loadcpu" {print $3}' "$work/results" | median)" \
    "$(awk -v n=$n '$1==n && $2=="gen" {print $3}' "$work/results" | median)" \
    "$(awk -v n=$n '$1==n && $2=="rss" {print $3}' "$work/results" | median)"
done
echo "(medians of $RUNS interleaved runs; JVM flags: ${JAVA_FLAGS[*]})"
# Memory: one more run of the generator with the heap capped well under the 512 MB target; it
# must finish, and its peak RSS (heap, metaspace, code and the JVM itself) is what a user sees.
XMX="${BENCH_XMX:-128m}"
out=$(/usr/bin/time -f "RSS_KB %M" java "${JAVA_FLAGS[@]}" -Xmx"$XMX" -cp "$CP" newsquiz.generate.GenerateBench "$work/articles" 2>&1)
echo "with -Xmx$XMX: $(echo "$out" | awk '/^generate_ms/ {printf "100 articles in %d ms, ", $2} /^questions/ {printf "%d questions, ", $2} /^RSS_KB/ {printf "peak RSS %d MB", $2 / 1024}')"
# The shaded jar must work with no network at all (models come from the classpath).
if [ -f target/newsquiz.jar ] && command -v unshare >/dev/null && unshare -rn true 2>/dev/null; then
  unshare -rn java -jar target/newsquiz.jar generate "$work/articles/a0.txt" --max 5 >/dev/null && echo "offline run of the shaded jar: ok"
fi
