#!/bin/sh
# Time of one extraction over large and hostile documents (2 MB of news, a 1 MB token, 100 000
# brackets, ...). Usage: bundles/entities.french/bench/hostile-french.sh (after score-french.sh).
MODULE=$(cd "$(dirname "$0")/.." && pwd)
SHARED=$(cd "$MODULE/../../../shared" && pwd)
CP="$MODULE/target/classes:$MODULE/target/test-classes:$(cat "$MODULE/target/score/classpath.txt")"
exec java -Xmx1g -cp "$CP" org.vigie.entities.french.internal.HostileInputBenchmark "$SHARED/corpus" "$SHARED/corpus-dev"
