# Shared by the OpenSearch bench scripts (sourced; needs $here, $scratch, $logs and a pids array).

# the corpus: articles 0..N-1 of NewsCorpusGenerator (each seeded by its number, all distinct),
# in JSON Lines files of PER documents, cached in DIR: generate_corpus DIR N PER
generate_corpus() {
    local dir=$1 n=$2 per=$3 classes=$here/bundles/corpus.store/target/test-classes
    if [ "$(cat "$dir/.complete" 2>/dev/null)" = "$n/$per" ]; then return; fi
    [ -f "$classes/org/vigie/corpus/store/internal/NewsCorpusGenerator.class" ] || \
        (cd "$here" && mvn -B -q test-compile -pl bundles/corpus.store -am)
    rm -rf "$dir" && mkdir -p "$dir"
    java -cp "$classes:$here/bundles/corpus.store/target/classes:$here/bundles/corpus.api/target/classes:$here/bundles/test-support/target/classes" \
        org.vigie.corpus.store.internal.NewsCorpusGenerator "$dir/all.tmp" "$n"
    split -l "$per" -d -a 3 --additional-suffix=.jsonl "$dir/all.tmp" "$dir/lot-"
    rm "$dir/all.tmp"
    echo "$n/$per" > "$dir/.complete"
}

# start_node NAME HTTP TRANSPORT [start-node.sh options]: in the background, log in $logs/NAME.log
start_node() {
    local name=$1 http=$2 transport=$3
    shift 3
    "$here/bench/opensearch/start-node.sh" --name "$name" --http-port "$http" --transport-port "$transport" \
        "$@" > "$logs/$name.log" 2>&1 &
    pids+=($!)
}

# the server pid of a node once it is up (3 minutes at most): node_pid NAME
node_pid() {
    local line
    for _ in $(seq 180); do
        line=$(grep -m1 "^opensearch $1 up at" "$logs/$1.log" || true)
        [ -z "$line" ] || { echo "${line##* pid }"; return; }
        sleep 1
    done
    echo "node $1 did not come up; see $logs/$1.log" >&2
    return 1
}

json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }
# documents in an index: count URL INDEX
count() { curl -s "$1/$2/_count" 2>/dev/null | json "d.get('count', -1)" 2>/dev/null || echo -1; }
# "green 2": health URL
health() { curl -s "$1/_cluster/health" 2>/dev/null | json "d['status'] + ' ' + str(d['number_of_nodes'])" 2>/dev/null || echo unreachable; }

# ./vigie in batch mode on $ws under a time limit: vigie LIMIT CMD LOG
vigie() {
    local status=0
    timeout -k 10 "$1" env VIGIE_NO_BUILD=1 "$here/vigie" --workspace "$ws" -c "$2" > "$3" 2>&1 || status=$?
    return "$status"
}
