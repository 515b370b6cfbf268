#!/usr/bin/env bash
# Every performance figure of the project in one run, each next to its baseline measured in the
# same run (bare JVM start, bare Jackson parse, ...). Medians of repeated runs with min-max.
# Usage: scripts/bench.sh [--quick]     (--quick: fewer repetitions, for a smoke check)
# The machine is shared and noisy: read the load average printed first before trusting a figure.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=11; small=5
if [ "${1:-}" = "--quick" ]; then runs=3; small=2; fi

echo "# newsquiz benchmarks, $(date -u +%Y-%m-%dT%H:%MZ)"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1), load average: $(cut -d' ' -f1-3 /proc/loadavg)"
mvn -q -DskipTests package >/dev/null

echo; echo "## Launch to first question (tmux, 80x24) vs bare JVM"
scripts/bench-startup.sh "$runs"

echo; echo "## Frame render + refresh after a key stroke (in-process)"
scripts/bench-render.sh

echo; echo "## Bank load + validate"
scripts/bench-bank.sh "$runs"
scripts/bench-validate.sh "$small" target/newsquiz.jar

echo; echo "## Progress store: open and record-answer latency"
scripts/bench-progress.sh "$small"

echo; echo "## Generator throughput and model loading"
scripts/bench-generate.sh "$small"

echo; echo "## Peak memory (RSS) of a normal quiz, line mode, 50 answers piped"
data="$(mktemp -d)"
for i in $(seq 1 "$small"); do
  yes b | head -200 | NEWSQUIZ_DATA="$data" /usr/bin/time -f "%M" \
    java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar target/newsquiz.jar play --plain --seed 1 2>&1 >/dev/null | tail -1
done | sort -n | awk '{a[NR]=$1} END {printf "peak RSS: median %d MB (min %d, max %d) over %d runs\n", a[int((NR+1)/2)]/1024, a[1]/1024, a[NR]/1024, NR}'
rm -rf "$data"
