#!/usr/bin/env bash
# Kill soak of the import (issue 11, point 8). Generates a synthetic French news corpus as JSON
# Lines (bench's NewsCorpusGenerator, 500 articles per file), imports it with extraction into a
# fresh reference workspace, then into ONE soak workspace starts the same import N times and
# kill -9's the JVM at a seeded random moment of it, checking after each kill that the workspace
# opens (vigie:status: exit 0, no stack trace). Then it runs the import to the end and checks:
# the workspace opens, vigie:check passes (when the build has it), no duplicate document, every
# document has results ("0 never extracted"), entity counts equal the reference's. Last, the
# fresh-workspace start loop (point 1) when asked: N starts of vigie:status on a new workspace.
# Exits non-zero on any failure. Rerunnable; the corpus is cached in the scratch folder.
#   bench/soak/kill-import.sh [--kills N] [--documents N] [--seed S] [--starts N] [--strict]
#                             [--scratch DIR] [--keep]
#   --kills 20, --documents 20000, --seed 11, --starts 0 (fresh-workspace starts of vigie:status,
#             each under a one-minute limit; point 1's proof asks for 200),
#   --strict  also require the sorted export to be identical to the reference's (names, aliases,
#             roles, mentions of every document), not only the counts,
#   --scratch /tmp/vigie-soak, --keep  keep the workspaces and exports (the corpus is always kept).
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
kills=20 documents=20000 per_file=500 seed=11 starts=0 strict=false keep=false
scratch=/tmp/vigie-soak
while [ $# -gt 0 ]; do
    case "$1" in
        --kills|--documents|--seed|--starts|--scratch)
            [ $# -ge 2 ] || { echo "kill-import: $1 needs a value" >&2; exit 2; } ;;
    esac
    case "$1" in
        --kills) kills=$2; shift 2 ;;
        --documents) documents=$2; shift 2 ;;
        --seed) seed=$2; shift 2 ;;
        --starts) starts=$2; shift 2 ;;
        --scratch) scratch=$2; shift 2 ;;
        --strict) strict=true; shift ;;
        --keep) keep=true; shift ;;
        -h|--help) sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "kill-import: unknown option $1 (try --help)" >&2; exit 2 ;;
    esac
done
for n in "$kills" "$documents" "$seed" "$starts"; do
    case "$n" in ''|*[!0-9]*) echo "kill-import: not a number: $n" >&2; exit 2 ;; esac
done
mkdir -p "$scratch"
scratch=$(cd "$scratch" && pwd)
corpus=$scratch/corpus-$documents
ref=$scratch/reference soak=$scratch/soak fresh=$scratch/fresh logs=$scratch/logs
failures=0
background=

fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
now() { date +%s.%N; }
since() { python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.1f}')" "$1" "$(now)"; }

cleanup() {
    if [ -n "$background" ] && kill -0 "$background" 2>/dev/null; then kill -9 "$background" 2>/dev/null || true; fi
    if ! $keep; then rm -rf "$ref" "$soak" "$fresh"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# ./vigie in batch mode under a time limit (a hang is a failure, not a stuck soak): vigie LIMIT WS CMD LOG
vigie() {
    local status=0
    timeout -k 10 "$1" env VIGIE_NO_BUILD=1 "$here/vigie" --workspace "$2" -c "$3" > "$4" 2>&1 || status=$?
    return "$status"
}

# a Java stack trace or exception class name in a log: an opened workspace prints neither
stack_trace() {
    grep -qE '^[[:space:]]+at [[:alnum:]_$.]+\(|[[:alnum:]_$]+\.[[:alnum:]_$.]*(Exception|Error)\b' "$1"
}

# a reopen is clean when vigie:status exits 0 within LIMIT seconds and prints no stack trace (the
# limit after a kill leaves room for a start-up repair of the whole corpus on a loaded machine)
check_opens() { # LIMIT WS LOG [more commands]
    local status=0 log=$3
    vigie "$1" "$2" "vigie:status${4:+; $4}" "$log" || status=$?
    if [ "$status" -eq 124 ] || [ "$status" -eq 137 ]; then echo "hung (no exit within $1 s)"; return 1; fi
    if [ "$status" -ne 0 ]; then echo "exit $status: $(tail -n 1 "$log")"; return 1; fi
    if stack_trace "$log"; then echo "stack trace: $(grep -m1 -E 'Exception|Error' "$log")"; return 1; fi
    echo ok
}

build_if_needed() {
    local jar=$here/distribution/target/vigie.jar
    if [ -f "$jar" ]; then
        export VIGIE_NO_BUILD=1
        echo "distribution: $jar of $(date -r "$jar" '+%F %T')"
        if [ -n "$(find "$here/bundles" -path '*/src/main/*' -newer "$jar" -type f | head -n 1)" ]; then
            echo "warning: sources are newer than the jar; rebuild it (mvn -o -q package -DskipTests) to soak them"
        fi
    else
        echo "building the distribution once (./vigie)"
        "$here/vigie" --workspace "$scratch/build-check" -c "vigie:status" > /dev/null
        rm -rf "$scratch/build-check"
    fi
    local classes=$here/bundles/corpus.store/target/test-classes
    if [ ! -f "$classes/org/vigie/corpus/store/internal/NewsCorpusGenerator.class" ]; then
        (cd "$here" && mvn -B -q test-compile -pl bundles/corpus.store -am)
    fi
}

# the corpus: articles 0..N-1 of NewsCorpusGenerator (each one seeded by its number, all distinct)
generate_corpus() {
    if [ "$(cat "$corpus/.complete" 2>/dev/null)" = "$documents/$per_file" ]; then
        echo "corpus: $corpus ($documents documents, cached)"
        return
    fi
    rm -rf "$corpus" && mkdir -p "$corpus"
    local cp=$here/bundles/corpus.store/target/test-classes:$here/bundles/corpus.store/target/classes
    java -cp "$cp:$here/bundles/corpus.api/target/classes" org.vigie.corpus.store.internal.NewsCorpusGenerator \
        "$corpus/all.tmp" "$documents"
    split -l "$per_file" -d -a 3 --additional-suffix=.jsonl "$corpus/all.tmp" "$corpus/lot-"
    rm "$corpus/all.tmp"
    echo "$documents/$per_file" > "$corpus/.complete"
    echo "corpus: $corpus ($documents documents in $(ls "$corpus" | wc -l) files of $per_file, generated)"
}

# what an export says, one fact a line: documents, distinct ids, never extracted, documents with
# entities, entities and mentions per type, then the digest of the sorted canonical export
summarise() { # EXPORT SHELL-OUTPUT
    python3 - "$1" "$2" <<'PY'
import hashlib, json, re, sys
from collections import Counter
rows, ids, entities, mentions, with_entities = [], set(), Counter(), Counter(), 0
for line in open(sys.argv[1], encoding="utf-8"):
    row = json.loads(line)
    ids.add(row["id"])
    found = sorted((e["type"], e["name"], e["mentions"], sorted(e["aliases"]), sorted(e["roles"]),
                    e["affiliation"] or "") for e in row["entities"])
    dates = sorted((d["text"], d["iso"] or "") for d in row["dates"])
    with_entities += bool(found)
    for e in found:
        entities[e[0]] += 1
        mentions[e[0]] += e[2]
    rows.append(json.dumps([row["id"], row["document"], row["title"], found, dates], ensure_ascii=False))
said = re.search(r"(\d+) documents \((\d+) never extracted\)", open(sys.argv[2], encoding="utf-8").read())
print("documents:", len(rows))
print("distinct ids:", len(ids))
print("never extracted:", said.group(2) if said else "?")
print("documents with entities:", with_entities)
for t in sorted(entities):
    print(f"entities {t}: {entities[t]}, mentions {mentions[t]}")
print(f"all entities: {sum(entities.values())}, mentions {sum(mentions.values())}")
print("export sha256:", hashlib.sha256("\n".join(sorted(rows)).encode()).hexdigest())
PY
}

# seeded kill moments: N fractions, one in each N-th of the run, shuffled; then spares for the
# iterations whose import ended before its kill
fractions() {
    python3 - "$seed" "$kills" <<'PY'
import random, sys
rng, n = random.Random(int(sys.argv[1])), int(sys.argv[2])
slots = list(range(n))
rng.shuffle(slots)
print(" ".join(f"{(k + rng.random()) / n:.3f}" for k in slots + [rng.randrange(n) for _ in range(2 * n)]))
PY
}

stored() { # the document count of a corpus:stats --json line in LOG
    python3 -c "import json,sys
for l in open(sys.argv[1], encoding='utf-8'):
    if l.startswith('{\"documents\"'): print(json.loads(l)['documents']); break
else: print(0)" "$1"
}

reference_run() {
    rm -rf "$ref"
    local start status=0
    start=$(now)
    vigie 1800 "$ref" "corpus:import $corpus" "$logs/reference-import.log" || status=$?
    reference_seconds=$(since "$start")
    [ "$status" -eq 0 ] || { echo "the reference import failed (exit $status): $logs/reference-import.log"; exit 1; }
    echo "reference: imported in $reference_seconds s: $(tail -n 1 "$logs/reference-import.log")"
    start=$(now)
    vigie 1800 "$ref" "corpus:import $corpus" "$logs/reference-again.log" || true
    rescan_seconds=$(since "$start")
    echo "reference: the same import again in $rescan_seconds s: $(tail -n 1 "$logs/reference-again.log")"
    vigie 600 "$ref" "entities:export --out $scratch/reference.jsonl" "$logs/reference-export.log"
    summarise "$scratch/reference.jsonl" "$logs/reference-export.log" > "$scratch/reference.summary"
    sed 's/^/reference: /' "$scratch/reference.summary"
}

# one kill: start the import, sleep FRACTION of this run's expected length, kill -9 the JVM.
# Sets $outcome to killed or ended. The expected length: the time of an import that finds every
# file stored (start and rescan) plus the reference's extra time scaled by the share not stored yet.
kill_once() { # ITERATION FRACTION STORED
    local expected delay start log=$logs/kill-$1.log
    expected=$(python3 -c "import sys; a,r,s,n=map(float,sys.argv[1:]); print(f'{a + max(0.0, r - a) * (n - s) / n:.1f}')" \
        "$rescan_seconds" "$reference_seconds" "$3" "$documents")
    delay=$(python3 -c "import sys; print(f'{float(sys.argv[1]) * float(sys.argv[2]):.2f}')" "$2" "$expected")
    start=$(now)
    VIGIE_NO_BUILD=1 "$here/vigie" --workspace "$soak" -c "corpus:import $corpus" > "$log" 2>&1 &
    background=$!
    sleep "$delay"
    local pids what
    pids=$(pgrep -f -- "-Dvigie.workspace=$soak( |\$)" || true)
    what=$(cat "/proc/$background/comm" 2>/dev/null || echo gone)
    if kill -0 "$background" 2>/dev/null; then
        # shellcheck disable=SC2086
        kill -9 "$background" $pids 2>/dev/null || true
        outcome=killed
    else
        outcome=ended
    fi
    wait "$background" 2>/dev/null || true
    background=
    kill_line="at ${delay} s ($2 of ~${expected} s) $what pid ${pids:-none}, $(grep -cE '^(imported|unchanged) /' "$log" || true) files done"
    [ "$outcome" = killed ] || kill_line="import ended after $(since "$start") s, before the kill at $delay s: $(tail -n 1 "$log")"
}

kill_soak() {
    rm -rf "$soak"
    local all done=0 attempt=0 clean=0 count=0 verdict
    read -r -a all <<< "$(fractions)"
    while [ "$done" -lt "$kills" ] && [ "$attempt" -lt "${#all[@]}" ]; do
        kill_once "$((done + 1))" "${all[$attempt]}" "$count"
        attempt=$((attempt + 1))
        if [ "$outcome" != killed ]; then
            echo "kill $((done + 1))/$kills: $kill_line; drawing another moment"
            continue
        fi
        done=$((done + 1))
        verdict=$(check_opens 600 "$soak" "$logs/open-$done.log" "corpus:stats --json") || true
        count=$(stored "$logs/open-$done.log")
        if [ "$verdict" = ok ]; then clean=$((clean + 1)); else fail "kill $done: the workspace does not open: $verdict"; fi
        echo "kill $done/$kills: $kill_line; reopen: $verdict; $count documents stored"
    done
    [ "$done" -eq "$kills" ] || fail "only $done kills landed in ${#all[@]} attempts (every other import ended first)"
    kills_clean=$clean
}

final_checks() {
    local status=0 verdict
    vigie 1800 "$soak" "corpus:import $corpus" "$logs/final-import.log" || status=$?
    echo "final import: exit $status: $(tail -n 1 "$logs/final-import.log")"
    [ "$status" -eq 0 ] || fail "the final import exits $status"
    verdict=$(check_opens 600 "$soak" "$logs/final-open.log") || fail "the workspace does not open after the soak: $verdict"
    echo "final reopen: $verdict"
    status=0
    vigie 600 "$soak" "vigie:check" "$logs/final-check.log" || status=$?
    if grep -q 'Command not found: vigie:check\|CommandNotFoundException.*check' "$logs/final-check.log"; then
        echo "vigie:check: not in this build (skipped)"
    else
        echo "vigie:check: exit $status: $(grep -v '^[[:space:]]*$' "$logs/final-check.log" | tail -n 1)"
        [ "$status" -eq 0 ] && ! stack_trace "$logs/final-check.log" || fail "vigie:check exits $status or prints a stack trace"
    fi
    vigie 600 "$soak" "corpus:stats --json; entities:export --out $scratch/soak.jsonl" "$logs/final-export.log" \
        || fail "the final export exits non-zero: $(tail -n 1 "$logs/final-export.log")"
    summarise "$scratch/soak.jsonl" "$logs/final-export.log" > "$scratch/soak.summary"
    sed 's/^/soak:      /' "$scratch/soak.summary"
    compare "$(stored "$logs/final-export.log")"
}

field() { sed -n "s/^$1: //p" "$scratch/soak.summary"; } # a fact of the soak's summary

compare() { # STORED
    [ "$1" -eq "$documents" ] || fail "corpus:stats counts $1 documents, not $documents"
    [ "$(field documents)" = "$documents" ] || fail "the export lists $(field documents) documents, not $documents"
    [ "$(field 'distinct ids')" = "$(field documents)" ] || fail "duplicates: $(field 'distinct ids') distinct ids for $(field documents) documents"
    [ "$(field 'never extracted')" = 0 ] || fail "$(field 'never extracted') documents were never extracted"
    if ! diff <(grep -v '^export sha256:' "$scratch/reference.summary") <(grep -v '^export sha256:' "$scratch/soak.summary") > "$logs/counts.diff"; then
        fail "entity counts differ from the uninterrupted import:"; sed 's/^/    /' "$logs/counts.diff"
    fi
    if [ "$(grep '^export sha256:' "$scratch/reference.summary")" = "$(grep '^export sha256:' "$scratch/soak.summary")" ]; then
        echo "export: identical to the reference (sorted, every document's entities)"
    elif $strict; then
        fail "the sorted export differs from the reference's"
    else
        echo "export: counts aside, the sorted export differs from the reference's (--strict makes this a failure)"
    fi
}

# point 1: fresh-workspace starts; a start that does not exit within a minute is a hang (a fresh
# start takes 2.5 s on the project's machine)
fresh_starts() {
    [ "$starts" -gt 0 ] || return 0
    local i clean=0 hangs=0 verdict
    for i in $(seq 1 "$starts"); do
        rm -rf "$fresh"
        verdict=$(check_opens 60 "$fresh" "$logs/fresh.log") || true
        case "$verdict" in
            ok) clean=$((clean + 1)) ;;
            hung*) hangs=$((hangs + 1)); cp "$logs/fresh.log" "$logs/fresh-$i.log"; fail "fresh start $i: $verdict" ;;
            *) cp "$logs/fresh.log" "$logs/fresh-$i.log"; fail "fresh start $i: $verdict" ;;
        esac
    done
    echo "fresh starts: $clean/$starts clean, $hangs hung"
}

rm -rf "$logs" && mkdir -p "$logs"
echo "kill-import soak: $kills kills, $documents documents, seed $seed, $starts fresh starts; $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); logs in $logs"
build_if_needed
generate_corpus
reference_run
kill_soak
final_checks
fresh_starts
if [ "$failures" -eq 0 ]; then
    echo "soak: $kills_clean/$kills clean runs, final checks passed"
else
    echo "soak: $kills_clean/$kills clean runs, $failures failure(s) (FAIL lines above): FAILED"
    exit 1
fi
