#!/usr/bin/env bash
# Whole-command cost of `newsquiz validate` on generated banks of 1k, 10k and 100k questions:
# wall-clock and CPU (user+sys) seconds, median (min-max) of RUNS runs, sizes interleaved, with
# the launcher's JVM flags minus its AppCDS archive (override with JAVA_FLAGS). CPU time is the
# steadier figure on a busy shared machine; the load average is printed before and after.
# Usage: scripts/bench-validate.sh [RUNS] [JAR...]
#   default: 7 runs of target/newsquiz.jar, built first; given JARs (e.g. an older build to
#   compare with) are used as they are.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${1:-7}"
shift || true
JARS=("$@")
[ $# -eq 0 ] && JARS=(target/newsquiz.jar)
FLAGS="${JAVA_FLAGS:--XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData -Djava.awt.headless=true}"
WORK=target/bench-validate
goal=test-compile
[ $# -eq 0 ] && goal=package
log="$(mktemp)"
if ! mvn -B -q -DskipTests "$goal" dependency:build-classpath -Dmdep.outputFile=target/classpath.txt >"$log" 2>&1; then
  cat "$log" >&2
  rm -f "$log"
  exit 1
fi
rm -f "$log"
java -cp "target/classes:target/test-classes:$(cat target/classpath.txt)" newsquiz.bench.SyntheticBank "$WORK" 1000 10000 100000

echo "$(nproc) processors; $(java -version 2>&1 | head -1); flags: $FLAGS"
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
times="$WORK/times.txt"
: > "$times"
for _ in $(seq "$RUNS"); do
  for n in 1000 10000 100000; do
    for jar in "${JARS[@]}"; do
      # shellcheck disable=SC2086
      /usr/bin/time -f "$jar $n %e %U %S" -a -o "$times" java $FLAGS -jar "$jar" validate "$WORK/bank-$n.json" >/dev/null
    done
  done
done
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| jar | questions | file size | wall, s | CPU (user+sys), s |"
echo "|---|---|---|---|---|"
for jar in "${JARS[@]}"; do
  for n in 1000 10000 100000; do
    size=$(stat -c %s "$WORK/bank-$n.json" | awk '{ printf "%.1f", $1 / 1048576 }')
    stats() { # column -> "median (min-max)"
      awk -v j="$jar" -v n="$n" '$1 == j && $2 == n' "$times" | awk "{ print $1 }" | sort -g |
        awk '{ v[NR] = $1 } END { m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2;
                                  printf "%.2f (%.2f-%.2f)", m, v[1], v[NR] }'
    }
    echo "| $(basename "$jar") | $n | ${size} MB | $(stats '$3') | $(stats '$4 + $5') |"
  done
done
