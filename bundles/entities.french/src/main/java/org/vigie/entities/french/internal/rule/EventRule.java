package org.vigie.entities.french.internal.rule;

import java.util.List;

import org.vigie.entities.api.EntityType;
import org.vigie.entities.french.internal.grammar.NamePhrase;
import org.vigie.entities.french.internal.grammar.PhraseGrammar;
import org.vigie.entities.french.internal.scan.Candidate;
import org.vigie.entities.french.internal.scan.TextScan;
import org.vigie.entities.french.internal.text.Token;
import org.vigie.entities.french.internal.text.WordClass;

/**
 * Named events: an ordinal and a meeting noun with its complement ({@code 17e Conférence des
 * forces spéciales, de la sécurité et de l'application de la loi}, {@code 3ème Assemblée générale
 * de l'Afripol}), a capitalised summit or forum with a complement ({@code Sommet de l'OTAN}),
 * {@code opération} followed by a capitalised name. Acronym-number codes are {@link CodeRule}'s.
 */
public final class EventRule implements Rule {

    /** What follows the digits of an ordinal ({@code 17e}, {@code 1er}); a Roman one takes the first four. */
    private static final List<String> ORDINAL_ENDINGS = List.of("e", "è", "ème", "eme", "er", "re", "ère", "ᵉ");
    private static final List<String> ROMAN_ENDINGS = ORDINAL_ENDINGS.subList(0, 4);

    private final PhraseGrammar grammar;

    public EventRule(PhraseGrammar grammar) {
        this.grammar = grammar;
    }

    /** {@code 17e}, {@code 1er}, {@code XIXe}, {@code troisième}. */
    public static boolean isOrdinal(Token t) {
        char c = t.text().charAt(0);
        if (t.kind() == Token.Kind.NUMBER) {
            String s = t.text();
            int digits = 0;
            while (digits < s.length() && Character.isDigit(s.charAt(digits))) {
                digits++;
            }
            return digits > 0 && digits <= 3 && digits < s.length() && asciiDigits(s, digits)
                    && ORDINAL_ENDINGS.contains(s.substring(digits));
        }
        if ("IVXLC".indexOf(c) >= 0 && t.text().length() >= 3 && "IVXLC".indexOf(t.text().charAt(1)) >= 0) {
            return t.text().length() <= 9 && romanOrdinal(t.text());
        }
        return t.lowercase() && t.in(WordClass.ORDINAL_WORD);
    }

    private static boolean asciiDigits(String s, int end) {
        for (int i = 0; i < end; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** {@code XIXe}: two to six Roman digits and an ordinal ending. */
    private static boolean romanOrdinal(String s) {
        int digits = 0;
        while (digits < s.length() && "IVXLC".indexOf(s.charAt(digits)) >= 0) {
            digits++;
        }
        return digits >= 2 && digits <= 6 && ROMAN_ENDINGS.contains(s.substring(digits));
    }

    @Override
    public void apply(TextScan scan) {
        for (int i = 0; i < scan.size(); i++) {
            Token t = scan.token(i);
            if (isOrdinal(t) && i + 1 < scan.size() && meeting(scan.token(i + 1))) {
                named(scan, i, i + 1, false);
            } else if (isOrdinal(t) && i + 1 < scan.size() && scan.token(i + 1).lowercase()
                    && scan.token(i + 1).in(WordClass.NAMED_WITHOUT_ORDINAL)) {
                named(scan, i, i + 1, true);
            } else if (isOrdinal(t) && i + 2 < scan.size() && scan.token(i + 1).lowercase()
                    && LOWER_CASE_NUMBERED.contains(scan.token(i + 1).folded())) {
                numberedMeeting(scan, i);
            } else if (meeting(t) && t.in(WordClass.NAMED_WITHOUT_ORDINAL) && !t.sentenceStart()
                    && !(i > 0 && isOrdinal(scan.token(i - 1)))) {
                named(scan, i, i, true);
            } else if (t.lowercase() && t.in(WordClass.NAMED_WITHOUT_ORDINAL) && !(i > 0 && isOrdinal(scan.token(i - 1)))) {
                ofOrganisation(scan, i);
            } else if (t.is("operation") && i + 1 < scan.size() && scan.token(i + 1).capitalised()
                    && scan.coveringAt(i + 1) == null) {
                int end = i + 2;
                while (end < scan.size() && end - i < 5 && scan.token(end).capitalised()) {
                    end++;
                }
                scan.add(new Candidate(i, end, EntityType.EVENT, scan.covered(i, end), Candidate.Source.RULE, 0.6))
                        .with(org.vigie.entities.api.Features.ALIAS, scan.covered(i + 1, end));
            }
        }
    }

    /**
     * {@code sommet de l'OTAN à Vilnius}, {@code conférence de l'ONU}: a meeting noun in lower case
     * is a name only with an organisation of the gazetteer right after it, and the place that
     * follows, or an acronym ({@code sommet du G7}); {@code le sommet de la montagne}, {@code la
     * conférence de presse} are not.
     */
    private static void ofOrganisation(TextScan scan, int i) {
        int of = i + 1 + (scan.is(i + 1, "de") && (scan.is(i + 2, "l'") || scan.is(i + 2, "la")) ? 2
                : scan.is(i + 1, "du") || scan.is(i + 1, "des") ? 1 : 0);
        Candidate body = of > i + 1 ? scan.coveringAt(of, EntityType.ORGANIZATION) : null;
        if (body == null || body.start != of || body.source != Candidate.Source.GAZETTEER && !scan.token(of).acronym()) {
            ofCity(scan, i);
            return;
        }
        int end = body.end;
        Candidate place = scan.is(end, "a") ? scan.coveringAt(end + 1, EntityType.LOCATION) : null;
        if (place != null && place.start == end + 1) {
            end = place.end;
        }
        scan.add(new Candidate(i, end, EntityType.EVENT, scan.covered(i, end), Candidate.Source.RULE, 0.65));
    }

    /** {@code sommet de Lomé}: a meeting noun, {@code de} without article and a city of the gazetteer (no country). */
    private static void ofCity(TextScan scan, int i) {
        Candidate city = scan.is(i + 1, "de") || scan.is(i + 1, "d'") ? scan.coveringAt(i + 2, EntityType.LOCATION) : null;
        if (city != null && city.start == i + 2 && city.source == Candidate.Source.GAZETTEER
                && !city.features.getOrDefault(org.vigie.entities.api.Features.LINK, "").startsWith("iso")) {
            scan.add(new Candidate(i, city.end, EntityType.EVENT, scan.covered(i, city.end), Candidate.Source.RULE, 0.6));
        }
    }

    private static final java.util.Set<String> LOWER_CASE_NUMBERED = java.util.Set.of("reunion", "dialogue", "session");

    /**
     * {@code la troisième réunion de Doha}, {@code le 14e dialogue Raisina}: an ordinal and a
     * lower-case meeting noun name a meeting only with a name of their own or {@code de} + a known
     * place; {@code la deuxième réunion des ministres} is none.
     */
    private static void numberedMeeting(TextScan scan, int ordinal) {
        int head = ordinal + 1;
        int end = -1;
        if (scan.token(head + 1).capitalised() && !scan.token(head + 1).acronym() && scan.coveringAt(head + 1) == null) {
            end = ownName(scan, head + 1);
        } else if (scan.is(head + 1, "de") || scan.is(head + 1, "d'")) {
            Candidate place = scan.coveringAt(head + 2, EntityType.LOCATION);
            end = place != null && place.start == head + 2 ? place.end : -1;
        }
        if (end > head + 1) {
            scan.add(new Candidate(ordinal, end, EntityType.EVENT, scan.covered(ordinal, end), Candidate.Source.RULE, 0.7))
                    .with(org.vigie.entities.api.Features.ALIAS, scan.covered(head, end));
        }
    }

    /** {@code 22e Dialogue Shangri-La}: after an ordinal, a meeting's own capitalised name (hyphenated parts kept). */
    private static int ownName(TextScan scan, int at) {
        int end = at;
        while (end < scan.size() && end - at < 4 && scan.token(end).capitalised() && !scan.token(end).in(WordClass.STOPWORD)
                && scan.coveringAt(end) == null) {
            end++;
            if (scan.isPunct(end, '-') && end + 1 < scan.size() && scan.token(end).begin() == scan.token(end - 1).end()
                    && scan.token(end + 1).begin() == scan.token(end).end() && scan.token(end + 1).capitalised()) {
                end += 2;
            }
        }
        return end;
    }

    /**
     * A forum or congress qualified by {@code national}, {@code démocratique}, {@code populaire}, or
     * followed by {@code pour} or {@code des} + a plural noun, and a conference of bishops, are the
     * names of parties and standing bodies, not of meetings ({@code Forum de Paris sur la paix} is one).
     */
    private static boolean body(TextScan scan, int head) {
        if (head + 2 >= scan.size() || !scan.token(head + 1).lowercase()) {
            return false;
        }
        Token next = scan.token(head + 1);
        if (scan.token(head).is("conference")) {
            return next.is("des") && scan.is(head + 2, "eveques");
        }
        return (scan.token(head).is("forum") || scan.token(head).is("congres"))
                && (BODY_ADJECTIVES.contains(next.folded()) || next.is("pour")
                || next.is("des") && scan.token(head + 2).lowercase() && scan.token(head + 2).folded().endsWith("s"));
    }

    private static final java.util.Set<String> BODY_ADJECTIVES = java.util.Set.of("national", "nationale",
            "democratique", "populaire", "patriotique", "progressiste", "revolutionnaire", "civique", "republicain");

    private static boolean meeting(Token t) {
        return t.capitalised() && t.in(WordClass.MEETING);
    }

    private void named(TextScan scan, int start, int head, boolean needsComplement) {
        int end = head + 1;
        if (scan.is(end, "generale") || scan.is(end, "ministeriel") || scan.is(end, "ronde")) {
            end++;
        }
        boolean demonym = end < scan.size() && scan.token(end).lowercase() && scan.token(end).in(WordClass.DEMONYM);
        if (start == head && (demonym || end == head + 1 && body(scan, head))) {
            // "le Congrès péruvien", "le Forum tunisien pour les droits ...": a country's body, not a meeting;
            // "Congrès national X", "Forum pour le changement", "Conférence des évêques": a party or a body
            end = grammar.complementEnd(scan, demonym ? end + 1 : end, false, false);
            scan.add(new Candidate(head, end, EntityType.ORGANIZATION, NamePhrase.value(scan, head, end, null),
                    Candidate.Source.RULE, 0.7));
            return;
        }
        end = start < head ? ownName(scan, end) : end;
        end = grammar.complementEnd(scan, end, true, false);
        while (end > head + 1 && scan.isPunct(end - 1, ',')) {
            end--;
        }
        if (needsComplement && end == head + 1) {
            return;
        }
        Candidate c = scan.add(new Candidate(start, end, EntityType.EVENT, NamePhrase.value(scan, start, end, null),
                Candidate.Source.RULE, 0.75));
        if (start < head && end > head + 1) {
            c.with(org.vigie.entities.api.Features.ALIAS, NamePhrase.value(scan, head, end, null));
        }
    }
}
