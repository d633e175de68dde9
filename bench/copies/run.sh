#!/bin/sh
# Copy detector precision/recall: makes syndicated copies (headline rewritten, date line, lead cut,
# paragraph dropped or added, typos, boilerplate) of the real texts in ../shared/corpus and
# ../shared/corpus-dev at run time (nothing of them is kept in the repository), then measures how
# the store's MinHash signatures and LSH clusters tell copies from other stories on the same topic.
# Usage: bench/copies/run.sh [--threshold T] [FOLDER...]   (MAVEN_OPTS=-Dmaven.repo.local=... to pick a local repo)
set -eu
here=$(cd "$(dirname "$0")/../.." && pwd)
module="$here/bundles/lucene"
work="${BENCH_WORK:-/tmp/vigie-bench-copies}"
mkdir -p "$work"
threshold=
if [ "${1:-}" = "--threshold" ]; then threshold="--threshold $2"; shift 2; fi
[ $# -gt 0 ] || set -- "$here/../shared/corpus" "$here/../shared/corpus-dev"
for folder in "$@"; do
    [ -d "$folder" ] || { echo "bench/copies: no folder $folder (the shared texts sit beside the repository)" >&2; exit 2; }
done

cd "$here"
timeout 600 mvn -B -q test-compile -pl bundles/lucene
timeout 300 mvn -B -q dependency:build-classpath -pl bundles/lucene -Dmdep.includeScope=test \
    -Dmdep.outputFile="$work/classpath.txt" >/dev/null
exec java -cp "$module/target/test-classes:$module/target/classes:$(cat "$work/classpath.txt")" \
    org.vigie.lucene.copies.CopyBenchmark $threshold "$@"
