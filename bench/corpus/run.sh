#!/bin/sh
# Corpus store benchmark: generates the synthetic French news corpus (10 k and 100 k articles by
# default), imports it into the store (and through the corpus importer when it is built), measures
# search latency, and runs the bare Lucene floor.
# Usage: bench/corpus/run.sh [SIZE...]     (work files in ${BENCH_WORK:-/tmp/vigie-bench-corpus})
set -eu
here=$(cd "$(dirname "$0")/../.." && pwd)
module="$here/bundles/corpus.store"
work="${BENCH_WORK:-/tmp/vigie-bench-corpus}"
mkdir -p "$work"
[ $# -gt 0 ] || set -- 10000 100000

cd "$here"
timeout 600 mvn -B -q test-compile -pl bundles/corpus.store
timeout 300 mvn -B -q dependency:build-classpath -pl bundles/corpus.store -Dmdep.includeScope=test \
    -Dmdep.outputFile="$work/classpath.txt" >/dev/null
cp="$module/target/test-classes:$module/target/classes:$(cat "$work/classpath.txt")"
# the import through the real CorpusImporter, when that bundle has been installed in the local repository
importers="$HOME/.m2/repository/org/vigie/corpus.importers/0.1.0-SNAPSHOT/corpus.importers-0.1.0-SNAPSHOT.jar"
if [ -f "$importers" ] && timeout 300 mvn -B -q dependency:build-classpath -pl bundles/corpus.importers \
        -Dmdep.outputFile="$work/importers-classpath.txt" >/dev/null 2>&1; then
    cp="$cp:$importers:$(cat "$work/importers-classpath.txt")"
fi

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), load $(cut -d' ' -f1-3 /proc/loadavg)"
exec java ${BENCH_JAVA_OPTS:--Xmx1g -XX:+UseParallelGC} -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
    -cp "$cp" org.vigie.corpus.store.internal.CorpusBenchmark "$work" "$@"
