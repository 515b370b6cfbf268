#!/usr/bin/env bash
# Benchmark of `newsquiz generate` (not a unit test): model loading time, throughput on 100
# articles of ~600 words (the fixture articles, doubled up to ~600 words and repeated), and peak
# RSS. Each figure is the median of RUNS runs. Usage: scripts/bench-generate.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${1:-5}"
[ -f target/newsquiz.jar ] || mvn -q -o package -DskipTests
mvn -q -o dependency:build-classpath -Dmdep.outputFile=target/bench-cp.txt >/dev/null
mvn -q -o test-compile >/dev/null
CP="target/classes:target/test-classes:$(cat target/bench-cp.txt)"
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
# 100 articles of ~600 words: two fixture articles back to back, cycled.
arts=(src/test/resources/articles/*.txt)
for i in $(seq 0 99); do
  a=${arts[$((i % ${#arts[@]}))]}; b=${arts[$(((i + 1) % ${#arts[@]}))]}
  cat "$a" <(echo) "$b" > "$work/a$i.txt"
done
echo "articles: 100, median words: $(for f in "$work"/a*.txt; do wc -w < "$f"; done | sort -n | sed -n 50p)"
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
loads=(); runs=(); rss=()
for r in $(seq "$RUNS"); do
  out=$(/usr/bin/time -f "RSS_KB %M" java -cp "$CP" newsquiz.generate.GenerateBench "$work" 2>&1)
  loads+=("$(echo "$out" | awk '/^load_ms/ {print $2}')")
  runs+=("$(echo "$out" | awk '/^generate_ms/ {print $2}')")
  rss+=("$(echo "$out" | awk '/^RSS_KB/ {print $2}')")
done
echo "model loading (ms), median of $RUNS: $(printf '%s\n' "${loads[@]}" | median)"
echo "100 articles after loading (ms), median of $RUNS: $(printf '%s\n' "${runs[@]}" | median)"
echo "peak RSS (MB), median of $RUNS: $(( $(printf '%s\n' "${rss[@]}" | median) / 1024 ))"
# The shaded jar must work with no network at all (models come from the classpath).
if command -v unshare >/dev/null && unshare -rn true 2>/dev/null; then
  unshare -rn java -jar target/newsquiz.jar generate "$work/a0.txt" --max 5 >/dev/null && echo "offline run of the shaded jar: ok"
fi
