#!/usr/bin/env bash
# Benchmark of loading the OpenNLP models (not a unit test). Each run is a fresh JVM with the
# launcher's flags; the variants are interleaved in every round so they see the same load:
#   bare      - `java Hello`: what any JVM start costs on this machine right now
#   load      - ModelLoadBench: NlpModels.load() from the shaded jar, as `newsquiz generate` does
#   load-seq  - the same models read one after the other on one thread instead of in parallel
#   load+cds  - the same with an AppCDS archive recorded (once, before the rounds) from that run
#   generate, generate+cds - the whole `newsquiz generate` command on one fixture article, from
#               the shaded jar, without and with the archive the launcher records for it
# Reports medians of wall time inside the JVM (load), process CPU during the load, JVM start to
# models ready, and the whole process's wall time, plus the load average before and after.
# Usage: scripts/bench-model-load.sh [RUNS]   (default 11)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${1:-11}"
FLAGS=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData -Djava.awt.headless=true)
./newsquiz --version >/dev/null # builds the shaded jar when it is missing or stale
mvn -q -o test-compile >/dev/null
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
# CDS maps classes from jars only, so the two bench classes go into a jar of their own.
(cd target/test-classes && jar cf "$work/bench.jar" newsquiz/generate/ModelLoadBench.class newsquiz/generate/GenerateBench.class)
mkdir "$work/hello"
printf 'public class Hello { public static void main(String[] a) { System.out.println("hello"); } }\n' > "$work/hello/Hello.java"
javac -d "$work/hello" "$work/hello/Hello.java"
CP="$work/bench.jar:target/newsquiz.jar"
java "${FLAGS[@]}" -XX:ArchiveClassesAtExit="$work/load.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off \
  -cp "$CP" newsquiz.generate.ModelLoadBench >/dev/null
article=src/test/resources/articles/science.txt
java "${FLAGS[@]}" -XX:ArchiveClassesAtExit="$work/generate.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off \
  -jar target/newsquiz.jar generate "$article" >/dev/null
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)  ($(nproc) cores)"
run() { # name java-args...
  local name="$1"; shift
  local start end out
  start=$(date +%s%N)
  out=$(java "${FLAGS[@]}" "$@" | grep -E '^(load_ms|load_cpu_ms|since_start_ms) ' || true)
  end=$(date +%s%N)
  echo "$out" | awk -v n="$name" '/^load_ms/ {print n, "load", $2} /^load_cpu_ms/ {print n, "cpu", $2} /^since_start_ms/ {print n, "ready", $2}' >> "$work/results"
  echo "$name process $(((end - start) / 1000000))" >> "$work/results"
}
for r in $(seq "$RUNS"); do
  run bare -cp "$work/hello" Hello
  run load -cp "$CP" newsquiz.generate.ModelLoadBench
  run load-seq -cp "$CP" newsquiz.generate.ModelLoadBench sequential
  run load+cds -XX:SharedArchiveFile="$work/load.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off -cp "$CP" newsquiz.generate.ModelLoadBench
  run generate -jar target/newsquiz.jar generate "$article"
  run generate+cds -XX:SharedArchiveFile="$work/generate.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off \
    -jar target/newsquiz.jar generate "$article"
done
echo "load average after:  $(cut -d' ' -f1-3 /proc/loadavg)"
median() { sort -n | awk '{a[NR]=$1} END {print (NR ? a[int((NR+1)/2)] : "-")}'; }
col() { awk -v n="$1" -v k="$2" '$1==n && $2==k {print $3}' "$work/results" | median; }
printf '%-13s %14s %14s %18s %16s\n' "" "load (ms)" "load CPU (ms)" "JVM start->ready" "whole process"
for n in bare load load-seq load+cds generate generate+cds; do
  printf '%-13s %14s %14s %18s %16s\n' "$n" "$(col "$n" load)" "$(col "$n" cpu)" "$(col "$n" ready)" "$(col "$n" process)"
done
echo "(medians of $RUNS interleaved fresh JVMs; flags: ${FLAGS[*]})"
