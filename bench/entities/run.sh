#!/bin/sh
# Throughput of the extraction pipeline (extract + merge + sentence split + Lucene index + commit)
# over a synthetic corpus of French news. Rerunnable; prints MB/s per core and heap after GC.
# The JVM options of ./vigie (distribution/jvm.options). --phases first times each stage on one thread.
#   bench/entities/run.sh [--documents N] [--extractor noop|capitalised|PATH.jar]
# Without --extractor it uses the French extractor jar from bundles/entities.french/target when
# that jar holds an EntityExtractor class, else the stand-in regex extractor 'capitalised'.
set -eu
cd "$(dirname "$0")/../.."
module=bundles/entities.core
timeout 600 mvn -B -q -pl "$module" test-compile dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
extractor=capitalised
french=$(ls bundles/entities.french/target/entities.french-*.jar 2>/dev/null | grep -v sources | head -n 1 || true)
if [ -n "$french" ] && unzip -p "$french" 'OSGI-INF/*.xml' 2>/dev/null | grep -q 'org.vigie.entities.api.EntityExtractor'; then
    extractor=$french
fi
# Copy the jars: another build installing a snapshot into ~/.m2 mid-run would pull them from under the JVM.
lib=$module/target/bench-lib
rm -rf "$lib" && mkdir -p "$lib"
for jar in $(tr ':' ' ' < "$module/target/bench.classpath"); do cp "$jar" "$lib/"; done
case " $* " in *" --extractor "*) extractor_arg="" ;; *) extractor_arg="--extractor $extractor" ;; esac
# shellcheck disable=SC2086
# the launcher's JVM options (distribution/jvm.options), then BENCH_JAVA_OPTS
jvm=$(sed -e 's/#.*//' distribution/jvm.options | tr '\n' ' ')
# shellcheck disable=SC2086
exec timeout 1200 java $jvm -Xmx1g ${BENCH_JAVA_OPTS:-} -cp "$module/target/test-classes:$module/target/classes:$lib/*" \
    org.vigie.entities.core.internal.index.PipelineBenchmark $extractor_arg "$@"
