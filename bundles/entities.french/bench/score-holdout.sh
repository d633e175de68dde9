#!/usr/bin/env bash
# Scores one held-out set through the real distribution, as its first-sight figure was taken:
# copies the set's texts (the documents its gold lists) into a folder, imports them into a fresh
# workspace with ./vigie, exports the entities and scores them with ../shared/gold/score-entities.
#   bundles/entities.french/bench/score-holdout.sh holdout8.json [--verbose]
# Run ./vigie's build first, or set VIGIE_NO_BUILD=1 after your own `mvn install`.
set -euo pipefail
gold_name=${1:?usage: score-holdout.sh GOLD.json [score-entities options]}
shift
module=$(cd "$(dirname "$0")/.." && pwd)
root=$(cd "$module/../.." && pwd)
scorer=$root/../shared/gold/score-entities
gold=$module/src/test/resources/holdout/$gold_name
[ -x "$scorer" ] || { echo "score-holdout: no $scorer here: nothing to score" >&2; exit 1; }
[ -f "$gold" ] || { echo "score-holdout: no gold file $gold" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/texts"
python3 -c 'import json, sys; print("\n".join(json.load(open(sys.argv[1], encoding="utf-8"))["documents"]))' "$gold" |
    while read -r name; do cp "$module/src/test/resources/holdout/$name" "$work/texts/"; done
"$root/vigie" --workspace "$work/ws" -c "corpus:import $work/texts; entities:export --out $work/export.jsonl" > /dev/null
"$scorer" "$gold" "$work/export.jsonl" "$@"
