#!/bin/sh
# Web workbench latency: time to first byte of the Recherche page and of the search and document
# JSON at N synthetic documents (imported and extracted once, the workspace kept for reruns),
# medians of 7 requests after 2 warm-ups, through ./vigie -c 'web:serve'.
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
    "$here/vigie" --workspace "$work/ws" -c "corpus:import $work/corpus.jsonl; entities:extract --all" > "$work/prepare.log"
    touch "$work/ready"
fi
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $n documents"
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

ttfb() { # label path: median time to first byte of 7 requests after 2 warm-ups, and the size
    for k in 1 2 3 4 5 6 7 8 9; do
        curl -s -o /dev/null -H "Authorization: Bearer $token" -w '%{time_starttransfer} %{size_download}\n' "$root$2"
    done | tail -n 7 | sort -n | awk -v label="$1" 'NR == 4 { printf "%-40s %7.0f ms  %8d bytes\n", label, $1 * 1000, $2 }'
}
ttfb "page /vues/recherche" "/vues/recherche"
ttfb "search, empty query (corpus facets)" "/api/search?q=&limit=20"
ttfb "search 'Interpol' (most documents)" "/api/search?q=Interpol&limit=20"
ttfb "search 'Interpol' page 50" "/api/search?q=Interpol&offset=1000&limit=20"
ttfb "search 'rançongiciel AND Lyon'" "/api/search?q=ran%C3%A7ongiciel%20AND%20Lyon&limit=20"
ttfb "search 'dossier 4242-1' (one document)" "/api/search?q=%22dossier%204242-1%22&limit=20"
ttfb "document (text, marks, entities, copies)" "/api/documents/$id"
