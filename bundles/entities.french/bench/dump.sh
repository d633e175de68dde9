#!/bin/sh
# Prints the French extractor's annotations for the given text files (after score-french.sh built it).
MODULE=$(cd "$(dirname "$0")/.." && pwd)
CP="$MODULE/target/classes:$MODULE/target/test-classes:$(cat "$MODULE/target/score/classpath.txt")"
exec java -cp "$CP" org.vigie.entities.french.internal.DumpAnnotations "$@"
