#!/bin/sh
# The issue-16 import through ./vigie: N synthetic French articles of about 3 KB (313 MB for
# 100 000, bench/export/synthetic-corpus.py with 21-31 sentences) as ten-thousand-line files and
# as one file, each imported with extraction on into a fresh workspace; prints wall, CPU (user +
# system), peak RSS of the whole process, the store's and the entity index's sizes, and the load.
#   bench/import/run.sh [N] [ten|one|both]    (default 100000 both; work files in ${BENCH_WORK:-/tmp/vigie-bench-import})
# Needs a built distribution and python3. VIGIE_JAVA_OPTS is passed on (e.g. a JFR recording).
set -eu
here=$(cd "$(dirname "$0")/../.." && pwd)
n=${1:-100000}
shape=${2:-both}
work=${BENCH_WORK:-/tmp/vigie-bench-import}
mkdir -p "$work"
if [ ! -f "$work/one-$n/all.jsonl" ]; then
    rm -rf "$work/one-$n" "$work/ten-$n" && mkdir -p "$work/one-$n" "$work/ten-$n"
    python3 "$here/bench/export/synthetic-corpus.py" "$n" "$work/one-$n/all.jsonl" 21 31
    split -l 10000 -d -a 2 --additional-suffix=.jsonl "$work/one-$n/all.jsonl" "$work/ten-$n/part-"
fi
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')," \
    "java $(java -version 2>&1 | head -1 | cut -d'"' -f2); corpus: $n articles, $(du -sm "$work/one-$n" | cut -f1) MB"
run() {  # SHAPE: one import into a fresh workspace
    ws="$work/ws-$1"
    rm -rf "$ws"
    load=$(cut -d' ' -f1 /proc/loadavg)
    VIGIE_NO_BUILD=1 /usr/bin/time -f '%e %U %S %M' -o "$work/$1.time" \
        "$here/vigie" --workspace "$ws" -c "corpus:import $work/$1-$n" > "$work/$1.log" 2>&1 \
        || { echo "failed: see $work/$1.log" >&2; tail -3 "$work/$1.log" >&2; exit 1; }
    awk -v shape="$1" -v load="$load" -v end="$(cut -d' ' -f1 /proc/loadavg)" \
        -v store="$(du -sm "$ws/store" | cut -f1)" -v entities="$(du -sm "$ws/entities" | cut -f1)" \
        '{ printf "%s: wall %.1f s, CPU %.1f s, peak RSS %.0f MiB, store %s MB, entity index %s MB, load %s -> %s\n",
           shape, $1, $2 + $3, $4 / 1024, store, entities, load, end }' "$work/$1.time"
    tail -n 1 "$work/$1.log"
}
case "$shape" in
    ten) run ten ;;
    one) run one ;;
    *) run ten; run one ;;
esac
