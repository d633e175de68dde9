package org.vigie.entities.french.internal.rule;

import org.vigie.entities.api.EntityType;
import org.vigie.entities.french.internal.grammar.PersonNames;
import org.vigie.entities.french.internal.scan.Candidate;
import org.vigie.entities.french.internal.scan.TextScan;
import org.vigie.entities.french.internal.text.Token;
import org.vigie.entities.french.internal.text.WordClass;

/**
 * Names whose type the words around them tell: {@code groupe NEC}, {@code journal Thanh Nien},
 * {@code ransomware Hive} (organisations), {@code lac Truc Bach}, {@code province de Ninh Binh},
 * {@code salle de concert Crocus City Hall} (places), {@code VietJet, une compagnie aérienne}
 * (an organisation by apposition), and {@code X, connu sous le nom de Y} (Y names X, or an
 * organisation when X is not a person).
 */
public final class ContextRule implements Rule {

    @Override
    public void apply(TextScan scan) {
        for (int i = 0; i + 1 < scan.size(); i++) {
            Token t = scan.token(i);
            // "l'ONG Tax Watch": the one cue written in capitals
            if (!t.isWord() || !t.lowercase() && !(t.acronym() && t.in(WordClass.ORGANIZATION_NOUN))) {
                continue;
            }
            if (t.in(WordClass.ORGANIZATION_NOUN)) {
                // "la compagnie aérienne Iran Air", "le groupe chinois Huawei"
                boolean adjective = scan.token(i + 1).lowercase() && (scan.token(i + 1).in(WordClass.COMPANY_ADJECTIVE)
                        || scan.token(i + 1).in(WordClass.DEMONYM));
                // "l'usine d'armement Ouralvagonzavod", "la société de sécurité X"
                boolean of = (scan.is(i + 1, "d'") || scan.is(i + 1, "de")) && i + 3 < scan.size()
                        && scan.token(i + 2).lowercase() && scan.token(i + 3).capitalised();
                named(scan, adjective ? i + 2 : of ? i + 3 : i + 1, EntityType.ORGANIZATION, i);
            } else if (t.in(WordClass.PLACE_NOUN_KEPT) || t.in(WordClass.PLACE_NOUN_DROPPED)) {
                place(scan, i);
            } else if (t.is("nom") && scan.is(i - 1, "le") && scan.is(i - 2, "sous") && scan.is(i + 1, "de")) {
                knownAs(scan, i + 2);
            }
        }
        for (int i = 0; i + 3 < scan.size(); i++) {
            if (!scan.isPunct(i + 1, ',')) {
                continue;
            }
            // "l'Armée blanche, une milice": a capitalised name and its lower-case adjective
            boolean adjective = i > 0 && scan.token(i).lowercase() && scan.token(i - 1).capitalised()
                    && !scan.token(i - 1).sentenceStart() && org.vigie.entities.french.internal.grammar.Adjectives.isAdjective(scan, i);
            if ((scan.token(i).capitalised() || adjective) && (scan.is(i + 2, "une") || scan.is(i + 2, "un"))
                    && scan.token(i + 3).in(WordClass.COMPANY_APPOSITION)) {
                int start = adjective ? i - 1 : i;
                while (start > 0 && i - start < 3 && scan.token(start - 1).capitalised() && !scan.token(start).sentenceStart()) {
                    start--;
                }
                add(scan, start, i + 1, EntityType.ORGANIZATION, null);
            }
        }
    }

    /** Natural features whose own name is also used alone (not seas, straits, capes, lakes: {@code mer de Kara}). */
    private static final java.util.Set<String> BARE_TOO = java.util.Set.of("atoll", "mont", "monts", "peninsule", "ile",
            "iles", "archipel", "foret", "plaine", "plateau", "dorsale", "recif", "haut-fond", "desert", "massif",
            "colline", "vallee");

    private void place(TextScan scan, int noun) {
        if (noun > 0 && (scan.token(noun - 1).in(WordClass.PLACE_NOUN_KEPT) || scan.token(noun - 1).in(WordClass.PLACE_NOUN_DROPPED))) {
            return; // "la prison centrale de X": the first noun is the head, the second its adjective
        }
        int at = noun + 1;
        // "vallée de la Lai", "lac des Quatre-Cantons", "centrale nucléaire de X": the article after "de" too
        while (at < scan.size() && at - noun < 4 && !scan.token(at).capitalised()
                && (scan.is(at, "de") || scan.is(at, "d'") || scan.is(at, "du") || scan.is(at, "des") || scan.is(at, "international")
                || (scan.is(at, "la") || scan.is(at, "l'")) && scan.is(at - 1, "de") || scan.is(at, "nucleaire")
                || scan.is(at, "internationale") || scan.is(at, "concert") || scan.token(at).in(WordClass.DEMONYM))) {
            at++;
        }
        // "un temple de Surrey" is some temple there: the place is the town, not a building of that name
        boolean keepNoun = scan.token(noun).in(WordClass.PLACE_NOUN_KEPT) && !scan.is(noun - 1, "un") && !scan.is(noun - 1, "une");
        named(scan, at, EntityType.LOCATION, keepNoun ? noun : -1);
    }

    /** A capitalised name at {@code at}, typed by its context; {@code from} >= 0 keeps the context noun in the value. */
    private void named(TextScan scan, int at, EntityType type, int from) {
        if (type.equals(EntityType.ORGANIZATION) && articleOfName(scan, at)) {
            // "le parti Les Républicains", "le quotidien La Nación": the article is the name's
            int end = at + 2;
            while (end < scan.size() && end - at < 4 && scan.token(end).capitalised() && !scan.token(end).in(WordClass.STOPWORD)) {
                end++;
            }
            add(scan, at, end, type, null);
            return;
        }
        if (at >= scan.size() || !scan.token(at).capitalised() || scan.token(at).in(WordClass.STOPWORD)
                || PersonNames.isHonorific(scan, at)) {
            return;
        }
        if (scan.coveringAt(at) != null) {
            placeFirst(scan, at, type);
            if (from >= 0 && type.equals(EntityType.LOCATION)) {
                NaturalFeatures.around(scan, from, at);
            }
            return;
        }
        int end = at + 1;
        while (end < scan.size() && end - at < 4) {
            if (type.equals(EntityType.LOCATION) && scan.is(end, "y") && scan.token(end).lowercase() && end + 1 < scan.size()
                    && scan.token(end + 1).capitalised()) {
                end++; // "dorsale de Salas y Gómez": the Spanish "and" inside one name
            } else if (!scan.token(end).capitalised() || scan.token(end).in(WordClass.STOPWORD) || scan.coveringAt(end) != null) {
                break;
            }
            end++;
        }
        if (type.equals(EntityType.ORGANIZATION) && end == at + 1 && end < scan.size() && scan.token(end).lowercase()
                && !scan.token(end).in(WordClass.DEMONYM) && org.vigie.entities.french.internal.grammar.Adjectives.isAdjective(scan, end)
                && !(end + 1 < scan.size() && (scan.token(end + 1).in(WordClass.ARTICLE) || scan.is(end + 1, "un") || scan.is(end + 1, "une")))) {
            // (not "le groupe Akira exploite la faille": a verb before its object is no adjective)
            return; // "la coalition Pouvoir national du peuple": the name goes on in lower case, its end is unknown
        }
        boolean keep = from >= 0 && type.equals(EntityType.LOCATION);
        add(scan, keep ? from : at, end, type, null);
        Candidate infrastructure = keep && (scan.is(from, "aeroport") || scan.is(from, "port") || BARE_TOO.contains(scan.token(from).folded()))
                ? scan.coveringAt(from, EntityType.LOCATION) : null;
        if (infrastructure != null && infrastructure.start == from && infrastructure.end == end) {
            // "l'aéroport de Schiphol", "le port turc de Ceyhan", "l'atoll de X", "le mont X": the place's
            // own name is the usual one
            infrastructure.with(org.vigie.entities.api.Features.ALIAS, scan.covered(at, end));
        }
    }

    /** A capitalised {@code Le}, {@code La} or {@code Les} inside a sentence, before an unknown capitalised word. */
    private static boolean articleOfName(TextScan scan, int at) {
        return at + 1 < scan.size() && scan.token(at).capitalised() && !scan.token(at).sentenceStart()
                && (scan.is(at, "le") || scan.is(at, "la") || scan.is(at, "les")) && scan.token(at + 1).capitalised()
                && !scan.token(at + 1).in(WordClass.STOPWORD) && scan.coveringAt(at) == null && scan.coveringAt(at + 1) == null;
    }

    /** {@code Iran Air}, {@code China Telecom}: a company named by a one-word place and a word of its own. */
    private static void placeFirst(TextScan scan, int at, EntityType type) {
        Candidate place = scan.coveringAt(at, EntityType.LOCATION);
        if (type.equals(EntityType.ORGANIZATION) && place != null && place.start == at && place.end == at + 1
                && at + 1 < scan.size() && scan.token(at + 1).capitalised() && scan.coveringAt(at + 1) == null
                && !scan.token(at + 1).in(WordClass.STOPWORD)) {
            scan.add(new Candidate(at, at + 2, type, scan.covered(at, at + 2), Candidate.Source.CONTEXT, 0.6));
        }
    }

    private void knownAs(TextScan scan, int at) {
        int open = scan.isPunct(at, '«') || scan.isPunct(at, '"') ? at + 1 : at;
        if (open >= scan.size() || !scan.token(open).capitalised()) {
            return;
        }
        int end = open + 1;
        while (end < scan.size() && end - open < 4 && scan.token(end).capitalised()) {
            end++;
        }
        for (int back = at - 4; back >= Math.max(0, at - 12); back--) {
            Candidate person = scan.coveringAt(back, EntityType.PERSON);
            if (person != null) {
                add(scan, open, end, EntityType.PERSON, person.value);
                return;
            }
        }
        add(scan, open, end, EntityType.ORGANIZATION, null);
    }

    private static void add(TextScan scan, int start, int end, EntityType type, String value) {
        if (scan.coveringAt(start) != null) {
            return;
        }
        scan.add(new Candidate(start, end, type, value != null ? value : scan.covered(start, end),
                Candidate.Source.CONTEXT, 0.6));
    }
}
