#!/bin/sh
# The web workbench's speed on a synthetic corpus: time to first byte and to a rendered page for
# each view, and the graph's fCoSE layout time at 500 nodes, in headless Chromium (Debian chromium +
# chromium-driver) against ./vigie -c web:serve.
#   bench/web/run.sh [DOCUMENTS] [RUNS]      (default 10000 documents, 5 runs; work in ${BENCH_WORK:-/tmp/vigie-bench-web})
# Needs a built tree (mvn install -DskipTests); BENCH_MAVEN_OPTS is added to each mvn call (e.g.
# "-o -Dmaven.repo.local=DIR"). The workspace is made once per size and kept:
# synthetic French news from NewsCorpusGenerator, imported and extracted by ./vigie.
set -eu
here=$(cd "$(dirname "$0")/../.." && pwd)
documents=${1:-10000}
runs=${2:-5}
work="${BENCH_WORK:-/tmp/vigie-bench-web}"
mkdir -p "$work"
cd "$here"
for module in corpus.store itests; do
    # shellcheck disable=SC2086
    mvn -B -q ${BENCH_MAVEN_OPTS:-} -pl "bundles/$module" test-compile dependency:build-classpath -Dmdep.includeScope=test \
        -Dmdep.outputFile="$work/$module.classpath" > /dev/null
done
store=bundles/corpus.store/target
itests=bundles/itests/target
ws="$work/ws-$documents"
if [ ! -f "$ws/.prepared" ]; then
    rm -rf "$ws"
    java -cp "$store/test-classes:$store/classes:$(cat "$work/corpus.store.classpath")" \
        org.vigie.corpus.store.internal.NewsCorpusGenerator "$work/news-$documents.jsonl" "$documents"
    start=$(date +%s)
    VIGIE_NO_BUILD=1 ./vigie --workspace "$ws" -c "corpus:import $work/news-$documents.jsonl; entities:extract --all" > "$work/prepare.log"
    echo "prepared $documents documents in $(( $(date +%s) - start )) s"
    touch "$ws/.prepared"
fi
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "chromium: $(chromium --version 2>/dev/null || echo absent)"
exec java -Dvigie.repo="$here" -cp "$itests/test-classes:$(cat "$work/itests.classpath")" \
    org.vigie.itests.e2e.WebBenchmark "$ws" "$runs"
