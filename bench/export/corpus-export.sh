#!/bin/sh
# corpus:export benchmark (issue 13): generates N synthetic French dispatches as JSON Lines
# (default 100 000, ~1 KB of text each), imports them through ./vigie into a fresh workspace, then
# times corpus:export (wall time, peak RSS of the whole process, and a run under -Xmx64m with a GC
# log to show the live heap), and checks that the export re-imported and re-exported is identical.
# Usage: bench/export/corpus-export.sh [N]   (work files in ${BENCH_WORK:-/tmp/vigie-bench-export})
set -eu
here=$(cd "$(dirname "$0")/../.." && pwd)
work="${BENCH_WORK:-/tmp/vigie-bench-export}"
n="${1:-100000}"
rm -rf "$work" && mkdir -p "$work"
python3 - "$n" "$work/corpus.jsonl" <<'PY'
import json, random, sys
random.seed(13)
orgs = ["Interpol", "Europol", "l'ONUDC", "l'ASEAN", "le Conseil de l'Europe", "Eurojust", "l'ANSSI", "le FBI"]
people = ["Valdecy Urquiza", "Jürgen Stock", "António Guterres", "Lương Cường", "Catherine De Bolle", "Ghada Waly"]
cities = ["Hanoï", "Lyon", "La Haye", "Vienne", "Bangkok", "Paris", "Manille", "Singapour"]
verbs = ["annonce", "dénonce", "coordonne", "soutient", "publie", "lance", "examine", "salue"]
objs = ["une opération contre un réseau de rançongiciel", "un rapport sur la fraude en ligne",
        "la coopération judiciaire", "un accord d'entraide", "des sanctions contre des administrateurs de forums",
        "une enquête sur le blanchiment"]
with open(sys.argv[2], "w") as f:
    for i in range(int(sys.argv[1])):
        sents = [f"{random.choice(people)}, à {random.choice(cities)}, {random.choice(verbs)} avec {random.choice(orgs)} "
                 f"{random.choice(objs)} (dossier {i}-{s}, {random.randint(1, 10**6)})." for s in range(random.randint(5, 9))]
        f.write(json.dumps({"title": f"Dépêche {i} : {random.choice(orgs)} à {random.choice(cities)}",
                            "source": random.choice(["VNA", "AFP", "Reuters", "Le Monde"]),
                            "url": f"https://bench.invalid/{i}",
                            "published": f"2025-{random.randint(1, 12):02d}-{random.randint(1, 28):02d}",
                            "lang": "fr", "text": " ".join(sents)}, ensure_ascii=False) + "\n")
PY
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), load $(cut -d' ' -f1-3 /proc/loadavg)"
vigie() { VIGIE_NO_BUILD=1 /usr/bin/time -f "%e s wall, %M KiB peak RSS" "$here/vigie" --workspace "$@"; }
echo "import:";   vigie "$work/ws" -c "corpus:import $work/corpus.jsonl" | tail -1
echo "start only (corpus:stats):"; vigie "$work/ws" -c "corpus:stats" >/dev/null
echo "export:";   vigie "$work/ws" -c "corpus:export --out $work/backup.jsonl" | tail -1
echo "export, -Xmx64m:"
VIGIE_JAVA_OPTS="-Xmx64m -Xlog:gc:file=$work/gc.log" vigie "$work/ws" -c "corpus:export --out $work/backup64.jsonl" | tail -1
echo "live heap after each full GC (MiB): $(grep 'Pause Full' "$work/gc.log" | sed 's/.*->\([0-9]*\)M(.*/\1/' | sort -n | uniq | tr '\n' ' ')"
echo "round trip:"; vigie "$work/ws2" -c "corpus:import $work/backup.jsonl; corpus:export --out $work/backup2.jsonl" | tail -1
cmp "$work/backup.jsonl" "$work/backup2.jsonl" && echo "re-imported and re-exported: identical ($(wc -c < "$work/backup.jsonl") bytes)"
