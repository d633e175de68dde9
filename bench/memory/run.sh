#!/usr/bin/env bash
# A workspace of N synthetic articles used through ./vigie under a small heap (issue 16, memory):
# import, a search, entities:list, co-occurrences and a whole-corpus briefing, each a whole process
# with VIGIE_JAVA_OPTS=-XmxHEAP, its wall and CPU seconds, peak RSS and whether it finished.
# Usage: bench/memory/run.sh [N] [HEAP]   (default 100000 and 256m; from any directory)
# The corpus and the workspace are kept in ${BENCH_WORK:-/tmp/vigie-bench-memory}-N and reused (the
# import is timed only when the workspace is new; the import runs with the default heap unless
# BENCH_IMPORT_HEAP is set). Needs a built distribution and python3. Run it with nice on a shared machine.
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
n=${1:-100000}
heap=${2:-256m}
work=${BENCH_WORK:-/tmp/vigie-bench-memory}-$n
[ -f "$here/distribution/target/vigie.jar" ] || { echo "build first: mvn -B install -DskipTests" >&2; exit 1; }
mkdir -p "$work/logs"
export VIGIE_NO_BUILD=1

load() { cut -d' ' -f1-3 /proc/loadavg; }
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), java $(java -version 2>&1 | head -1 | cut -d'"' -f2), load $(load)"

timed() {  # NAME JAVA_OPTS COMMANDS: one ./vigie process, a row of the table
    local name=$1 opts=$2 commands=$3 log="$work/logs/$1"
    local status=ok
    VIGIE_JAVA_OPTS="$opts" /usr/bin/time -f '%e %U %S %M' -o "$log.t" "$here/vigie" --workspace "$work/ws" -c "$commands" \
        > "$log.log" 2>&1 || status="FAILED: $(grep -m1 -i 'error' "$log.log" | cut -c1-60)"
    awk -v n="$name" -v s="$status" -v l="$(load)" '{ printf "| %-34s | %7.1f | %7.1f | %8.0f | %-14s | %s |\n", n, $1, $2 + $3, $4 / 1024, l, s }' "$log.t"
}

if [ ! -d "$work/ws" ]; then
    rm -rf "$work/corpus" && mkdir -p "$work/corpus"
    python3 "$here/bench/export/synthetic-corpus.py" "$n" "$work/all.jsonl"
    split -l 10000 -d -a 2 --additional-suffix=.jsonl "$work/all.jsonl" "$work/corpus/part-"
    rm "$work/all.jsonl"
    fresh=true
fi
echo "| command (whole process, -Xmx$heap) | wall s | CPU s | RSS MiB | load | result |"
echo "| --- | --- | --- | --- | --- | --- |"
if [ "${fresh:-false}" = true ]; then
    timed "corpus:import ($n articles)" "${BENCH_IMPORT_HEAP:+-Xmx$BENCH_IMPORT_HEAP}" "corpus:import $work/corpus"
fi
timed "corpus:search Interpol" "-Xmx$heap" "corpus:search --limit 10 Interpol"
timed "entities:list --top 20" "-Xmx$heap" "entities:list --top 20"
timed "entities:show (co-occurrences)" "-Xmx$heap" "entities:show Interpol"
timed "report:brief (whole corpus)" "-Xmx$heap" "report:brief --date 2026-01-01 --out $work/briefing.pdf"
grep -h '^wrote' "$work/logs/report:brief (whole corpus).log" || true
