#!/usr/bin/env bash
# Bank loading benchmark: 1k/10k/100k questions, medians of repeated runs, with a bare Jackson
# parse of the same files as the baseline. Usage: scripts/bench-bank.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt >/dev/null
java -Xmx2g -cp "target/classes:target/test-classes:$(cat target/classpath.txt)" newsquiz.bench.BankLoadBenchmark "${1:-11}"
