#!/bin/sh
# Web workbench latency: time to first byte of the Recherche page, of the search's hits and facets
# and of the document JSON at N synthetic documents (imported and extracted once, the workspace kept for reruns),
# the first request of each (facets counted) and the median of the 7 after 2 more (facets kept
# for 30 s per query), through ./vigie -c 'web:serve'.
# Usage: bench/web/api-latency.sh [N]     (default 100000; work files in ${BENCH_WORK:-/tmp/vigie-bench-web})
# Needs a built distribution, python3 and curl.
set -eu
here=$(cd "$(dirname "$0")/../.." && pwd)
n=${1:-100000}
work="${BENCH_WORK:-/tmp/vigie-bench-web}/$n"
mkdir -p "$work"
export VIGIE_NO_BUILD=1
if [ ! -f "$work/ready" ]; then
    python3 "$here/bench/export/synthetic-corpus.py" "$n" "$work/corpus.jsonl"
    # the import extracts the entities of what it imports
    "$here/vigie" --workspace "$work/ws" -c "corpus:import $work/corpus.jsonl" > "$work/prepare.log"
    touch "$work/ready"
fi
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $n documents"
echo "columns: time to first byte of the first request, median of the next 7 after 2 more"
"$here/vigie" --workspace "$work/ws" -c 'web:serve' > "$work/serve.log" 2>&1 &
vigie=$!
trap 'kill "$vigie" 2>/dev/null; wait "$vigie" 2>/dev/null || true' EXIT
i=0
until grep -q '^web workbench: ' "$work/serve.log"; do
    i=$((i + 1)); [ "$i" -lt 240 ] || { cat "$work/serve.log" >&2; exit 1; }
    sleep 0.5
done
url=$(sed -n 's/^web workbench: //p' "$work/serve.log")
root=${url%%/?token=*}
token=${url#*token=}
id=$(curl -s -H "Authorization: Bearer $token" "$root/api/search?q=Interpol&limit=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["hits"][0]["id"])')

ttfb() { # label path: time to first byte of the first request, median of 7 after 2 more, size
    times=$(for k in 1 2 3 4 5 6 7 8 9 10; do
        curl -s -o /dev/null -H "Authorization: Bearer $token" -w '%{time_starttransfer} %{size_download}\n' "$root$2"
    done)
    first=$(echo "$times" | head -n 1)
    median=$(echo "$times" | tail -n 7 | sort -n | sed -n 4p)
    echo "$first $median" | awk -v label="$1" \
        '{ printf "%-42s first %6.0f ms  median %6.0f ms  %7d bytes\n", label, $1 * 1000, $3 * 1000, $4 }'
}
ttfb "page /vues/recherche" "/vues/recherche"
ttfb "hits, empty query" "/api/search?q=&limit=20"
ttfb "hits 'Interpol' (most documents)" "/api/search?q=Interpol&limit=20"
ttfb "hits 'Interpol' page 50" "/api/search?q=Interpol&offset=1000&limit=20"
ttfb "hits 'rançongiciel AND Lyon'" "/api/search?q=ran%C3%A7ongiciel%20AND%20Lyon&limit=20"
ttfb "hits 'dossier 4242-1' (one document)" "/api/search?q=%22dossier%204242-1%22&limit=20"
ttfb "facets, empty query (the corpus's)" "/api/search/facets?q="
ttfb "facets 'Europol'" "/api/search/facets?q=Europol"
ttfb "facets 'rançongiciel AND Lyon'" "/api/search/facets?q=ran%C3%A7ongiciel%20AND%20Lyon"
ttfb "facets 'dossier 4242-1'" "/api/search/facets?q=%22dossier%204242-1%22"
ttfb "document (text, marks, entities, copies)" "/api/documents/$id"
