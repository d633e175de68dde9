#!/bin/sh
# GraphML/GEXF export benchmark (issue 13): generates N synthetic French dispatches (default
# 10 000) naming people from a pool of P (default 2 400: 40 first names x 60 surnames), so that the
# distinct entities and co-occurring pairs grow with the corpus, imports them through ./vigie into a
# fresh workspace, then times export:write --format graphml and gexf (wall time, peak RSS of the
# whole process) and once more under -Xmx96m with a GC log to show the live heap.
# The DEBUG line of each export says where the time goes (the index's answers, then the writing).
# Usage: bench/export/graph-export.sh [N [SURNAMES]]   (work files in ${BENCH_WORK:-/tmp/vigie-bench-graph};
# BENCH_REUSE=1 keeps the imported workspace and only exports again)
set -eu
here=$(cd "$(dirname "$0")/../.." && pwd)
work="${BENCH_WORK:-/tmp/vigie-bench-graph}"
n="${1:-10000}"
surnames="${2:-60}"
if [ -z "${BENCH_REUSE:-}" ]; then
rm -rf "$work" && mkdir -p "$work"
python3 - "$n" "$surnames" "$work/corpus.jsonl" <<'PY'
import json, random, sys
random.seed(13)
first = ["Jean", "Marie", "Pierre", "Sophie", "Nicolas", "Claire", "Laurent", "Isabelle", "Michel", "Nathalie",
         "Philippe", "Catherine", "Alain", "Sylvie", "François", "Valérie", "Éric", "Sandrine", "Olivier", "Hélène",
         "Thierry", "Céline", "Patrick", "Julie", "Christophe", "Anne", "Stéphane", "Camille", "Bernard", "Émilie",
         "Daniel", "Aurélie", "Pascal", "Chloé", "Didier", "Lucie", "Gilles", "Manon", "Frédéric", "Léa"]
base = ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau",
        "Simon", "Laurent", "Lefèvre", "Michel", "Garcia", "David", "Bertrand", "Roux", "Vincent", "Fournier",
        "Morel", "Girard", "André", "Lefebvre", "Mercier", "Dupont", "Lambert", "Bonnet", "François", "Martinez"]
last = [b + s for s in ["", "-Vasseur", "-Caron", "-Perrin", "-Renaud", "-Aubry", "-Brun", "-Colin", "-Noël", "-Meunier"]
        for b in base][:int(sys.argv[2])]
cities = ["Hanoï", "Lyon", "La Haye", "Vienne", "Bangkok", "Paris", "Manille", "Singapour"]
orgs = ["Interpol", "Europol", "l'ONUDC", "l'ASEAN", "Eurojust", "l'ANSSI"]
with open(sys.argv[3], "w") as f:
    for i in range(int(sys.argv[1])):
        sents = [f"{random.choice(first)} {random.choice(last)} a rencontré {random.choice(first)} {random.choice(last)} "
                 f"à {random.choice(cities)} avec {random.choice(orgs)} (dossier {i}-{s})." for s in range(random.randint(4, 8))]
        f.write(json.dumps({"title": f"Dépêche {i}", "source": "AFP", "url": f"https://bench.invalid/{i}",
                            "published": f"2025-{random.randint(1, 12):02d}-{random.randint(1, 28):02d}",
                            "lang": "fr", "text": " ".join(sents)}, ensure_ascii=False) + "\n")
PY
fi
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
vigie() { VIGIE_NO_BUILD=1 /usr/bin/time -f "%e s wall, %M KiB peak RSS" "$here/vigie" --workspace "$@"; }
if [ -z "${BENCH_REUSE:-}" ]; then
    echo "import:"; vigie "$work/ws" -c "corpus:import $work/corpus.jsonl" | tail -1
fi
echo "start only (corpus:stats):"; vigie "$work/ws" -c "corpus:stats" >/dev/null
for format in graphml gexf; do
    echo "$format:"
    VIGIE_JAVA_OPTS="-Dorg.slf4j.simpleLogger.log.org.vigie.export=debug" vigie "$work/ws" -v \
        -c "export:write --format $format --out $work/out.$format" 2>&1 | grep -E 'Graph:|wrote|wall' | sed 's/.*DEBUG [^ ]* - //'
done
echo "graphml, -Xmx96m:"
VIGIE_JAVA_OPTS="-Xmx96m -Xlog:gc:file=$work/gc.log" vigie "$work/ws" -c "export:write --format graphml --out $work/out96.graphml" | tail -1
echo "live heap after each full GC (MiB): $(grep 'Pause Full' "$work/gc.log" | sed 's/.*->\([0-9]*\)M(.*/\1/' | sort -n | uniq | tr '\n' ' ')"
echo "graph: $(grep -c '<node ' "$work/out.graphml") nodes, $(grep -c '<edge ' "$work/out.graphml") edges, $(wc -c < "$work/out.graphml") bytes (GraphML), $(wc -c < "$work/out.gexf") bytes (GEXF)"
