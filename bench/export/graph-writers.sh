#!/bin/sh
# Vigie's streaming GraphML writer against jgrapht-io 1.5.3's GraphMLExporter on the same synthetic
# graph (issue 13: "choose by measurement and bundle fit"). Each run in its own JVM (-Xmx1g).
# Usage: bench/export/graph-writers.sh [NODES [EDGES]]   (default 50 000 and 500 000; needs an
# install of bundles/export and jgrapht-io 1.5.3 with its dependencies in the Maven repository)
set -eu
here=$(cd "$(dirname "$0")/../.." && pwd)
repo="${MAVEN_REPO:-$HOME/.m2/repository}"
v="${1:-50000}"
e="${2:-500000}"
work="${BENCH_WORK:-/tmp/vigie-bench-graph-writers}"
rm -rf "$work" && mkdir -p "$work/classes"
cp=$here/bundles/export/target/classes
for jar in org/jgrapht/jgrapht-core/1.5.3/jgrapht-core-1.5.3.jar org/jgrapht/jgrapht-io/1.5.3/jgrapht-io-1.5.3.jar \
    org/jheaps/jheaps/0.14/jheaps-0.14.jar org/apfloat/apfloat/1.14.0/apfloat-1.14.0.jar \
    org/apache/commons/commons-text/1.14.0/commons-text-1.14.0.jar org/apache/commons/commons-lang3/3.18.0/commons-lang3-3.18.0.jar \
    org/antlr/antlr4-runtime/4.13.2/antlr4-runtime-4.13.2.jar; do
    cp=$cp:$repo/$jar
done
cp=$cp:$(ls "$repo"/org/vigie/export.api/*/export.api-*.jar | head -n 1):$(ls "$repo"/org/vigie/entities.api/*/entities.api-*.jar | head -n 1)
javac -d "$work/classes" -cp "$cp" "$here/bench/export/GraphWriterBench.java"
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
for mode in sink jgrapht; do
    /usr/bin/time -f "  %e s wall, %M KiB peak RSS" java -Xmx1g -cp "$work/classes:$cp" \
        org.vigie.export.internal.graph.GraphWriterBench "$mode" "$v" "$e" "$work/$mode.graphml"
done
