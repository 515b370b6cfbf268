#!/usr/bin/env bash
# Crash test of the real program: runs `newsquiz play --plain` on the bundled bank with answers
# trickling in from a pipe, SIGKILLs it at a random moment, and checks after every kill that the
# progress still loads (`newsquiz stats --format json`) and holds every answer whose feedback had
# been printed. At most one more answer may be there: recorded (and fsynced) before the kill landed,
# but its feedback not yet printed. Repeats until KILLS kills (runs that finish on their own before
# their kill are counted apart). All runs share one data folder, so later runs also start by folding
# the journal a killed run left behind into progress.json, and some kills land during that rewrite.
#
# Usage: scripts/crash-test.sh [KILLS]         (default 50)
#   CRASH_SEED=N        repeat a run's random choices (printed at the start)
#   CRASH_STARTUP_MS    one run in five is killed during start-up, 50 ms to this after launch
#                       (default 1500; start-up takes about 0.5-1.5 s on a busy machine)
#   CRASH_VERBOSE=1     a line per run
#   CRASH_KEEP=1        keep the work folder (data, transcripts) afterwards
# Exit status: 0 when every check passed, 1 when any failed, 2 for bad usage or a failed build.
set -uo pipefail

kills_wanted="${1:-50}"
if ! [[ "$kills_wanted" =~ ^[0-9]+$ ]] || [ "$kills_wanted" -lt 1 ]; then
  echo "usage: $0 [KILLS]  (a whole number, 1 or more)" >&2
  exit 2
fi
seed="${CRASH_SEED:-$(( $(date +%s) % 32768 ))}"
startup_ms="${CRASH_STARTUP_MS:-1500}"
RANDOM="$seed"

home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="$home/target/newsquiz.jar"

# Build once (the launcher rebuilds only when the jar is missing or older than the sources), then
# run the jar directly: no launcher staleness check per run.
if ! "$home/newsquiz" --version >/dev/null; then
  echo "crash-test: build failed" >&2
  exit 2
fi
java_cmd=(java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Djava.awt.headless=true -jar "$jar")

work="$(mktemp -d "${TMPDIR:-/tmp}/newsquiz-crash.XXXXXX")"
data="$work/data"
feeder_pid=""
quiz_pid=""
cleanup() {
  [ -n "$quiz_pid" ] && kill -9 "$quiz_pid" 2>/dev/null
  [ -n "$feeder_pid" ] && kill "$feeder_pid" 2>/dev/null
  if [ "${CRASH_KEEP:-0}" = 1 ]; then
    echo "crash-test: work folder kept: $work" >&2
  else
    rm -rf "$work"
  fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Answers of every kind the bundled bank asks for; some are invalid for the question shown (asked
# again, nothing recorded) and the empty line skips (recorded, graded Again).
answers=("a" "b" "c" "d" "a c" "t" "f" "16" "1 2 3 4 5" "1a 2b 3c" "Baku" "Europe" "" ":hint" "zz")

feed() {
  # Endless: lines with a small random pause (10-40 ms), until the reader is gone.
  local n=${#answers[@]}
  while printf '%s\n' "${answers[RANDOM % n]}" 2>/dev/null; do
    sleep "0.0$(( RANDOM % 4 + 1 ))"
  done
}

# A feedback line: "<tick|cross|~> <Verdict>[ (NN% right)]  <+/-points> point[s]" (UTF-8 or ASCII glyphs).
feedback_re='^(✓|✗|~|\+|x) [A-Z].*  [+-]?[0-9][0-9.]* points?$'

now_ms() {
  date +%s%3N
}

# sleeps N milliseconds and prints N
sleep_ms() {
  sleep "$(( $1 / 1000 )).$(printf '%03d' $(( $1 % 1000 )))"
  echo "${1} ms"
}

answers_in_file() {
  # Prints the number of answers in the progress file, or fails (with the reason on stderr).
  local out err rc
  out="$work/stats.json"
  err="$work/stats.err"
  timeout 120 "${java_cmd[@]}" stats --format json --data "$data" >"$out" 2>"$err"
  rc=$?
  if [ "$rc" -ne 0 ] || [ -s "$err" ]; then
    echo "stats exited $rc: $(head -c 600 "$err")" >&2
    return 1
  fi
  local n
  n="$(sed -n 's/^ *"answers" : \([0-9][0-9]*\).*/\1/p' "$out" | head -n 1)"
  if [ -z "$n" ]; then
    echo "stats printed no answer count" >&2
    return 1
  fi
  echo "$n"
}

runs=0 kills=0 finished=0 failures=0
printed_total=0 in_flight_total=0 before=0 startup_kills=0
max_runs=$(( kills_wanted * 3 + 10 ))
echo "crash-test: seed $seed, $kills_wanted kills wanted, data in $data"

while [ "$kills" -lt "$kills_wanted" ] && [ "$runs" -lt "$max_runs" ]; do
  runs=$(( runs + 1 ))
  out="$work/run-$runs.out"
  err="$work/run-$runs.err"
  fifo="$work/in-$runs"
  mkfifo "$fifo"
  : >"$out" # exists before the quiz opens it (it opens its input, the FIFO, first, and waits there)
  feed >"$fifo" &
  feeder_pid=$!
  "${java_cmd[@]}" play --plain --data "$data" --seed "$RANDOM" <"$fifo" >"$out" 2>"$err" &
  quiz_pid=$!
  start_ms=$(now_ms)
  if [ $(( RANDOM % 5 )) -eq 0 ]; then
    # start-up: JVM, bank, opening the store and folding in the journal the last kill left
    moment="at $(sleep_ms $(( 50 + RANDOM % startup_ms )))"
  else
    # mid-quiz: after a random number of answers, then a random 0-60 ms more, which lands inside
    # the next answer's recording, feedback or prompt
    target=$(( RANDOM % 20 + 1 ))
    while [ "$(grep -cE "$feedback_re" "$out")" -lt "$target" ] && kill -0 "$quiz_pid" 2>/dev/null \
        && [ $(( $(now_ms) - start_ms )) -lt 30000 ]; do
      sleep 0.02
    done
    sleep_ms $(( RANDOM % 61 )) >/dev/null
    moment="mid-quiz (aimed after answer $target)"
  fi
  delay_ms=$(( $(now_ms) - start_ms ))
  kill -9 "$quiz_pid" 2>/dev/null
  wait "$quiz_pid" 2>/dev/null
  rc=$?
  # 137 = killed by SIGKILL; anything else means the quiz had ended by itself (a kill sent to a
  # process that has exited but not yet been waited for succeeds, so its result cannot tell)
  if [ "$rc" -eq 137 ]; then
    status=killed
    kills=$(( kills + 1 ))
  else
    status="finished (exit $rc)"
    finished=$(( finished + 1 ))
    if [ "$rc" -ne 0 ]; then
      echo "run $runs: FAIL: the quiz exited $rc on its own: $(head -c 600 "$err")"
      failures=$(( failures + 1 ))
    fi
  fi
  quiz_pid=""
  kill "$feeder_pid" 2>/dev/null
  wait "$feeder_pid" 2>/dev/null
  feeder_pid=""
  rm -f "$fifo"

  printed=$(grep -cE "$feedback_re" "$out")
  [ "$printed" -eq 0 ] && [ "$status" = killed ] && startup_kills=$(( startup_kills + 1 ))
  problem=""
  if grep -q "Exception" "$err"; then
    problem="the program printed an exception: $(grep -m1 Exception "$err")"
  elif ! after=$(answers_in_file 2>"$work/check.err"); then
    problem="the progress does not load: $(cat "$work/check.err")"
  else
    added=$(( after - before ))
    if [ "$added" -lt "$printed" ]; then
      problem="$printed answers got feedback but only $added reached the progress file"
    elif [ "$added" -gt $(( printed + 1 )) ]; then
      problem="$added answers in the file for $printed with feedback (at most one may be in flight)"
    else
      printed_total=$(( printed_total + printed ))
      in_flight_total=$(( in_flight_total + added - printed ))
      before=$after
    fi
  fi
  if [ -n "$problem" ]; then
    failures=$(( failures + 1 ))
    echo "run $runs ($status $moment, ${delay_ms} ms after launch): FAIL: $problem"
    # go on from what the file holds now, so one failure is not counted again in every later run
    if n=$(answers_in_file 2>/dev/null); then before=$n; fi
  elif [ -n "${CRASH_VERBOSE:-}" ]; then
    echo "run $runs: $status $moment (${delay_ms} ms after launch), $printed answers with feedback, file has $after"
  fi
done

# the file itself, once more, with a second JSON parser
if [ -e "$data/progress.json" ] && command -v python3 >/dev/null \
    && ! python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$data/progress.json" 2>/dev/null; then
  echo "FAIL: $data/progress.json is not valid JSON"
  failures=$(( failures + 1 ))
fi

echo "crash-test: $runs runs, $kills killed with SIGKILL ($startup_kills before any feedback), $finished finished on their own;" \
  "$printed_total answers with printed feedback verified in the progress file," \
  "plus $in_flight_total recorded but killed before their feedback ($before in the file); $failures failures"
if [ "$kills" -lt "$kills_wanted" ]; then
  echo "crash-test: only $kills kills in $runs runs (the quizzes kept finishing before the kill)"
  failures=$(( failures + 1 ))
fi
[ "$failures" -eq 0 ]
