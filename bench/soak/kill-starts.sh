#!/bin/sh
# Kill-during-start soak: installs a plugin in a workspace, then RUNS times (default 30) starts
# `./vigie -c vigie:status`, kills it with kill -9 after a random 0.2 to SOAK_KILL_MAX seconds
# (default 4), and starts it again cleanly with `plugins:list`. Every third killed start first
# removes the framework cache's stamp, so that it rebuilds the cache (as after a new
# distribution) and the kill can land while bundles are being installed. A clean start must exit
# 0, print no stack trace (stdout, stderr, or what it added to the workspace log), no Felix
# "Error reloading cached bundle", and still list the plugin ACTIVE. Ends with one summary line
# and exits 1 when any clean start was not clean; their outputs stay in WORK/failed-N/.
#   bench/soak/kill-starts.sh [RUNS]
# Environment: SOAK_WORK (default /tmp/vigie-soak-kill-starts), SOAK_PLUGIN (a plugin jar;
# default examples/ioc-extractor's, built by the main build), SOAK_KILL_MAX (seconds),
# VIGIE_NO_BUILD=1 to run the jar as built, SOAK_VIGIE another launcher to run (e.g. a copy of an
# older build: its folder holds vigie, distribution/jvm.options and distribution/target/vigie.jar).
set -eu
here=$(cd "$(dirname "$0")/../.." && pwd)
vigie=${SOAK_VIGIE:-$here/vigie}
runs=${1:-30}
kill_max=${SOAK_KILL_MAX:-4}
work=${SOAK_WORK:-/tmp/vigie-soak-kill-starts}
plugin=${SOAK_PLUGIN:-$(ls "$here"/examples/ioc-extractor/target/ioc-extractor-*.jar 2>/dev/null | head -n 1)}
[ -f "$plugin" ] || { echo "kill-starts: no plugin jar (build examples/ioc-extractor or set SOAK_PLUGIN)" >&2; exit 2; }
rm -rf "$work"
mkdir -p "$work"
ws="$work/ws"
bsn=$(unzip -p "$plugin" META-INF/MANIFEST.MF | sed -n 's/^Bundle-SymbolicName: *\([^;[:space:]]*\).*/\1/p')

"$vigie" --workspace "$ws" -c "plugins:install $plugin" > "$work/install.out" 2>&1 < /dev/null \
    || { echo "kill-starts: cannot install $plugin:"; cat "$work/install.out"; exit 2; }

has_trace() {
    grep -q -e '^[[:space:]]*at [a-zA-Z]' -e 'Error reloading cached bundle' "$@" 2>/dev/null
}

killed=0 finished=0 rebuilt=0 clean=0 bad=0
i=0
while [ "$i" -lt "$runs" ]; do
    i=$((i + 1))
    [ $((i % 3)) -ne 0 ] || rm -f "$ws/cache/framework.stamp"
    delay=$(awk -v seed="$$$i" -v max="$kill_max" 'BEGIN { srand(seed); printf "%.2f", 0.2 + rand() * (max - 0.2) }')
    # batch mode execs java: $! is the JVM itself
    "$vigie" --workspace "$ws" -c vigie:status > "$work/killed.out" 2>&1 < /dev/null &
    pid=$!
    sleep "$delay"
    if kill -9 "$pid" 2>/dev/null; then killed=$((killed + 1)); else finished=$((finished + 1)); fi
    wait "$pid" 2>/dev/null || true

    run="$work/run"
    rm -rf "$run"
    mkdir -p "$run"
    logged=$(wc -c < "$ws/logs/vigie.log" 2>/dev/null || echo 0)
    status=0
    timeout -k 5 120 "$vigie" --workspace "$ws" -c plugins:list > "$run/stdout" 2> "$run/stderr" < /dev/null \
        || status=$?
    tail -c +"$((logged + 1))" "$ws/logs/vigie.log" > "$run/log" 2>/dev/null || true
    ! grep -q 'rebuilding it from the distribution' "$run/stderr" || rebuilt=$((rebuilt + 1))
    problem=
    [ "$status" -eq 0 ] || problem="exit status $status"
    if has_trace "$run/stdout" "$run/stderr" "$run/log"; then problem="$problem${problem:+, }stack trace"; fi
    if ! grep -q "$bsn .*ACTIVE" "$run/stdout"; then problem="$problem${problem:+, }plugin $bsn not listed ACTIVE"; fi
    if [ -n "$problem" ]; then
        bad=$((bad + 1))
        echo "run $i (killed after $delay s): $problem"
        cp "$work/killed.out" "$run/" && mv "$run" "$work/failed-$i"
    else
        clean=$((clean + 1))
    fi
done
rm -rf "$work/run"
echo "kill during start: $runs runs ($killed killed, $finished finished before the kill), $clean clean" \
    "restarts, $bad not clean, $rebuilt rebuilt the framework cache; load $(cut -d' ' -f1-3 /proc/loadavg)"
[ "$clean" -eq "$runs" ]
