#!/bin/sh
# Experiment, not the product: an averaged perceptron over the capitalised spans the rules leave
# unannotated, trained on the held-out sets named after the first, scored on the first
# (SecondOpinionExperiment). Usage (after score-french.sh or throughput-french.sh built the module):
#   bundles/entities.french/bench/second-opinion.sh holdout7.json holdout.json holdout-2.json ...
MODULE=$(cd "$(dirname "$0")/.." && pwd)
CP="$MODULE/target/classes:$MODULE/target/test-classes:$(cat "$MODULE/target/score/classpath.txt")"
exec java ${MARGIN:+-Dmargin=$MARGIN} -cp "$CP" org.vigie.entities.french.internal.SecondOpinionExperiment "$@"
