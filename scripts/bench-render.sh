#!/usr/bin/env bash
# Frame benchmark: update + render + refresh of one frame after a key stroke, in-process, with the
# launcher's JVM flags; median of N frames (default 2000) after a warm-up. Target: under 5 ms.
# Usage: scripts/bench-render.sh [FRAMES]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -o -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt >/dev/null 2>&1 \
  || mvn -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt >/dev/null
java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp "target/classes:target/test-classes:$(cat target/classpath.txt)" \
  newsquiz.bench.RenderBenchmark "${1:-2000}"
