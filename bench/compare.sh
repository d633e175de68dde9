#!/usr/bin/env bash
# Vigie side by side with its floors, in one run on one machine (issue 16), ratios printed:
#  - import: `./vigie -c "corpus:import DIR"` (extraction on) against raw Lucene 9.12 indexing the
#    same JSON Lines (bench/compare/LuceneFloor.java: French analysis, nothing else);
#  - start-up: whole process `./vigie -c vigie:status` on the warm workspace against bare Felix
#    7.0.5 + Gogo (`printf 'lb\n' | java -jar bin/felix.jar`), alternated runs, medians;
#  - search: `corpus:search --limit 10` per query kind inside one Vigie process against raw Lucene
#    on its index of the same documents (parsed, every hit counted, top 10 read back).
# Usage: bench/compare.sh [N] [RUNS]   N articles (default 10000; 100000 for the issue's figure),
# RUNS runs per start-up and search figure (default 5). Needs a built distribution, python3, mvn.
# Work files in ${BENCH_WORK:-/tmp/vigie-bench-compare}; BENCH_MVN_ARGS are added to mvn (e.g.
# -Dmaven.repo.local=DIR).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
n=${1:-10000}
runs=${2:-5}
work=${BENCH_WORK:-/tmp/vigie-bench-compare}
[ -f "$here/distribution/target/vigie.jar" ] || { echo "build first: mvn -B install -DskipTests" >&2; exit 1; }
rm -rf "$work" && mkdir -p "$work/logs" "$work/lib" "$work/felix/bin" "$work/felix/bundle" "$work/felix/conf" "$work/corpus"

fetch() {  # group:artifact:version -> DIR
    mvn -B -q -Dstyle.color=never ${BENCH_MVN_ARGS:-} dependency:copy -Dartifact="$1" -DoutputDirectory="$2" \
        > "$work/logs/mvn.log" 2>&1 || { cat "$work/logs/mvn.log" >&2; exit 1; }
}
for a in lucene-core lucene-analysis-common lucene-queryparser lucene-queries; do
    fetch "org.apache.lucene:$a:9.12.3" "$work/lib"
done
fetch com.fasterxml.jackson.core:jackson-core:2.23.0 "$work/lib"
fetch org.apache.felix:org.apache.felix.main:7.0.5 "$work/felix/bin"
mv "$work/felix/bin/"*.jar "$work/felix/bin/felix.jar"
# JLine 3.26: with 3.21 a piped (dumb, width 0) terminal spins in the prompt and never reads `lb`
for a in org.apache.felix:org.apache.felix.gogo.runtime:1.1.6 org.apache.felix:org.apache.felix.gogo.jline:1.1.8 \
        org.apache.felix:org.apache.felix.gogo.command:1.1.2 org.jline:jline:3.26.3; do
    fetch "$a" "$work/felix/bundle"
done
printf 'felix.auto.deploy.action=install,start\nfelix.log.level=1\n' > "$work/felix/conf/config.properties"
cp=$(printf '%s:' "$work"/lib/*.jar)
javac -d "$work/classes" -cp "$cp" "$here/bench/compare/LuceneFloor.java"
cp="$cp$work/classes"

load() { cut -d' ' -f1-3 /proc/loadavg; }
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), java $(java -version 2>&1 | head -1 | cut -d'"' -f2), load $(load)"

# the corpus: the export benchmark's generator, in files of 10 000 lines
python3 "$here/bench/export/synthetic-corpus.py" "$n" "$work/all.jsonl"
split -l 10000 -d -a 2 --additional-suffix=.jsonl "$work/all.jsonl" "$work/corpus/part-"
rm "$work/all.jsonl"
echo "corpus: $n articles, $(ls "$work/corpus" | wc -l) files, $(du -sm "$work/corpus" | cut -f1) MB"

export VIGIE_NO_BUILD=1
timed() {  # OUT CMD...: wall seconds, CPU seconds, peak RSS MiB of the whole process into OUT
    local out=$1; shift
    local log="$work/logs/${out##*/}"
    /usr/bin/time -f '%e %U %S %M' -o "$log.t" "$@" > "$log.log" 2>&1 || { echo "failed: $*" >&2; tail -5 "$log.log" >&2; exit 1; }
    awk '{ printf "%.2f %.2f %.0f\n", $1, $2 + $3, $4 / 1024 }' "$log.t" > "$out"
}
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

echo
echo "== import ($n articles; load $(load))"
timed "$work/import.vigie" "$here/vigie" --workspace "$work/ws" -c "corpus:import $work/corpus"
read -r vw vc vr < "$work/import.vigie"
timed "$work/import.lucene" java -Xmx1g -cp "$cp" LuceneFloor index "$work/corpus" "$work/lucene"
read -r lw lc lr < "$work/import.lucene"
printf '%-44s %8s %8s %9s %10s\n' "(whole process)" "wall s" "CPU s" "RSS MiB" "index MiB"
printf '%-44s %8s %8s %9s %10s\n' "vigie corpus:import, extraction on" "$vw" "$vc" "$vr" "$(du -scm "$work/ws/store" "$work/ws/entities" | tail -1 | cut -f1)"
printf '%-44s %8s %8s %9s %10s\n' "raw Lucene indexing, no extraction" "$lw" "$lc" "$lr" "$(du -sm "$work/lucene" | cut -f1)"
echo "ratio vigie/lucene: wall $(ratio "$vw" "$lw"), CPU $(ratio "$vc" "$lc")"

echo
echo "== start-up, warm workspace ($runs alternated runs; load $(load))"
"$here/vigie" --workspace "$work/ws" -c vigie:status > /dev/null
(cd "$work/felix" && printf 'lb\n' | java -jar bin/felix.jar > /dev/null 2>&1)
for i in $(seq "$runs"); do
    timed "$work/start.vigie.$i" "$here/vigie" --workspace "$work/ws" -c vigie:status
    (cd "$work/felix" && timed "$work/start.felix.$i" sh -c "printf 'lb\n' | java -jar bin/felix.jar")
    grep -q 'Gogo Runtime' "$work/logs/start.felix.$i.log" || { echo "bare Felix printed no lb" >&2; exit 1; }
done
sv=$(cat "$work"/start.vigie.[0-9]* | cut -d' ' -f1 | median); sf=$(cat "$work"/start.felix.[0-9]* | cut -d' ' -f1 | median)
rv=$(cat "$work"/start.vigie.[0-9]* | cut -d' ' -f3 | median); rf=$(cat "$work"/start.felix.[0-9]* | cut -d' ' -f3 | median)
printf '%-44s %8s %9s\n' "" "wall s" "RSS MiB"
printf '%-44s %8s %9s\n' "./vigie -c vigie:status" "$sv" "$rv" "bare Felix 7.0.5 + Gogo, lb" "$sf" "$rf"
echo "ratio vigie/felix (medians): wall $(ratio "$sv" "$sf"), RSS $(ratio "$rv" "$rf")"

echo
# a query of each kind on the generated corpus (bench/export/synthetic-corpus.py's words)
kinds=("term=rançongiciel" "AND=Europol AND Manille" 'phrase="coopération judiciaire"' "folded-name=Luong Cuong")
warmup=30 timed_queries=100
echo "== search, per query kind ($timed_queries timed after $warmup warm-up queries; load $(load))"
java -cp "$cp" LuceneFloor search "$work/lucene" "$warmup" "$timed_queries" "${kinds[@]}" > "$work/search.lucene"
# In-process figures of the floor (warm, its thread's CPU), then both sides measured alike: one
# process runs W, another W+K queries of a kind, (median(W+K) - median(W)) / K is a query's cost
# with what a fresh JVM spends on it (JIT compilation); Vigie's prints its 10 hits with snippets
per_query() {  # FIELD WHO: (median of the W+K runs - median of the W runs) / K, in ms
    local w k
    w=$(cat "$work/search.$name.$warmup.$2".[0-9]* | cut -d' ' -f"$1" | median)
    k=$(cat "$work/search.$name.$((warmup + timed_queries)).$2".[0-9]* | cut -d' ' -f"$1" | median)
    awk -v w="$w" -v k="$k" -v n="$timed_queries" 'BEGIN { printf "%.2f", (k - w) * 1000 / n }'
}
printf '%-12s %6s | %-22s | %-15s | %-15s | %s\n' "" "" "raw Lucene, in-process" "raw Lucene" "vigie" "vigie/lucene"
printf '%-12s %6s | %6s %7s %7s | %7s %7s | %7s %7s | %6s %6s\n' kind hits p50 mean CPU wall CPU wall CPU wall CPU
for kind in "${kinds[@]}"; do
    name=${kind%%=*} query=${kind#*=}
    for count in "$warmup" $((warmup + timed_queries)); do
        for i in $(seq "$count"); do printf "corpus:search --limit 10 '%s'\n" "$query"; done > "$work/search.$name.$count.gosh"
    done
    for i in $(seq "$runs"); do
        for count in "$warmup" $((warmup + timed_queries)); do
            timed "$work/search.$name.$count.vigie.$i" "$here/vigie" --workspace "$work/ws" "$work/search.$name.$count.gosh"
            timed "$work/search.$name.$count.lucene.$i" java -cp "$cp" LuceneFloor search "$work/lucene" 0 "$count" "$kind"
        done
    done
    vwall=$(per_query 1 vigie) vcpu=$(per_query 2 vigie) fwall=$(per_query 1 lucene) fcpu=$(per_query 2 lucene)
    read -r _ lp50 lmean lcpu hits < <(grep "^$name " "$work/search.lucene")
    printf '%-12s %6s | %6s %7s %7s | %7s %7s | %7s %7s | %6s %6s\n' "$name" "$hits" "$lp50" "$lmean" "$lcpu" \
        "$fwall" "$fcpu" "$vwall" "$vcpu" "$(ratio "$vwall" "$fwall")" "$(ratio "$vcpu" "$fcpu")"
done
echo "(ms a query; the last four pairs are whole-process differences: wall, and CPU of all the process's threads)"
echo "load at the end: $(load)"
