package org.vigie.entities.french.internal.lexicon;

import java.util.List;

import org.vigie.entities.french.internal.text.Token;
import org.vigie.entities.french.internal.text.WordClass;

/**
 * The countries, places and organisations the bundle ships ({@code gazetteer/*.tsv}), matched over
 * folded tokens. Short acronyms only match a word written in capitals ({@code UE}, never {@code ue}),
 * and a name written with a capital only matches a capitalised word, so {@code inde} or {@code mali}
 * in running text are left alone.
 */
public final class Gazetteer {

    /** Words from which a law's name matches whatever its case. */
    private static final int LONG_NAME = 5;

    private final PhraseTable<Alias> names;

    Gazetteer(PhraseTable<Alias> names) {
        this.names = names;
    }

    /** The longest entry starting at {@code start}, or null. */
    public PhraseTable.Match<GazetteerEntry> longestAt(List<Token> tokens, int start) {
        PhraseTable.Match<Alias> match = names.longestAt(tokens, start);
        if (match == null || !match.value().fits(tokens, start, match.end())) {
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
    record Alias(GazetteerEntry entry, boolean acronym, String capitals) {

        /**
         * {@code capitals} marks the alias's first word that is not an article: {@code C} when it
         * is capitalised, {@code l} otherwise, at its position ({@code La Réunion}: {@code -C}).
         */
        static Alias of(GazetteerEntry entry, String written, List<Token> words) {
            boolean acronym = written.length() <= 5 && written.equals(written.toUpperCase(java.util.Locale.ROOT));
            StringBuilder capitals = new StringBuilder();
            for (Token w : words) {
                if (!w.in(WordClass.ARTICLE)) {
                    capitals.append(w.capitalised() ? 'C' : 'l');
                    break;
                }
                capitals.append('-');
            }
            return new Alias(entry, acronym, capitals.toString());
        }

        /** Whether the text's first significant word is capitalised when the alias's is ({@code la réunion} is not La Réunion). */
        boolean fits(List<Token> tokens, int start, int end) {
            Token first = tokens.get(start);
            if (acronym) {
                // "ONU", never "onu"; acronyms of four letters or more also in title case ("Anssi", "Otan")
                String text = first.text();
                return text.equals(text.toUpperCase(java.util.Locale.ROOT))
                        || text.length() >= 4 && first.capitalised() && !first.sentenceStart();
            }
            if (end - start >= LONG_NAME && entry.type().equals(org.vigie.entities.api.EntityType.LAW)) {
                return true; // "règlement général sur la protection des données" is the regulation in any case
            }
            int significant = start + capitals.length() - 1;
            return capitals.charAt(capitals.length() - 1) != 'C' || significant >= end
                    || tokens.get(significant).capitalised();
        }
    }
}
