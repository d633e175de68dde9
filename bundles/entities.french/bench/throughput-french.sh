#!/bin/sh
# Throughput of the French extractor, single thread, over the seed articles and dev excerpts
# repeated to ${MB:-50} MB of text. Usage: bundles/entities.french/bench/throughput-french.sh
set -e
MODULE=$(cd "$(dirname "$0")/.." && pwd)
ROOT=$(cd "$MODULE/../.." && pwd)
SHARED=$(cd "$ROOT/../shared" && pwd)
OUT=$MODULE/target/score
mkdir -p "$OUT"
cd "$ROOT"
if [ -z "$SKIP_BUILD" ]; then
  mvn -B -q install -DskipTests -pl bundles/entities.french
  mvn -B -q test-compile -pl bundles/entities.french
fi
[ -s "$OUT/classpath.txt" ] || mvn -B -q dependency:build-classpath -pl bundles/entities.french -Dmdep.outputFile="$OUT/classpath.txt" -Dmdep.includeScope=test
CP="$MODULE/target/classes:$MODULE/target/test-classes:$(cat "$OUT/classpath.txt")"
java -Xmx512m -cp "$CP" org.vigie.entities.french.internal.ThroughputBenchmark --mb "${MB:-50}" "$SHARED/corpus" "$SHARED/corpus-dev"
