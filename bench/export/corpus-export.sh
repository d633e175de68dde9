#!/bin/sh
# corpus:export benchmark (issue 13): generates N synthetic French dispatches as JSON Lines
# (default 100 000, ~1 KB of text each), imports them through ./vigie into a fresh workspace, then
# times corpus:export (wall time, peak RSS of the whole process, and a run under -Xmx64m with a GC
# log to show the live heap), and checks that the export re-imported and re-exported is identical.
# Usage: bench/export/corpus-export.sh [N]   (work files in ${BENCH_WORK:-/tmp/vigie-bench-export})
set -eu
here=$(cd "$(dirname "$0")/../.." && pwd)
work="${BENCH_WORK:-/tmp/vigie-bench-export}"
n="${1:-100000}"
rm -rf "$work" && mkdir -p "$work"
python3 "$here/bench/export/synthetic-corpus.py" "$n" "$work/corpus.jsonl"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), load $(cut -d' ' -f1-3 /proc/loadavg)"
vigie() { VIGIE_NO_BUILD=1 /usr/bin/time -f "%e s wall, %M KiB peak RSS" "$here/vigie" --workspace "$@"; }
echo "import:";   vigie "$work/ws" -c "corpus:import $work/corpus.jsonl" | tail -1
echo "start only (corpus:stats):"; vigie "$work/ws" -c "corpus:stats" >/dev/null
echo "export:";   vigie "$work/ws" -c "corpus:export --out $work/backup.jsonl" | tail -1
echo "export, -Xmx64m:"
VIGIE_JAVA_OPTS="-Xmx64m -Xlog:gc:file=$work/gc.log" vigie "$work/ws" -c "corpus:export --out $work/backup64.jsonl" | tail -1
echo "live heap after each full GC (MiB): $(grep 'Pause Full' "$work/gc.log" | sed 's/.*->\([0-9]*\)M(.*/\1/' | sort -n | uniq | tr '\n' ' ')"
echo "round trip:"; vigie "$work/ws2" -c "corpus:import $work/backup.jsonl; corpus:export --out $work/backup2.jsonl" | tail -1
cmp "$work/backup.jsonl" "$work/backup2.jsonl" && echo "re-imported and re-exported: identical ($(wc -c < "$work/backup.jsonl") bytes)"
