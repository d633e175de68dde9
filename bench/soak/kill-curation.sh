#!/usr/bin/env bash
# Kill soak of the curation log (issue 12). Into ONE workspace, starts N batch runs that each
# record 150 grade decisions (corpus:grade --force, one append to WORKSPACE/curation/decisions.jsonl
# each) and kill -9's the JVM at a seeded random moment of the run. After each kill it checks that
# the workspace opens and reads the log (corpus:grades: exit 0, no stack trace), and that every
# decision the killed run printed is in the log (printed means forced to disk). At the end: every
# line of the log is a decision but at most one cut line per kill, no decision id twice, and a
# decision recorded after the last kill is read back. Exits non-zero on any failure. Rerunnable.
#   bench/soak/kill-curation.sh [--kills N] [--seed S] [--scratch DIR] [--keep]
#   --kills 20, --seed 12, --scratch /tmp/vigie-soak-curation, --keep keeps the workspace
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
kills=20 seed=12 scratch=/tmp/vigie-soak-curation keep=false
while [ $# -gt 0 ]; do
    case "$1" in
        --kills) kills=${2:?--kills needs a value}; shift 2 ;;
        --seed) seed=${2:?--seed needs a value}; shift 2 ;;
        --scratch) scratch=${2:?--scratch needs a value}; shift 2 ;;
        --keep) keep=true; shift ;;
        -h|--help) sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "kill-curation: unknown option $1 (try --help)" >&2; exit 2 ;;
    esac
done
for n in "$kills" "$seed"; do
    case "$n" in ''|*[!0-9]*) echo "kill-curation: not a number: $n" >&2; exit 2 ;; esac
done
ws=$scratch/workspace logs=$scratch/logs
rm -rf "$ws" "$logs"
mkdir -p "$logs"
log_file=$ws/curation/decisions.jsonl
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
stack_trace() { grep -qE '^[[:space:]]+at [[:alnum:]_$.]+\(|[[:alnum:]_$]+\.[[:alnum:]_$.]*(Exception|Error)\b' "$1"; }
cleanup() { if ! $keep; then rm -rf "$ws"; fi; }
trap cleanup EXIT

# the workspace's first start (framework cache, empty store) is not part of the soak
VIGIE_NO_BUILD=1 timeout 120 "$here/vigie" --workspace "$ws" -c "vigie:status" > "$logs/first.log" 2>&1 \
    || { echo "kill-curation: the workspace does not start: $(tail -n 1 "$logs/first.log")"; exit 1; }

RANDOM=$seed
for run in $(seq 1 "$kills"); do
    script=""
    for i in $(seq 1 150); do
        script+="corpus:grade --force \"Source $run-$i\" $(printf '%s' ABCDEF | cut -c $((RANDOM % 6 + 1))) --note \"soak $run\"; "
    done
    out=$logs/run-$run.log
    VIGIE_NO_BUILD=1 "$here/vigie" --workspace "$ws" -c "$script" > "$out" 2>&1 &
    pid=$!
    delay=$(python3 -c "import sys; print(round(2 + (int(sys.argv[1]) % 600) / 100, 2))" "$RANDOM")
    sleep "$delay"
    # the launcher script execs java: kill the whole process group's JVM, not only the shell
    pkill -9 -P "$pid" 2>/dev/null || true
    kill -9 "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    printed=$(grep -oE 'decision [0-9a-f]{8}' "$out" | awk '{print $2}' || true)
    check=$logs/check-$run.log
    status=0
    VIGIE_NO_BUILD=1 timeout 120 "$here/vigie" --workspace "$ws" -c "corpus:grades" > "$check" 2>&1 || status=$?
    if [ "$status" -ne 0 ]; then fail "run $run: corpus:grades exit $status: $(tail -n 1 "$check")"; continue; fi
    if stack_trace "$check"; then fail "run $run: stack trace reading the log"; fi
    missing=0
    for id in $printed; do
        grep -q "\"id\":\"$id" "$log_file" || missing=$((missing + 1))
    done
    [ "$missing" -eq 0 ] || fail "run $run: $missing printed decisions are not in the log"
    echo "run $run: killed after ${delay}s, $(echo "$printed" | grep -c . || true) decisions printed, all in the log: $([ "$missing" -eq 0 ] && echo yes || echo no)"
done

# after the last kill: one more decision is recorded and read back
VIGIE_NO_BUILD=1 timeout 120 "$here/vigie" --workspace "$ws" -c 'corpus:grade --force "Source finale" A; corpus:grades --json' \
    > "$logs/final.log" 2>&1 || fail "final run: exit non-zero: $(tail -n 1 "$logs/final.log")"
grep -q 'Source finale' "$logs/final.log" || fail "the decision recorded after the kills is not read back"
python3 - "$log_file" "$kills" <<'PY' || failures=$((failures + 1))
import json, sys
path, kills = sys.argv[1], int(sys.argv[2])
ids, bad = [], 0
with open(path, encoding="utf-8") as f:
    for line in f:
        try:
            ids.append(json.loads(line)["id"])
        except (ValueError, KeyError):
            bad += 1
dupes = len(ids) - len(set(ids))
print(f"log: {len(ids)} decisions, {bad} cut lines, {dupes} ids twice")
if bad > kills or dupes:
    print("FAIL: more cut lines than kills, or an id twice")
    sys.exit(1)
PY
if [ "$failures" -eq 0 ]; then echo "soak: $kills/$kills kills clean, final checks passed"; else echo "soak: $failures failures"; exit 1; fi
