#!/usr/bin/env bash
# Two-node OpenSearch soak (issue 14). Runs a two-node cluster on loopback (bench/opensearch/
# start-node.sh; the corpus index with one replica), points a fresh workspace at
# it with store:use, imports a generated corpus through ./vigie, and kill -9's the node Vigie does
# not talk to (the one that is not the elected cluster manager: a two-node cluster keeps one
# voter) once part of the corpus is in. Then it checks:
#   1. nothing acknowledged is lost: the index holds at least every document Vigie reported
#      stored (the "imported|unchanged FILE (N documents)" lines);
#   2. the import completed, or Vigie said what to re-run: then the script re-runs that very
#      command and the index must hold the whole corpus;
#   3. the killed node, started again on its data, rejoins and the cluster holds the whole corpus.
# Exits non-zero on any failure. Rerunnable; the corpus is cached in the scratch folder.
#   bench/opensearch/two-nodes-soak.sh [--documents N] [--kill-at N] [--kill other|contact]
#                                      [--scratch DIR] [--keep]
#   --documents 5000 (in files of 500), --kill-at N (documents in the index when the node is
#   killed, default a third of the corpus), --kill contact kills the node Vigie talks to, the
#   cluster manager, instead (the cluster is unavailable until it is started again), --scratch /tmp/vigie-os-soak, --keep keep the
#   workspace and node data. Environment: MAVEN_REPO (as start-node.sh).
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
documents=5000 per_file=500 kill_at= scratch=/tmp/vigie-os-soak keep=false kill=other
while [ $# -gt 0 ]; do
    case "$1" in
        --documents) documents=$2; shift 2 ;;
        --kill-at) kill_at=$2; shift 2 ;;
        --kill) kill=$2; shift 2 ;;
        --scratch) scratch=$2; shift 2 ;;
        --keep) keep=true; shift ;;
        -h|--help) sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "two-nodes-soak: unknown option $1 (try --help)" >&2; exit 2 ;;
    esac
done
kill_at=${kill_at:-$((documents / 3))}
mkdir -p "$scratch" && scratch=$(cd "$scratch" && pwd)
corpus=$scratch/corpus-$documents ws=$scratch/workspace logs=$scratch/logs
prefix=soak
failures=0 pids=()
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    $keep || rm -rf "$ws" "$scratch"/data-*
}
trap cleanup EXIT
trap 'exit 130' INT TERM
rm -rf "$ws" "$logs" "$scratch"/data-* && mkdir -p "$logs"

. "$here/bench/opensearch/lib.sh"
# documents Vigie reported stored: the "imported|unchanged FILE (N documents)" lines of a log
reported() {
    grep -E '^(imported|unchanged) .*\.jsonl' "$1" | sed -E 's/.*\(([0-9]+) documents\)$/\1/;t;s/.*/1/' \
        | awk '{s += $1} END {print s + 0}'
}

generate_corpus "$corpus" "$documents" "$per_file"
echo "corpus: $corpus ($documents documents)"

# start_soak_node NAME HTTP TRANSPORT OTHER_TRANSPORT
start_soak_node() {
    mkdir -p "$scratch/data-$1"
    start_node "$1" "$2" "$3" --cluster vigie-soak --seed-hosts "127.0.0.1:$4" --cluster-managers n1,n2 \
        --data "$scratch/data-$1" --heap-mb 768
}
start_soak_node n1 9281 9381 9382
start_soak_node n2 9282 9382 9381
pid1=$(node_pid n1) pid2=$(node_pid n2)
for _ in $(seq 60); do [ "$(health http://127.0.0.1:9281 2>/dev/null)" = "green 2" ] && break; sleep 1; done
echo "cluster: $(health http://127.0.0.1:9281)"
manager=$(curl -s "http://127.0.0.1:9281/_cat/cluster_manager?h=node" | tr -d '[:space:]')
if [ "$manager" = n1 ]; then url=http://127.0.0.1:9281 other=n2; else url=http://127.0.0.1:9282 other=n1; fi
if [ "$kill" = contact ]; then victim=$manager; else victim=$other; fi
if [ "$victim" = n1 ]; then victim_pid=$pid1 victim_ports="9281 9381 9382"; else victim_pid=$pid2 victim_ports="9282 9382 9381"; fi
echo "cluster manager: $manager; Vigie talks to $url; $victim will be killed at $kill_at documents"

vigie 120 "store:use opensearch --url $url --index-prefix $prefix" "$logs/use.log" || fail "store:use: $(tail -n 1 "$logs/use.log")"
import="corpus:import $corpus"
start=$(date +%s)
( code=0; vigie 1800 "$import" "$logs/import.log" || code=$?; echo "$code" > "$logs/import.status" ) &
importer=$!
# the store makes its index at the first batch (one replica by default): one replica it must have
replicas=
while kill -0 "$importer" 2>/dev/null && [ "$(count "$url" "$prefix-corpus")" -lt "$kill_at" ]; do
    if [ -z "$replicas" ] && [ "$(count "$url" "$prefix-corpus")" -gt 0 ]; then
        curl -s -XPUT "$url/$prefix-corpus/_settings" -H 'Content-Type: application/json' \
            -d '{"index":{"number_of_replicas":1}}' > /dev/null
        replicas=$(curl -s "$url/$prefix-corpus/_settings" | json "list(d.values())[0]['settings']['index']['number_of_replicas']")
        echo "index $prefix-corpus: $replicas replica(s)"
    fi
    sleep 0.5
done
before=$(count "$url" "$prefix-corpus")
kill -9 "$victim_pid"
echo "killed $victim (pid $victim_pid) with $before documents in the index, $(($(date +%s) - start)) s into the import"
wait "$importer" || true
status=$(cat "$logs/import.status")
echo "import: exit $status after $(($(date +%s) - start)) s"
grep -E '^(imported [0-9]+, |error:|[0-9]+ files? w)' "$logs/import.log" | tail -n 4 | sed 's/^/  vigie: /'
restart_victim() {
    # shellcheck disable=SC2086
    set -- $victim_ports
    start_soak_node "$victim" "$1" "$2" "$3"
    node_pid "$victim" > /dev/null
    for _ in $(seq 120); do [ "$(health "$url")" = "green 2" ] && break; sleep 1; done
    echo "$victim restarted on its data: cluster $(health "$url"), $(count "$url" "$prefix-corpus") documents"
}
[ "$victim" != "$manager" ] || restart_victim
curl -s -XPOST "$url/$prefix-corpus/_refresh" > /dev/null || true
stored=$(reported "$logs/import.log") held=$(count "$url" "$prefix-corpus")
echo "Vigie reported $stored documents stored; the index holds $held; cluster $(health "$url")"
[ "$held" -ge "$stored" ] || fail "acknowledged documents lost: $stored reported stored, $held in the index"
if [ "$status" -ne 0 ] || [ "$stored" -lt "$documents" ]; then
    echo "the import did not complete; re-running what Vigie names: $import"
    vigie 1800 "$import" "$logs/rerun.log" || fail "the re-run failed: $(tail -n 1 "$logs/rerun.log")"
    grep -E '^imported [0-9]+, ' "$logs/rerun.log" | sed 's/^/  vigie: /'
fi
curl -s -XPOST "$url/$prefix-corpus/_refresh" > /dev/null
held=$(count "$url" "$prefix-corpus")
[ "$held" -eq "$documents" ] || fail "after the import the index holds $held documents, not $documents"
vigie 120 "store:status" "$logs/status.log" || fail "store:status: $(tail -n 1 "$logs/status.log")"
sed 's/^/  vigie: /' "$logs/status.log"
if [ "$victim" != "$manager" ]; then
    restart_victim
    held=$(count "$url" "$prefix-corpus")
    [ "$held" -eq "$documents" ] || fail "after the restart the cluster holds $held documents, not $documents"
fi
if [ "$failures" -eq 0 ]; then echo "PASS: nothing acknowledged lost; $documents documents on the cluster"; fi
exit $((failures > 0))
