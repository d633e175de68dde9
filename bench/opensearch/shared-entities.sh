#!/usr/bin/env bash
# The entity index on OpenSearch (issue 14; bundles/entities.core, "On OpenSearch"), through ./vigie
# on a generated corpus (NewsCorpusGenerator, files of 1 000):
#   1. analyst A: store:use opensearch, corpus:import with extraction (results written to the
#      cluster and to A's replica): wall time, documents per second;
#   2. analyst B, another workspace on the same cluster: store:use, entities:list --top 5 (the
#      replica fetches every result: wall time), then a new Vigie on B, entities:list (nothing to
#      fetch: the start-up cost alone), and the size of B's replica and of the cluster's index;
#   3. the same import on the embedded store, for the comparison.
#   bench/opensearch/shared-entities.sh [--documents 2000] [--scratch /tmp/vigie-shared-bench]
# Environment: MAVEN_REPO (as start-node.sh). Run under nice on a shared machine.
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
documents=2000 scratch=/tmp/vigie-shared-bench per_file=1000
while [ $# -gt 0 ]; do
    case "$1" in
        --documents) documents=$2; shift 2 ;;
        --scratch) scratch=$2; shift 2 ;;
        -h|--help) sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "shared-entities: unknown option $1 (try --help)" >&2; exit 2 ;;
    esac
done
mkdir -p "$scratch" && scratch=$(cd "$scratch" && pwd)
corpus=$scratch/corpus-$documents logs=$scratch/logs url=http://127.0.0.1:9292 prefix=shared
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT
trap 'exit 130' INT TERM
rm -rf "$logs" "$scratch"/ws-* && mkdir -p "$logs"
. "$here/bench/opensearch/lib.sh"

echo "machine: $(nproc) cores, Java $(java -version 2>&1 | head -n1 | cut -d'"' -f2); load $(cut -d' ' -f1-3 /proc/loadavg)"
generate_corpus "$corpus" "$documents" "$per_file"
start_node s1 9292 9392 --heap-mb 1024
node_pid s1 > /dev/null
use="store:use opensearch --url $url --index-prefix $prefix"

# timed LABEL WORKSPACE SCRIPT: runs ./vigie, prints the wall time
timed() {
    ws=$scratch/ws-$2
    local start end
    start=$(date +%s.%N)
    vigie 3600 "$3" "$logs/$1.log" || { echo "$1 failed; see $logs/$1.log" >&2; exit 1; }
    end=$(date +%s.%N)
    python3 -c "print('%-34s %7.1f s' % ('$1', $end - $start))"
}

timed "A: import on OpenSearch" a "$use; corpus:import $corpus"
grep -m1 "^imported [0-9]" "$logs/A: import on OpenSearch.log"
timed "B: first list (fetches every result)" b "$use; entities:list --top 5"
timed "B: list in a new Vigie (no fetch)" b "entities:list --top 5"
timed "embedded: import" e "corpus:import $corpus"
diff <(sed -n '/^NAME /,$p' "$logs/B: list in a new Vigie (no fetch).log") \
    <(ws=$scratch/ws-e; vigie 600 "entities:list --top 5" /dev/stdout | sed -n '/^NAME /,$p') \
    && echo "B's list and the embedded store's list agree"
echo "results on the cluster: $(count "$url" "$prefix-entities") documents, $(curl -s "$url/_cat/indices/$prefix-entities?h=store.size")"
echo "B's replica: $(du -sh "$scratch"/ws-b/entities/opensearch-* | grep -v stamps | cut -f1 | head -1); embedded index: $(du -sh "$scratch/ws-e/entities/index" | cut -f1)"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
