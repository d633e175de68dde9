#!/bin/sh
# Scores the French extractor with the real scorer on the seed articles and the dev excerpts.
# usage: bundles/entities.french/bench/score-french.sh [--verbose]   (from anywhere)
set -e
MODULE=$(cd "$(dirname "$0")/.." && pwd)
ROOT=$(cd "$MODULE/../.." && pwd)
SHARED=$(cd "$ROOT/../shared" && pwd)
OUT=${OUT:-$MODULE/target/score}
mkdir -p "$OUT"
cd "$ROOT"
if [ -z "$SKIP_BUILD" ]; then
  mvn -B -q install -DskipTests -pl bundles/entities.french
  mvn -B -q test-compile -pl bundles/entities.french
fi
CP_FILE="$OUT/classpath.txt"
[ -s "$CP_FILE" ] || mvn -B -q dependency:build-classpath -pl bundles/entities.french -Dmdep.outputFile="$CP_FILE" -Dmdep.includeScope=test
CP="$MODULE/target/classes:$MODULE/target/test-classes:$(cat "$CP_FILE")"
for set in seeds:corpus dev:corpus-dev; do
  gold=${set%%:*}; dir=${set#*:}
  java -cp "$CP" org.vigie.entities.french.internal.ScoreExport "$SHARED/$dir" "$OUT/$gold.jsonl" >/dev/null
  echo "== $gold ($dir)"
  "$SHARED/gold/score-entities" "$SHARED/gold/$gold.json" "$OUT/$gold.jsonl" "$@"
  java -cp "$CP" org.vigie.entities.french.internal.RoleCoverage "$SHARED/gold/$gold.json" "$OUT/$gold.jsonl"
done
