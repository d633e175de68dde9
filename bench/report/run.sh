#!/usr/bin/env bash
# Times report:brief's service over synthetic corpora of 100, 1 000 and 10 000 documents (or the
# sizes given as arguments) and prints a Markdown table for docs/BENCHMARKS.md.
# Usage: bench/report/run.sh [SIZE ...]     (from the repository root)
set -euo pipefail
cd "$(dirname "$0")/../../bundles/report.pdf"
mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >&2
exec java -Xmx2g -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" \
  -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
  org.vigie.report.pdf.internal.BriefingBenchmark "$@"
