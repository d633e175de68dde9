#!/usr/bin/env bash
# Entity quality through the real distribution: imports each gold corpus into a fresh workspace
# with ./vigie, exports the entities, and scores them with ../shared/gold/score-entities; also
# prints the share of gold people whose roles were found.
#   bench/score.sh            (needs ../shared beside the repository, and python3)
set -euo pipefail
cd "$(dirname "$0")/.."
shared=../shared
[ -x "$shared/gold/score-entities" ] || { echo "no $shared/gold/score-entities here: nothing to score" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for set in corpus:seeds corpus-dev:dev; do
    dir=$shared/${set%%:*}; gold=$shared/gold/${set##*:}.json
    ./vigie --workspace "$work/${set##*:}" -c "corpus:import $dir; entities:export --out $work/${set##*:}.jsonl" > /dev/null
    echo "== $dir scored against $gold"
    "$shared/gold/score-entities" "$gold" "$work/${set##*:}.jsonl" | tail -7
    python3 - "$gold" "$work/${set##*:}.jsonl" <<'PY'
import json, sys, unicodedata
def fold(t):
    t = unicodedata.normalize("NFKD", t.replace("đ", "d").replace("Đ", "D"))
    t = "".join(c for c in t if not unicodedata.combining(c)).replace("\u2019", "'")
    return " ".join(t.lower().split())
gold = json.load(open(sys.argv[1], encoding="utf-8"))["documents"]
found = {}
for line in open(sys.argv[2], encoding="utf-8"):
    row = json.loads(line)
    found[row["document"].rsplit("/", 1)[-1]] = row["entities"]
people = with_role = 0
for doc, g in gold.items():
    for e in g["entities"]:
        if e["type"] != "PERSON" or not e.get("roles"):
            continue
        people += 1
        keys = {fold(n) for n in [e["name"]] + e.get("aliases", [])}
        for p in found.get(doc, []):
            if p["type"] == "PERSON" and keys & {fold(n) for n in [p["name"]] + p.get("aliases", [])} and p.get("roles"):
                with_role += 1
                break
print(f"people with roles in the gold: {people}, found with a role: {with_role} ({100 * with_role / max(people, 1):.0f} %)")
PY
done
