#!/bin/sh
# Regenerates gazetteer/countries.tsv from the JDK's French country names and country-variants.tsv.
# usage: bundles/entities.french/bench/regenerate-countries.sh   (then review and commit the diff)
set -e
MODULE=$(cd "$(dirname "$0")/.." && pwd)
OUT=$(mktemp -d)
javac -d "$OUT" "$MODULE/src/test/java/org/vigie/entities/french/internal/CountryListGenerator.java"
cd "$MODULE"
java -cp "$OUT" org.vigie.entities.french.internal.CountryListGenerator
rm -rf "$OUT"
