#!/bin/sh
# Fresh-workspace start soak: runs `./vigie --workspace NEW -c vigie:status` RUNS times (default
# 200), each on a new workspace and under a time limit (default 60 s), and counts the runs that
# hung (killed at the limit, with a thread dump kept), exited non-zero, printed a stack trace on
# stderr or wrote one in the workspace log, or did not print the status. Ends with one summary
# line and exits 1 when any run was not clean. The failed runs' outputs stay in WORK/failed-N/.
#   bench/soak/fresh-starts.sh [RUNS]
# Environment: SOAK_WORK (default /tmp/vigie-soak-fresh), SOAK_TIMEOUT (seconds, default 60),
# VIGIE_NO_BUILD=1 to run the jar as built (otherwise ./vigie builds it when it is stale),
# VIGIE_JAVA_OPTS passed on to ./vigie, SOAK_VIGIE another launcher to run (e.g. a copy of an
# older build: its folder holds vigie, distribution/jvm.options and distribution/target/vigie.jar).
set -eu
here=$(cd "$(dirname "$0")/../.." && pwd)
vigie=${SOAK_VIGIE:-$here/vigie}
runs=${1:-200}
limit=${SOAK_TIMEOUT:-60}
work=${SOAK_WORK:-/tmp/vigie-soak-fresh}
rm -rf "$work"
mkdir -p "$work"

hangs=0 failures=0 traces=0 logtraces=0 missing=0 clean=0
total_ms=0
i=0
while [ "$i" -lt "$runs" ]; do
    i=$((i + 1))
    run="$work/run"
    rm -rf "$run"
    mkdir -p "$run"
    start=$(date +%s%N)
    status=0
    # at the limit SIGQUIT makes the JVM print its threads on stdout, and SIGKILL follows 5 s later
    timeout -s QUIT -k 5 "$limit" "$vigie" --workspace "$run/ws" -c vigie:status \
        > "$run/stdout" 2> "$run/stderr" < /dev/null || status=$?
    total_ms=$((total_ms + ($(date +%s%N) - start) / 1000000))
    problem=
    case "$status" in
        0) ;;
        124|131|137) hangs=$((hangs + 1)); problem="hung (status $status)" ;;
        *) failures=$((failures + 1)); problem="exit status $status" ;;
    esac
    if grep -q '^[[:space:]]at [a-zA-Z]' "$run/stderr"; then
        traces=$((traces + 1)); problem="$problem${problem:+, }stack trace on stderr"
    fi
    if grep -q '^[[:space:]]at [a-zA-Z]' "$run/ws/logs/vigie.log" 2>/dev/null; then
        logtraces=$((logtraces + 1)); problem="$problem${problem:+, }stack trace in the log"
    fi
    if [ "$status" -eq 0 ] && ! grep -q '^Vigie ' "$run/stdout"; then
        missing=$((missing + 1)); problem="$problem${problem:+, }no status printed"
    fi
    if [ -n "$problem" ]; then
        echo "run $i: $problem: $(head -c 300 "$run/stderr" | head -n 1)"
        mv "$run" "$work/failed-$i"
    else
        clean=$((clean + 1))
    fi
done
rm -rf "$work/run"
echo "fresh starts: $runs runs, $clean clean, $hangs hung (limit ${limit} s), $failures non-zero exits," \
    "$traces with a stack trace on stderr, $logtraces with one in the log, $missing without status;" \
    "mean $((total_ms / runs)) ms per run; load $(cut -d' ' -f1-3 /proc/loadavg)"
[ "$clean" -eq "$runs" ]
