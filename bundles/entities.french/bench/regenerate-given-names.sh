#!/bin/sh
# Regenerates lexicon/given-names.txt: the given names of the person providers of faker-js
# (@faker-js/faker, MIT licence, https://github.com/faker-js/faker), every locale written in Latin
# letters, so that European, Latin American, African and Asian romanised given names are known
# (Miroslav, Władysław, Joaquín, Andris, Hanno ...). Left out: names of one or two letters, names
# that are a lower-case word of Debian's wfrench or wamerican lists (Rose, Pierre is kept only by
# the hand list first-names.txt), and one-word names of the gazetteers, demonyms, roles and
# stopwords (a place or a body is no given name). Needs npm, node, python3 and
# `apt-get install wfrench wamerican`.
# usage: bundles/entities.french/bench/regenerate-given-names.sh [faker version]   (review the diff)
set -e
MODULE=$(cd "$(dirname "$0")/.." && pwd)
VERSION=${1:-10.6.0}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
(cd "$WORK" && npm pack --silent "@faker-js/faker@$VERSION" >/dev/null && tar xzf faker-js-faker-*.tgz)
cat > "$WORK/dump.mjs" <<'JS'
const { allLocales } = await import(process.argv[2] + '/dist/index.js');
const names = new Set();
for (const loc of Object.values(allLocales)) {
  const given = loc.person && loc.person.first_name;
  if (given) (Array.isArray(given) ? given : Object.values(given).flat()).forEach(n => names.add(n));
}
console.log([...names].join('\n'));
JS
node "$WORK/dump.mjs" "$WORK/package" > "$WORK/names.txt"
python3 "$MODULE/bench/filter-given-names.py" "$WORK/names.txt" "$VERSION"
