#!/bin/sh
# The OpenSearch store's add() against OpenSearch's own _bulk of the same documents (issue 14,
# docs/BENCHMARKS.md "OpenSearch store: add against raw _bulk"), without Vigie around it: the
# store's own cost (create actions, revisions, a refresh per batch). Starts a node on port 9297
# (start-node.sh), runs StoreBulkBenchmark: three rounds of floor then store, stops the node.
# Usage: bench/opensearch/store-bulk.sh [DOCUMENTS (20000)] [BATCH (500, the importer's)]
# Environment: MAVEN_REPO (local Maven repository, default ~/.m2/repository).
set -eu
here=$(cd "$(dirname "$0")/../.." && pwd)
repo="${MAVEN_REPO:-$HOME/.m2/repository}"
work="${BENCH_WORK:-/tmp/vigie-bench-store-bulk}"
mkdir -p "$work"
cd "$here"
mvn -B -q -o -Dmaven.repo.local="$repo" -pl bundles/corpus.opensearch test-compile -DskipTests >&2
mvn -B -q -o -Dmaven.repo.local="$repo" -pl bundles/corpus.opensearch dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile="$work/classpath.txt" >/dev/null
module="$here/bundles/corpus.opensearch"
cp="$module/target/test-classes:$module/target/classes:$(cat "$work/classpath.txt")"
MAVEN_REPO="$repo" "$here/bench/opensearch/start-node.sh" --http-port 9297 --name bulk-bench > "$work/node.log" 2>&1 &
node=$!
trap 'kill $node 2>/dev/null; wait $node 2>/dev/null' EXIT
until grep -q " up at " "$work/node.log"; do
    kill -0 $node 2>/dev/null || { cat "$work/node.log" >&2; exit 1; }
    sleep 1
done
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), load $(cut -d' ' -f1-3 /proc/loadavg)"
java -Xmx1g -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$cp" \
    org.vigie.corpus.opensearch.internal.StoreBulkBenchmark http://127.0.0.1:9297 "${1:-20000}" "${2:-500}"
