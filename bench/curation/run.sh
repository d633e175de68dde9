#!/bin/sh
# Curation throughput: entities:list (top 20, described) over a synthetic workspace of N documents
# (100 000 by default, extracted once by the stand-in 'capitalised' extractor and kept in
# ${BENCH_WORK:-/tmp/vigie-bench-curation}), with 0 and then D decisions of the analyst in force
# (1 000 by default: merges, renames, retypes, rejects, splits, rejects in one document), each
# cold (first question in a fresh JVM, index just opened) and warm (median of the next runs).
#   bench/curation/run.sh [DOCUMENTS] [DECISIONS]      (MAVEN_ARGS passes e.g. -o -Dmaven.repo.local=...)
set -eu
cd "$(dirname "$0")/../.."
documents=${1:-100000}
decisions=${2:-1000}
work="${BENCH_WORK:-/tmp/vigie-bench-curation}/$documents"
module=bundles/entities.core
lib=$module/target/bench-lib
rm -rf "$lib" && mkdir -p "$lib"
# shellcheck disable=SC2086
timeout 600 mvn -B -q ${MAVEN_ARGS:-} -pl "$module" test-compile
# shellcheck disable=SC2086
if timeout 600 mvn -B -q ${MAVEN_ARGS:-} -pl "$module" dependency:build-classpath \
        -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath > /dev/null 2>&1; then
    for jar in $(tr ':' ' ' < "$module/target/bench.classpath"); do cp "$jar" "$lib/"; done
else # no dependency plugin in the local repository (offline): the reactor's jars and the few libraries
    repo=${M2_REPO:-$HOME/.m2/repository}
    for m in core.api corpus.api entities.api lucene test-support; do cp bundles/$m/target/$m-*[0-9T].jar "$lib/"; done
    find "$repo/com/fasterxml/jackson/core" "$repo/org/slf4j/slf4j-api/1.7.36" "$repo/org/slf4j/slf4j-simple/1.7.36" \
        -name '*.jar' ! -name '*sources*' | grep -E '2\.23(\.0)?/|1\.7\.36' | xargs -I{} cp {} "$lib/"
fi
jvm=$(sed -e 's/#.*//' distribution/jvm.options | tr '\n' ' ')
run() {
    # shellcheck disable=SC2086
    timeout 3600 java $jvm -Xmx1g ${BENCH_JAVA_OPTS:-} -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
        -cp "$module/target/test-classes:$module/target/classes:$lib/*" \
        org.vigie.entities.core.internal.index.CurationBenchmark "$@"
}
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), load $(cut -d' ' -f1-3 /proc/loadavg), java $(java -version 2>&1 | head -n 1)"
mkdir -p "$work"
run build "$work" "$documents"
[ -f "$work/decisions.tsv" ] && [ "$(wc -l < "$work/decisions.tsv")" -ge "$decisions" ] || run decisions "$work" "$decisions"
run list "$work" 0
run list "$work" "$decisions"
echo "index $(du -sh "$work/entities" | cut -f1), load after $(cut -d' ' -f1-3 /proc/loadavg)"
