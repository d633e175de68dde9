#!/usr/bin/env bash
# Entities per real thing: imports the demo articles, each gold corpus and the name-variant
# articles written for the tests (bundles/itests/src/test/resources/aliases/variants) with ./vigie, lists every entity, and counts,
# for each thing of the hand-made key (bundles/itests/src/test/resources/aliases/*.tsv), how many
# entities carry one of its names; an entity carrying the names of two things is a false merge.
#   bench/aliases.sh [REPO]   (REPO: the Vigie checkout whose ./vigie runs; default this one)
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
repo=${1:-$here}
shared=$here/../shared
[ -d "$shared/corpus" ] || { echo "no $shared/corpus here: nothing to measure" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for set in "$here/samples/articles:demo" "$shared/corpus:seeds" "$shared/corpus-dev:dev" \
        "$here/bundles/itests/src/test/resources/aliases/variants:variants"; do
    dir=${set%:*}; name=${set##*:}
    (cd "$repo" && VIGIE_NO_BUILD=1 ./vigie --workspace "$work/$name" -c "corpus:import $dir" > /dev/null
     VIGIE_NO_BUILD=1 ./vigie --workspace "$work/$name" -c "entities:list --top 0 --json" > "$work/$name.jsonl")
    echo "== $dir against bundles/itests/src/test/resources/aliases/$name.tsv"
    python3 - "$here/bundles/itests/src/test/resources/aliases/$name.tsv" "$work/$name.jsonl" <<'PY'
import json, sys, unicodedata
def fold(t):
    t = unicodedata.normalize("NFKD", t.replace("đ", "d").replace("Đ", "D"))
    t = "".join(c for c in t if not unicodedata.combining(c)).replace("\u2019", "'")
    return " ".join(t.lower().split())
things = []
for line in open(sys.argv[1], encoding="utf-8"):
    if line.strip() and not line.startswith("#"):
        kind, names = line.rstrip("\n").split("\t")
        things.append((kind, names.split("|")[0], {fold(n) for n in names.split("|")}))
entities = [json.loads(l) for l in open(sys.argv[2], encoding="utf-8") if l.strip()]
total = found = one = 0
merged = []
for e in entities:
    names = {fold(n) for n in [e["name"]] + e.get("aliases", [])}
    hits = [t[1] for t in things if t[0] == e["type"] and t[2] & names]
    if len(hits) > 1:
        merged.append((e["name"], hits))
for kind, first, names in things:
    n = sum(1 for e in entities if e["type"] == kind and names & {fold(x) for x in [e["name"]] + e.get("aliases", [])})
    print(f"  {n:2d}  {kind:12s} {first}")
    total += n; found += n > 0; one += n == 1
print(f"things {len(things)}, found {found}, as one entity {one}, entities {total} "
      f"({total / max(found, 1):.2f} per thing found); entities carrying two things' names: {len(merged)}")
for name, hits in merged:
    print(f"  false merge? {name}: {hits}")
PY
done
