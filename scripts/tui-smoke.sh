#!/usr/bin/env bash
# End-to-end check of the full-screen UI: runs the real ./newsquiz in tmux, answers questions with
# send-keys, checks the screen with capture-pane, quits (with q, and with Ctrl-C twice), shrinks
# and grows the window, and checks the terminal was restored (main screen, cursor, echo).
# Installs tmux with apt-get when missing. Exit 0 when every check passed.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v tmux >/dev/null; then
  echo "tui-smoke: installing tmux" >&2
  apt-get update -qq >/dev/null && apt-get install -y -qq tmux >/dev/null
fi

./newsquiz --version >/dev/null # builds the jar when it is missing or stale

sock="newsquiz-smoke-$$"
session=none
step=0
t() { tmux -L "$sock" "$@"; }
# Progress from these runs goes to a scratch folder, not the learner's data/.
NEWSQUIZ_DATA="$(mktemp -d)"
export NEWSQUIZ_DATA
socket=""
trap 't kill-server 2>/dev/null || true; rm -f "$socket"; rm -rf "$NEWSQUIZ_DATA"' EXIT

checks=0
fail() {
  echo "tui-smoke: FAILED: $*" >&2
  echo "--- screen ---" >&2
  t capture-pane -p -t "$session" >&2 || true
  exit 1
}
screen() { t capture-pane -p -t "$session"; }
# Waits up to 20 s for text to be on screen.
wait_for() {
  local deadline=$((SECONDS + 20))
  until screen | grep -qF -- "$1"; do
    [ $SECONDS -lt $deadline ] || fail "waited for \"$1\""
    sleep 0.1
  done
  checks=$((checks + 1))
}
refute() {
  if screen | grep -qF -- "$1"; then fail "did not expect \"$1\""; fi
  checks=$((checks + 1))
}
keys() { t send-keys -t "$session" "$@"; }
# After newsquiz exits, the shell in the pane must be back to normal: main screen, cursor shown, echo on.
restored() {
  wait_for "EXIT=$1"
  [ "$(t display -p -t "$session" '#{alternate_on}')" = 0 ] || fail "still on the alternate screen"
  [ "$(t display -p -t "$session" '#{cursor_flag}')" = 1 ] || fail "cursor still hidden"
  keys 'echo "RAW=$(stty -a | tr " " "\n" | grep -cxE -- "-(echo|icanon)")"' Enter
  wait_for "RAW=0"
}

# A fresh shell in a new 80x24 session for each case (earlier ones stay until the end).
start() {
  step=$((step + 1))
  session="case$step"
  t new-session -d -s "$session" -x 80 -y 24 "env LANG=C.UTF-8 TERM=xterm-256color bash --norc --noprofile"
  socket="$(t display -p '#{socket_path}')"
  keys "clear; $1; echo EXIT=\$?" Enter
}

bank=src/test/resources/banks/tiny.json

# 1. Home screen with no arguments.
start "./newsquiz"
wait_for "Question banks"
wait_for "Start quiz"
keys q
restored 0

# 2. A quiz straight from --bank: answer, read feedback, end early, results, quit.
start "./newsquiz play --bank $bank --no-shuffle"
wait_for "Which town voted?"
wait_for "Q 1/8"
# Ctrl-Z and Ctrl-S are keys here, not job control or flow control: the quiz must still answer.
keys C-z C-s b
wait_for "✓ Correct"
wait_for "Why: Brockley held the vote."
keys Enter
wait_for "Which were funded?"
keys a d Enter
wait_for "✓ Correct"
keys Enter
wait_for "The vote was unanimous."
keys t
wait_for "✗ Wrong"
wait_for "Answer: false"
keys Enter
wait_for "Who chaired the meeting?"
keys -l "Aliyeva"
keys Enter
wait_for "✓ Correct"
keys Enter C-c
wait_for "End the quiz?"
keys r
wait_for "Score 3 of 9  (33%)"
wait_for "✗ 3. The vote was unanimous."
keys Enter
wait_for "mistake 1 of"
keys q q
restored 0

# 3. Ctrl-C asks first; a second Ctrl-C quits with 130 and restores the terminal.
start "./newsquiz play --bank $bank --no-shuffle"
wait_for "Which town voted?"
keys C-c
wait_for "End the quiz?"
keys C-c
restored 130

# 4. Too small, then big again, mid-question: the answer in progress survives.
start "./newsquiz play --bank $bank --no-shuffle"
wait_for "Which town voted?"
keys Down
wait_for "› B  Brockley"
t resize-window -t "$session" -x 30 -y 10
wait_for "Make the window bigger"
t resize-window -t "$session" -x 60 -y 16
wait_for "Which town voted?"
wait_for "› B  Brockley"
refute "bigger"
keys Enter
wait_for "✓ Correct"
keys C-c C-c
restored 130

# 5. Not UTF-8 and NO_COLOR: ASCII only.
start "env LANG=C LC_ALL= NO_COLOR=1 ./newsquiz play --bank $bank --no-shuffle"
wait_for "Which town voted?"
wait_for "> A  Ashford"
if screen | LC_ALL=C grep -q '[^ -~]'; then fail "non-ASCII on an ASCII terminal"; fi
keys a
wait_for "x Wrong"
keys C-c C-c
restored 130

# 6. A terminal shrunk to 10x3 and back: no crash, the screen recovers, quitting restores it.
start "./newsquiz play --bank $bank --no-shuffle"
wait_for "Which town voted?"
t resize-window -t "$session" -x 10 -y 3
sleep 0.5
t resize-window -t "$session" -x 80 -y 24
wait_for "Which town voted?"
keys b
wait_for "✓ Correct"
keys C-c C-c
restored 130

# 7. The terminal closes mid-quiz (SIGHUP): every answer whose feedback was shown is kept.
saved() { ./newsquiz stats --format json | grep -o '"answers" : [0-9]*' | head -1 | grep -o '[0-9]*$'; }
before="$(saved)"
start "./newsquiz play --bank $bank --no-shuffle"
wait_for "Which town voted?"
keys b
wait_for "✓ Correct"
keys Enter
wait_for "Which were funded?"
keys a d Enter
wait_for "✓ Correct"
t kill-session -t "$session"
sleep 1
after="$(saved)"
[ "$after" = $((before + 2)) ] || { echo "tui-smoke: FAILED: after SIGHUP expected $((before + 2)) saved answers, got $after" >&2; exit 1; }
checks=$((checks + 1))

# 8. Statistics and profiles from the home screen: t shows the figures saved above, p switches
#    the profile (a new one has nothing yet), and the home screen says whose progress it shows.
start "./newsquiz"
wait_for "Profile       default"
keys t
wait_for "Statistics · default"
wait_for "Accuracy by topic"
wait_for "Reviews due, next 14 days"
keys Escape
wait_for "Question banks"
keys p
wait_for "new profile…"
keys n
keys -l "smoke"
keys Enter
wait_for "Profile       smoke"
keys t
wait_for "No answers yet for smoke"
keys q
wait_for "Question banks"
keys q
restored 0

# 9. No terminal: line mode with a one-line notice.
start "./newsquiz play --bank $bank --no-shuffle < /dev/null 2>&1 | head -1"
wait_for "not a terminal; using line mode"

# 9. Flashcards on screen (own data folder, so the quizzes above do not change what is due):
# reveal, grade with the interval shown, undo, the summary, then home with its study rows.
cards="$NEWSQUIZ_DATA/cards"
start "./newsquiz flashcards --bank $bank --data $cards --new-per-day 2 --seed 1"
wait_for "card 1/2"
keys Space
wait_for "Answer: Brockley"
wait_for "3 Good 10 min"
keys 3
wait_for "card 2/2"
wait_for "Card 1: Good: next review in 10 min."
keys u
wait_for "Took back your grade (good) for card 1"
keys 1
wait_for "Card 1: Again"
keys Space 4
wait_for "Graded 2 of 2 cards"
keys Enter
wait_for "Start quiz"
wait_for "Flashcards"
keys q
restored 0
answers="$(./newsquiz stats --data "$cards" --format json | grep -o '"answers" : [0-9]*' | head -1 | grep -o '[0-9]*$')"
[ "$answers" = 2 ] || fail "flashcards: expected 2 grades saved (one taken back), got $answers"
checks=$((checks + 1))

# 10. Review without a terminal: the line mode, with the same notice as play.
start "./newsquiz review --bank $bank --data $cards < /dev/null 2>&1 | head -1"
wait_for "not a terminal; using line mode"

# 11. Curating a bank: keep, drop, save to -o OUT, quit; the input is untouched, OUT reads back.
curated="$NEWSQUIZ_DATA/curated.json"
start "./newsquiz curate src/test/resources/banks/curate.json -o $curated"
wait_for "Curate · Harbour works"
wait_for "Q 1/4"
keys k d
wait_for "Q 3/4"
keys w
wait_for "Saved 3 questions (2 of 4 reviewed; still marked generated) to curated.json."
keys q
restored 0
./newsquiz validate "$curated" >/dev/null || fail "the curated bank does not validate"
git diff --quiet -- src/test/resources/banks/curate.json || fail "curate changed its input bank"
checks=$((checks + 1))

echo "tui-smoke: $checks checks passed"
