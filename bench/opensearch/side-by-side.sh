#!/usr/bin/env bash
# The embedded store and OpenSearch side by side, through ./vigie (issue 14; docs/BENCHMARKS.md,
# "Corpus store on OpenSearch"). On a generated corpus (NewsCorpusGenerator, files of 1 000):
#   1. corpus:import (with extraction, as an analyst runs it) into a fresh workspace on the
#      embedded store, then into a fresh workspace switched to a local OpenSearch node
#      (store:use): wall time, documents per second, Vigie's peak RSS;
#   2. Vigie's storage path alone: store:copy --to opensearch of the embedded workspace into a
#      fresh index prefix on the same node (wall time of the whole ./vigie run, JVM start included);
#   3. the floor: OpenSearch's own _bulk of the same documents into an index with the settings
#      and mappings Vigie's store made (bulk-floor.py), one request at a time; the ratios of 1 and 2 to it;
#   4. search: 19 queries of every kind (CorpusBenchmark's), corpus:search --limit 10 inside one
#      Vigie process per store, each timed with System.nanoTime around it (5 untimed rounds, 20
#      timed): p50 and p95 in ms;
#   5. the server's RSS (VmRSS and peak VmHWM) and index size.
#   bench/opensearch/side-by-side.sh [--documents 100000] [--scratch /tmp/vigie-os-bench] [--heap-mb 1024]
# Environment: MAVEN_REPO (as start-node.sh). Run under nice on a shared machine.
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
documents=100000 scratch=/tmp/vigie-os-bench heap=1024 per_file=1000
while [ $# -gt 0 ]; do
    case "$1" in
        --documents) documents=$2; shift 2 ;;
        --scratch) scratch=$2; shift 2 ;;
        --heap-mb) heap=$2; shift 2 ;;
        -h|--help) sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "compare-stores: unknown option $1 (try --help)" >&2; exit 2 ;;
    esac
done
mkdir -p "$scratch" && scratch=$(cd "$scratch" && pwd)
corpus=$scratch/corpus-$documents logs=$scratch/logs url=http://127.0.0.1:9291 prefix=bench
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT
trap 'exit 130' INT TERM
rm -rf "$logs" "$scratch"/ws-* && mkdir -p "$logs"
. "$here/bench/opensearch/lib.sh"

load() { cut -d' ' -f1-3 /proc/loadavg; }
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), Java $(java -version 2>&1 | head -n1 | cut -d'"' -f2); load $(load)"
generate_corpus "$corpus" "$documents" "$per_file"
echo "corpus: $documents documents, $(du -sh "$corpus" | cut -f1)"
start_node b1 9291 9391 --heap-mb "$heap"
server=$(node_pid b1)

# import: LABEL WS [COMMANDS BEFORE]; prints wall, docs/s and Vigie's peak RSS
import() {
    ws=$2
    [ -z "${3:-}" ] || vigie 120 "$3" "$logs/$1.use.log" || { echo "$1: $(tail -n 1 "$logs/$1.use.log")"; exit 1; }
    /usr/bin/time -f '%e %M' -o "$logs/$1.time" env VIGIE_NO_BUILD=1 "$here/vigie" --workspace "$ws" \
        -c "corpus:import $corpus --tag lot=bench" > "$logs/$1.import.log" 2>&1
    read -r wall rss < "$logs/$1.time"
    printf '%-28s %8.1f s %8.0f docs/s   Vigie peak RSS %5d MiB   (%s)\n' "import, $1" "$wall" \
        "$(echo "$documents / $wall" | bc -l)" $((rss / 1024)) "$(grep -m1 -E '^imported [0-9]+, ' "$logs/$1.import.log")"
}
rate() { echo "$documents / $1" | bc -l; }
echo "== import with extraction through ./vigie (load $(load))"
import embedded "$scratch/ws-embedded"
import opensearch "$scratch/ws-opensearch" "store:use opensearch --url $url --index-prefix $prefix"
index=$prefix-corpus
echo "Vigie's index: $index, $(curl -s "$url/$index/_stats/store" | json "round(d['_all']['primaries']['store']['size_in_bytes'] / 1e6)") MB; embedded store: $(du -sm "$scratch/ws-embedded/store" | cut -f1) MB"

echo "== store:copy --to opensearch of the embedded workspace (load $(load))"
cp -a "$scratch/ws-embedded" "$scratch/ws-copy"
/usr/bin/time -f '%e %M %U %S' -o "$logs/copy.time" env VIGIE_NO_BUILD=1 "$here/vigie" --workspace "$scratch/ws-copy" \
    -c "store:copy --to opensearch --url $url --index-prefix copy" > "$logs/copy.log" 2>&1
read -r copy_wall copy_rss copy_user copy_sys < "$logs/copy.time"
printf '%-28s %8.1f s %8.0f docs/s   Vigie peak RSS %5d MiB, CPU %.0f s   (%s)\n' "store:copy" "$copy_wall" \
    "$(rate "$copy_wall")" $((copy_rss / 1024)) "$(echo "$copy_user + $copy_sys" | bc)" "$(grep -m1 '^verified' "$logs/copy.log")"

echo "== floor: raw _bulk (load $(load))"
python3 "$here/bench/opensearch/bulk-floor.py" --url "$url" --like "$index" --index floor-corpus "$corpus" | tee "$logs/floor.log"
floor_rate=$(sed -n 's/.* = \([0-9.]*\) docs\/s.*/\1/p' "$logs/floor.log")
read -r os_wall _ < "$logs/opensearch.time"
printf 'ratio to the floor: import with extraction on OpenSearch %.2fx, store:copy %.2fx\n' \
    "$(echo "$(rate "$os_wall") / $floor_rate" | bc -l)" "$(echo "$(rate "$copy_wall") / $floor_rate" | bc -l)"

echo "== search: corpus:search --limit 10, 19 queries x 20 timed rounds after 5 (load $(load))"
queries=("Interpol" "Europol" "Luong Tam Quang" "Nguyen Van An" "Nguyễn Văn An" "Đà Nẵng" '"blanchiment d’argent"'
    "escroquerie AND Moscou" "rançongiciel OR hameçonnage" "cryptomonnaie* AND NOT Interpol" "Volkof~"
    "Smirnov AND published:[2025-03-01 TO 2025-03-31]" "source:VNA AND Casablanca" "title:coopération AND Genève"
    'tag.lot:bench AND "juge d’instruction"' "Abdallah Ben Salem" "dépêche" "serveurs saisis"
    "fraude cryptomonnaies Singapour")
{
    echo 'c = ((new java.lang.StringBuilder) getClass); sys = ($c forName java.lang.System); m = ($sys getMethod nanoTime)'
    for round in $(seq 25); do
        for i in "${!queries[@]}"; do
            echo "t0 = (\$m invoke null); corpus:search --limit 10 '${queries[$i]}' > /dev/null; t1 = (\$m invoke null); echo time $round $i \$t0 \$t1"
        done
    done
} > "$scratch/search.gosh"
for store in embedded opensearch; do
    VIGIE_NO_BUILD=1 "$here/vigie" --workspace "$scratch/ws-$store" "$scratch/search.gosh" > "$logs/$store.search.log" 2>&1
    awk '$1 == "time" && $2 > 5 { print ($5 - $4) / 1e6 }' "$logs/$store.search.log" | sort -n | awk -v s="$store" \
        '{ v[NR] = $1 } END { printf "search, %-21s p50 %6.2f ms   p95 %6.2f ms   (%d timings)\n", s, v[int(NR * 0.5)], v[int(NR * 0.95)], NR }'
done
echo "== server: VmRSS $(awk '/VmRSS/ { print int($2 / 1024) }' "/proc/$server/status") MiB, peak VmHWM $(awk '/VmHWM/ { print int($2 / 1024) }' "/proc/$server/status") MiB (heap $heap MB)"
echo "load at the end: $(load)"
