#!/usr/bin/env bash
# Benchmark of the progress store: open (cold JVM), record-answer p50/p99 with fsync, and full
# rewrite, at 1k/10k/50k question records, medians of RUNS runs. Figures go in docs/progress.md.
# Usage: scripts/bench-progress.sh [RUNS] [WORKDIR]   (WORKDIR should be on the disk data/ lives on)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${1:-5}"
WORK="${2:-target/bench-progress}"
MVN_FLAGS="${MVN_FLAGS:--q}"
mvn $MVN_FLAGS test-compile
mvn $MVN_FLAGS dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test >/dev/null
CP="target/classes:target/test-classes:$(cat target/bench-classpath.txt)"
exec java -cp "$CP" newsquiz.progress.ProgressBench "$WORK" "$RUNS"
