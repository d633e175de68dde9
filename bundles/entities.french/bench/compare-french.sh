#!/bin/sh
# Compares the working tree's French extractor with the one of an earlier commit: first the output
# (every annotation of the seeds, dev excerpts, fixtures and holdout files, DumpAnnotations, cmp),
# then the single-thread throughput (ThroughputBenchmark), runs alternated so both see the same
# machine load. Usage (after score-french.sh or throughput-french.sh built the module):
#   bundles/entities.french/bench/compare-french.sh COMMIT [RUNS]     (MB=50 by default)
set -e
BASE=${1:?usage: compare-french.sh COMMIT [RUNS]}
RUNS=${2:-3}
MODULE=$(cd "$(dirname "$0")/.." && pwd)
ROOT=$(cd "$MODULE/../.." && pwd)
SHARED=$(cd "$ROOT/../shared" && pwd)
DEPS=$(cat "$MODULE/target/score/classpath.txt")
OLD=$(mktemp -d)
trap 'rm -rf "$OLD"' EXIT
cd "$ROOT"
git archive "$BASE" bundles/entities.french | tar -x -C "$OLD"
OLD_MODULE=$OLD/bundles/entities.french
mkdir -p "$OLD_MODULE/target/classes" "$OLD_MODULE/target/test-classes"
javac -nowarn -d "$OLD_MODULE/target/classes" -cp "$DEPS" $(find "$OLD_MODULE/src/main/java" -name '*.java') 2>&1 | grep -v '^Note:' || true
cp -r "$OLD_MODULE/src/main/resources/." "$OLD_MODULE/target/classes/"
# the working tree's test tools (DumpAnnotations, ThroughputBenchmark) run both versions
javac -nowarn -d "$OLD_MODULE/target/test-classes" -cp "$OLD_MODULE/target/classes:$DEPS" \
    "$MODULE/src/test/java/org/vigie/entities/french/internal/DumpAnnotations.java" \
    "$MODULE/src/test/java/org/vigie/entities/french/internal/ThroughputBenchmark.java" \
    "$MODULE/src/test/java/org/vigie/entities/french/internal/SampleDocuments.java" 2>&1 | grep -v '^Note:' || true
FILES="$SHARED/corpus/*.txt $SHARED/corpus-dev/d*.txt $MODULE/src/test/resources/fixtures/*.txt $MODULE/src/test/resources/holdout/*.txt"
for side in old new; do
  dir=$MODULE; [ "$side" = old ] && dir=$OLD_MODULE
  # shellcheck disable=SC2086
  java -cp "$dir/target/classes:$dir/target/test-classes:$DEPS" org.vigie.entities.french.internal.DumpAnnotations $FILES > "$OLD/$side.dump"
done
if cmp "$OLD/old.dump" "$OLD/new.dump"; then
  echo "output: identical ($(wc -l < "$OLD/new.dump") lines)"
else
  diff "$OLD/old.dump" "$OLD/new.dump" | head -20
fi
i=0
while [ "$i" -lt "$RUNS" ]; do
  for side in old new; do
    dir=$MODULE; [ "$side" = old ] && dir=$OLD_MODULE
    printf '%s %s (%s) ' "$side" "$(uptime | sed 's/.*load average: //')" "$([ "$side" = old ] && echo "$BASE" || echo tree)"
    java -Xmx512m -cp "$dir/target/classes:$dir/target/test-classes:$DEPS" \
        org.vigie.entities.french.internal.ThroughputBenchmark --mb "${MB:-50}" "$SHARED/corpus" "$SHARED/corpus-dev"
  done
  i=$((i + 1))
done
