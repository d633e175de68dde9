package org.vigie.entities.french.internal.rule;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.vigie.entities.api.EntityType;
import org.vigie.entities.api.Features;
import org.vigie.entities.api.NameKey;
import org.vigie.entities.french.internal.grammar.NamePhrase;
import org.vigie.entities.french.internal.lexicon.PhraseTable;
import org.vigie.entities.french.internal.scan.Candidate;
import org.vigie.entities.french.internal.scan.TextScan;
import org.vigie.entities.french.internal.text.Token;
import org.vigie.entities.french.internal.text.WordClass;

/**
 * Later mentions of names the other rules found once: the same surface or alias anywhere else in
 * the document ({@code Salt Typhoon}, {@code OFAC}), and a person's family or given name alone
 * ({@code Nam} or {@code M. Nam} after {@code Bùi Van Nam}, {@code Poutine} after {@code Vladimir
 * Poutine}) when only one person of the document bears it.
 */
public final class RepeatedNameRule implements Rule {

    @Override
    public void apply(TextScan scan) {
        PhraseTable<Candidate> known = new PhraseTable<>(scan.lexicon.tokenizer, 1 << 10);
        Map<String, Candidate> parts = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        // a name is mentioned many times: tokenise each value once
        Map<String, List<Token>> words = new HashMap<>();
        Function<String, List<Token>> tokenised = s -> words.computeIfAbsent(s, scan.lexicon.tokenizer::tokenize);
        for (Candidate c : List.copyOf(scan.candidates)) {
            if (!c.isEntity() || c.source == Candidate.Source.GUESS) {
                continue;
            }
            known.put(scan.tokens, c.start, c.end, c);
            if (!c.value.equals(scan.covered(c.start, c.end))) {
                put(known, tokenised.apply(c.value), c);
            }
            if (c.feature(Features.ALIAS) != null) {
                put(known, tokenised.apply(c.feature(Features.ALIAS)), c);
            }
            if (c.is(EntityType.PERSON)) {
                addParts(tokenised.apply(c.value), c, parts, ambiguous);
            }
        }
        ambiguous.forEach(parts::remove);
        scan(scan, known, parts);
    }

    private static void put(PhraseTable<Candidate> known, List<Token> name, Candidate c) {
        if (!name.isEmpty()) {
            known.put(name, 0, name.size(), c);
        }
    }

    /** {@code words}: the person's value, tokenised. */
    private static void addParts(List<Token> words, Candidate person, Map<String, Candidate> parts,
            Set<String> ambiguous) {
        if (words.size() < 2) {
            return;
        }
        for (Token w : List.of(words.get(0), words.get(words.size() - 1))) {
            String key = w.folded();
            if (key.length() < 2 || w.in(WordClass.STOPWORD)) {
                continue;
            }
            Candidate other = parts.putIfAbsent(key, person);
            if (other != null && !other.value.equals(person.value)
                    && !NameKey.fold(other.value).equals(NameKey.fold(person.value))) {
                ambiguous.add(key);
            }
        }
    }

    private static void scan(TextScan scan, PhraseTable<Candidate> known, Map<String, Candidate> parts) {
        int i = 0;
        while (i < scan.size()) {
            Token t = scan.token(i);
            if (!t.capitalised() || scan.coveringAt(i) != null) {
                i++;
                continue;
            }
            PhraseTable.Match<Candidate> match = known.longestAt(scan.tokens, i);
            Candidate source = match != null ? match.value() : parts.get(t.folded());
            int end = match != null ? match.end() : i + 1;
            if (source != null && (end > i + 1 || t.text().length() > 1) && !overlapsAny(scan, i, end)) {
                int start = source.is(EntityType.PERSON) && end == i + 1 && givenNameBefore(scan, i) ? i - 1 : i;
                Candidate c = scan.add(new Candidate(start, end, source.type,
                        start < i ? NamePhrase.value(scan, start, end, null) : source.value, Candidate.Source.CONTEXT, 0.7));
                c.qualified = source.qualified;
                c.with(Features.LINK, source.feature(Features.LINK)).with(Features.COUNTRY, source.feature(Features.COUNTRY));
            }
            i = end;
        }
    }

    /**
     * {@code Ridouan Taghi} where only {@code M. Taghi} was found: an unknown capitalised word right
     * before a one-word surname, inside a sentence, is the person's given name.
     */
    private static boolean givenNameBefore(TextScan scan, int i) {
        if (i == 0) {
            return false;
        }
        Token p = scan.token(i - 1);
        return p.capitalised() && !p.sentenceStart() && !p.acronym() && p.text().length() > 2 && !p.in(WordClass.STOPWORD)
                && !p.in(WordClass.NAME_BREAK) && !p.in(WordClass.DEMONYM) && !p.in(WordClass.HONORIFIC)
                && scan.coveringAt(i - 1) == null && scan.lexicon.roles.longestAt(scan.tokens, i - 1) == null;
    }

    private static boolean overlapsAny(TextScan scan, int start, int end) {
        for (int i = start; i < end; i++) {
            if (scan.coveringAt(i) != null) {
                return true;
            }
        }
        return false;
    }
}
