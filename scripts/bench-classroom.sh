#!/usr/bin/env bash
# Classroom benchmark: the per-answer result-file save, and `newsquiz report` on 30/300/3,000
# result files next to a bare Jackson parse of the same files. Usage: scripts/bench-classroom.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt >/dev/null
java -Xmx1g -cp "target/classes:target/test-classes:$(cat target/classpath.txt)" newsquiz.bench.ClassroomBenchmark "${1:-5}"
