package org.vigie.entities.french.internal;

import java.util.List;

import org.vigie.entities.api.NameKey;

/**
 * The countries, places and organisations the bundle ships ({@code gazetteer/*.tsv}), matched over
 * folded tokens. Short acronyms only match a word written in capitals ({@code UE}, never {@code ue}),
 * and a name written with a capital only matches a capitalised word, so {@code inde} or {@code mali}
 * in running text are left alone.
 */
final class Gazetteer {

    private final PhraseTable<Alias> names;

    Gazetteer(PhraseTable<Alias> names) {
        this.names = names;
    }

    /** The longest entry starting at {@code start}, or null. */
    PhraseTable.Match<GazetteerEntry> longestAt(List<Token> tokens, int start) {
        PhraseTable.Match<Alias> match = names.longestAt(tokens, start);
        if (match == null || !match.value().fits(tokens.get(start))) {
            return null;
        }
        return new PhraseTable.Match<>(match.start(), match.end(), match.value().entry());
    }

    /** The entry a name stands for, whatever its case, or null. */
    GazetteerEntry lookup(String name) {
        Alias alias = names.get(name);
        return alias == null ? null : alias.entry();
    }

    /** How an alias was written, which tells which written forms it may match. */
    record Alias(GazetteerEntry entry, boolean acronym, boolean capital, String folded) {

        static Alias of(GazetteerEntry entry, String written) {
            boolean acronym = written.length() <= 5 && written.equals(written.toUpperCase(java.util.Locale.ROOT));
            return new Alias(entry, acronym, Character.isUpperCase(written.charAt(0)), NameKey.fold(written));
        }

        boolean fits(Token first) {
            if (acronym) {
                return first.text().equals(first.text().toUpperCase(java.util.Locale.ROOT));
            }
            return !capital || Character.isUpperCase(first.text().charAt(0));
        }
    }
}
