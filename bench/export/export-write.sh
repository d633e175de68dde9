#!/bin/sh
# export:write benchmark (issue 13): every installed export format (the ids export:formats lists)
# written from an N-document synthetic workspace (default 100 000) under a small heap, with wall
# time, peak RSS of the whole process and the live heap after each full GC (-Xlog:gc); the
# progress lines (one per 10 000 documents) show the rate.
# The workspace is generated and imported once, then reused (delete $work/ws.done to redo it).
# Usage: bench/export/export-write.sh [N]   (work files in ${BENCH_WORK:-/tmp/vigie-bench-export-write};
# heap ${BENCH_HEAP:--Xmx256m}; BENCH_FORMATS="csv ris" to run only those; a plugin's format is
# measured once installed in $work/ws, e.g. with plugins:install examples/ris-exporter/target/*.jar)
set -eu
here=$(cd "$(dirname "$0")/../.." && pwd)
work="${BENCH_WORK:-/tmp/vigie-bench-export-write}"
n="${1:-100000}"
heap="${BENCH_HEAP:--Xmx256m}"
mkdir -p "$work"
vigie() { VIGIE_NO_BUILD=1 /usr/bin/time -f "%e s wall, %M KiB peak RSS" "$here/vigie" --workspace "$@"; }
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), load $(cut -d' ' -f1-3 /proc/loadavg)"
if [ "$(cat "$work/ws.done" 2>/dev/null)" != "$n" ]; then
    rm -rf "$work/ws" "$work/ws.done"
    python3 "$here/bench/export/synthetic-corpus.py" "$n" "$work/corpus.jsonl"
    echo "import of $n documents:"; vigie "$work/ws" -c "corpus:import $work/corpus.jsonl" | tail -1
    echo "$n" > "$work/ws.done"
fi
formats=${BENCH_FORMATS:-$(VIGIE_NO_BUILD=1 "$here/vigie" --workspace "$work/ws" -c "export:formats --json" \
    | sed -n 's/^{"id":"\([^"]*\)".*/\1/p')}
echo "formats: $(echo $formats)"
for format in $formats; do
    rm -f "$work/gc-$format.log" "$work/export-$format"
    echo "export:write --format $format, $heap:"
    start=$(date +%s)
    VIGIE_JAVA_OPTS="$heap -Xlog:gc:file=$work/gc-$format.log" \
        vigie "$work/ws" -c "export:write --format $format --out $work/export-$format" 2>&1 \
        | while IFS= read -r line; do echo "  [$(($(date +%s) - start)) s] $line"; done
    echo "  live heap after full GCs (MiB): $(grep 'Pause Full' "$work/gc-$format.log" \
        | sed 's/.*->\([0-9]*\)M(.*/\1/' | sort -n | uniq | tr '\n' ' ')"
    echo "  heap in use before any GC, at most (MiB): $(sed -n 's/.* \([0-9]*\)M->[0-9]*M(.*/\1/p' "$work/gc-$format.log" \
        | sort -n | tail -1)"
done
