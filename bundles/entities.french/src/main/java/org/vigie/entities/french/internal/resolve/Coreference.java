package org.vigie.entities.french.internal.resolve;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.vigie.entities.api.EntityType;
import org.vigie.entities.api.Features;
import org.vigie.entities.api.NameKey;
import org.vigie.entities.french.internal.grammar.NamePhrase;
import org.vigie.entities.french.internal.rule.EventRule;
import org.vigie.entities.french.internal.scan.Candidate;
import org.vigie.entities.french.internal.scan.TextScan;

/**
 * Within-document resolution: every mention of one thing gets one value, the fullest and most
 * accented form, because the entity index groups mentions by {@code (type, fold(value))}.
 * <ul>
 * <li>a name given as another's alias (brackets) is that one;</li>
 * <li>a head and a country adjective are the body of that head and country the document named;</li>
 * <li>a name whose words are all in a longer name of the same type and head is that name
 * ({@link ContainedNames});</li>
 * <li>of the spellings of one folded key, the most accented wins ({@code Lương Tam Quang});</li>
 * <li>a ministry keeps its country adjective only when the document names the same ministry of
 * another country too ({@link ForeignMinistries}).</li>
 * </ul>
 * The steps run in this order: aliases, same body, contained names, foreign ministries, accents.
 */
public final class Coreference {

    /** Folded forms, memoised for one document: a name is mentioned many times. */
    static final class Folds {

        private final Map<String, String> folded = new HashMap<>();

        String of(String s) {
            return folded.computeIfAbsent(s, NameKey::fold);
        }
    }

    private final Folds folds = new Folds();

    private Coreference() {
    }

    public static void resolve(TextScan scan, List<Candidate> candidates) {
        Coreference resolution = new Coreference();
        resolution.aliases(scan, candidates);
        sameBodyByCountry(scan, candidates);
        new ContainedNames(scan.lexicon.vocabulary, resolution.folds).resolve(candidates);
        sameNumberedMeeting(scan, candidates);
        ForeignMinistries.qualify(candidates, resolution.folds);
        resolution.accents(scan, candidates);
    }

    /**
     * {@code la police colombienne} after {@code la Police nationale de Colombie}: a head and a
     * country adjective name the body of that head and country the document already named.
     */
    private static void sameBodyByCountry(TextScan scan, List<Candidate> candidates) {
        record HeadAndCountry(String head, String country) {
        }
        Map<HeadAndCountry, String> byHeadAndCountry = new HashMap<>();
        for (Candidate c : candidates) {
            if (c.is(EntityType.ORGANIZATION) && c.feature(Features.COUNTRY) != null) {
                byHeadAndCountry.putIfAbsent(new HeadAndCountry(scan.token(c.start).folded(), c.feature(Features.COUNTRY)),
                        c.value);
            }
        }
        if (byHeadAndCountry.isEmpty()) {
            return;
        }
        for (Candidate c : candidates) {
            String country = c.is(EntityType.ORGANIZATION) && c.end == c.start + 2 && c.feature(Features.COUNTRY) == null
                    && scan.token(c.start + 1).lowercase() ? scan.lexicon.demonyms.get(scan.token(c.start + 1).folded()) : null;
            String body = country == null ? null
                    : byHeadAndCountry.get(new HeadAndCountry(scan.token(c.start).folded(), country));
            if (body != null) {
                c.value = body;
            }
        }
    }

    /**
     * {@code 47e sommet de <city>} in a title and {@code 47e sommet de <body>} in the text: one
     * document's meetings with the same number and noun are one meeting, named as first mentioned.
     */
    private static void sameNumberedMeeting(TextScan scan, List<Candidate> candidates) {
        Map<String, Candidate> byNumber = new HashMap<>();
        for (Candidate c : candidates) {
            if (numbered(scan, c)) {
                byNumber.merge(numberAndNoun(scan, c), c, (a, b) -> a.start <= b.start ? a : b);
            }
        }
        for (Candidate c : candidates) {
            if (byNumber.size() > 0 && numbered(scan, c)) {
                c.value = byNumber.get(numberAndNoun(scan, c)).value;
            }
        }
    }

    private static boolean numbered(TextScan scan, Candidate c) {
        return c.is(EntityType.EVENT) && c.end > c.start + 2 && EventRule.isOrdinal(scan.token(c.start));
    }

    private static String numberAndNoun(TextScan scan, Candidate c) {
        return scan.token(c.start).folded() + ' ' + scan.token(c.start + 1).folded();
    }

    private void aliases(TextScan scan, List<Candidate> candidates) {
        Map<TypedName, String> byAlias = new HashMap<>();
        for (Candidate c : candidates) {
            if (c.feature(Features.ALIAS) != null) {
                byAlias.putIfAbsent(TypedName.of(c, folds.of(c.feature(Features.ALIAS))), c.value);
            }
        }
        if (byAlias.isEmpty()) {
            return;
        }
        for (Candidate c : candidates) {
            String target = byAlias.get(TypedName.of(c, folds.of(c.value)));
            if (target == null) {
                target = byAlias.get(TypedName.of(c, folds.of(scan.covered(c.start, c.end))));
            }
            if (target != null) {
                c.value = target;
            }
        }
    }

    /** Of the spellings of one folded name, the most accented ({@link NameKey#moreAccented}) is every mention's value. */
    private void accents(TextScan scan, List<Candidate> candidates) {
        Map<TypedName, String> best = new HashMap<>();
        TypedName[] keys = new TypedName[candidates.size()];
        for (int i = 0; i < keys.length; i++) {
            Candidate c = candidates.get(i);
            TypedName key = TypedName.of(c, folds.of(c.value));
            keys[i] = key;
            best.merge(key, c.value, NameKey::moreAccented);
            String written = scan.covered(c.start, c.end);
            if (!written.equals(c.value) && folds.of(written).equals(folds.of(c.value))) {
                best.merge(key, NamePhrase.capitalise(written), NameKey::moreAccented);
            }
        }
        for (int i = 0; i < keys.length; i++) {
            candidates.get(i).value = best.get(keys[i]);
        }
    }
}
