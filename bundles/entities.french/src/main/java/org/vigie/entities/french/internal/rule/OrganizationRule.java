package org.vigie.entities.french.internal.rule;

import org.vigie.entities.api.EntityType;
import org.vigie.entities.api.Features;
import org.vigie.entities.french.internal.grammar.Adjectives;
import org.vigie.entities.french.internal.grammar.NamePhrase;
import org.vigie.entities.french.internal.grammar.PhraseGrammar;
import org.vigie.entities.french.internal.scan.Candidate;
import org.vigie.entities.french.internal.scan.TextScan;
import org.vigie.entities.french.internal.text.Token;
import org.vigie.entities.french.internal.text.WordClass;

/**
 * Organisations named by a head noun and its complement: {@code ministère vietnamien de la
 * Sécurité publique}, {@code Département de la cybercriminalité d'Interpol}, {@code Agence
 * nationale de sécurité}, {@code Commission européenne}. The country adjective or a trailing
 * {@code du Vietnam} of a ministry becomes its {@link Features#COUNTRY}, and the value drops them
 * ({@code Ministère de la Sécurité publique}); a trailing parent organisation is kept in the value
 * and dropped in an alias. Lower-case heads count only as ministries and departments with a
 * complement, a police with an adjective, or any head followed by an acronym in brackets. Over 150
 * lines because reading a head's phrase, accepting it and taking its country out are one decision
 * about one head.
 */
public final class OrganizationRule implements Rule {

    private final PhraseGrammar grammar;

    public OrganizationRule(PhraseGrammar grammar) {
        this.grammar = grammar;
    }

    @Override
    public void apply(TextScan scan) {
        // right to left, so an inner organisation is known when its container is read
        for (int i = scan.size() - 1; i >= 0; i--) {
            Token head = scan.token(i);
            if (bareLegislature(scan, i)) {
                scan.add(new Candidate(i, i + 1, EntityType.ORGANIZATION, head.text(), Candidate.Source.CONTEXT, 0.6));
                continue;
            }
            if (numberedUnit(scan, i)) {
                emit(scan, i - 1, Math.max(i + 1, phraseEnd(scan, i)));
                continue;
            }
            if (head.isWord() && head.in(WordClass.ORGANIZATION_HEAD) && !(i > 0 && EventRule.isOrdinal(scan.token(i - 1)))
                    && !namedByGazetteer(scan, i)) {
                int end = forceEnd(scan, head, i, phraseEnd(scan, i));
                if (end > i + 1 && accepted(scan, head, i, end)) {
                    emit(scan, newBefore(scan, i) ? i - 1 : i, end);
                }
            }
        }
    }

    private static final java.util.Set<String> LEGISLATURES = java.util.Set.of("parlement", "senat", "assemblee",
            "congres", "diete");

    /**
     * {@code a dissous le Parlement}, {@code devant l'Assemblée}, {@code au Congrès}: a capitalised
     * legislature with its article and nothing after it names the country's own; not at a sentence
     * start, not with a name or a complement after it (the rules' heads read those), not in
     * apposition to a local name ({@code au Majlis, le Parlement}).
     */
    private static boolean bareLegislature(TextScan scan, int i) {
        Token t = scan.token(i);
        if (!t.capitalised() || t.sentenceStart() || !LEGISLATURES.contains(t.folded()) || i < 1) {
            return false;
        }
        Token before = scan.token(i - 1);
        boolean article = before.is("le") || before.is("la") || before.is("l'") || before.is("au") || before.is("du");
        if (!article || i >= 2 && scan.isPunct(i - 2, ',') && i >= 3 && scan.token(i - 3).capitalised()) {
            return false;
        }
        for (int k = 0; k < scan.size(); k++) {
            if (k != i && scan.token(k).capitalised() && scan.token(k).folded().equals(t.folded()) && !bareAfter(scan, k)) {
                return false; // "le Parlement européen ... le Parlement": the short form is the long name's
            }
        }
        return bareAfter(scan, i);
    }

    private static boolean bareAfter(TextScan scan, int i) {
        if (i + 1 >= scan.size() || org.vigie.entities.french.internal.grammar.PersonNames.blankLineBefore(scan, i + 1)) {
            return true;
        }
        Token next = scan.token(i + 1);
        return next.kind() == Token.Kind.PUNCT && !scan.isPunct(i + 1, '(') && !scan.isPunct(i + 1, '-')
                || next.lowercase() && !next.in(WordClass.PREPOSITION) && !Adjectives.isAdjective(scan, i + 1)
                && !next.in(WordClass.DEMONYM) && !next.is("de") && !next.is("du") && !next.is("des") && !next.is("d'");
    }

    /** {@code la Nouvelle Banque de développement}: a capitalised {@code Nouvelle}/{@code Nouveau} inside a sentence is the name's. */
    private static boolean newBefore(TextScan scan, int head) {
        Token before = head > 0 ? scan.token(head - 1) : null;
        return before != null && scan.token(head).capitalised() && before.capitalised() && !before.sentenceStart()
                && (before.is("nouvelle") || before.is("nouveau")) && scan.coveringAt(head - 1) == null;
    }

    /** {@code la 53e brigade antiaérienne}, {@code le 9e régiment d'infanterie de marine}: a numbered military unit. */
    private static boolean numberedUnit(TextScan scan, int i) {
        return i > 0 && scan.token(i).lowercase() && scan.token(i).in(WordClass.MILITARY_UNIT)
                && scan.token(i - 1).kind() == Token.Kind.NUMBER && EventRule.isOrdinal(scan.token(i - 1));
    }

    /**
     * A force named in lower case by its adjectives ({@code la police serbe contre les passeurs},
     * {@code l'armée malienne et ses alliés}) ends with them, unless a capitalised word follows in
     * its complement ({@code police de Dubaï}).
     */
    private static int forceEnd(TextScan scan, Token head, int i, int end) {
        if (head.lowercase() && head.in(WordClass.COURT_HEAD)) {
            return courtEnd(scan, i, end);
        }
        if (!head.lowercase() || !head.in(WordClass.POLICE_HEAD)) {
            return end;
        }
        int adjectives = i + 1;
        while (adjectives < end && scan.token(adjectives).lowercase() && institutional(scan, scan.token(adjectives))) {
            adjectives++;
        }
        boolean of = scan.is(adjectives, "de") || scan.is(adjectives, "du") || scan.is(adjectives, "des") || scan.is(adjectives, "d'");
        for (int k = adjectives; k < end && of; k++) {
            // "police de Dubaï"; not "armée malienne au nord de Gao", whose complement says where it is
            if (scan.token(k).capitalised() || scan.token(k).acronym()) {
                return end;
            }
        }
        return adjectives > i + 1 ? adjectives : end;
    }

    /**
     * A court named in lower case ends with its seat ({@code tribunal fédéral de Seattle de
     * violations de la loi ...} is the court of Seattle).
     */
    private static int courtEnd(TextScan scan, int i, int end) {
        for (int k = i + 2; k < end; k++) {
            Candidate seat = scan.coveringAt(k, EntityType.LOCATION);
            if (seat != null && seat.start == k && (scan.token(k - 1).lowercase() || scan.token(k - 1).kind() == Token.Kind.ELISION)
                    && seat.end < end) {
                return PhraseGrammar.gluedCompound(scan, seat.end) ? seat.end + 2 : seat.end;
            }
        }
        return end;
    }

    /** The gazetteer already names what starts here ({@code Parti communiste chinois au pouvoir}). */
    private static boolean namedByGazetteer(TextScan scan, int i) {
        Candidate known = scan.coveringAt(i, EntityType.ORGANIZATION);
        return known != null && known.start == i && known.source == Candidate.Source.GAZETTEER;
    }

    private int phraseEnd(TextScan scan, int head) {
        int end = head + 1;
        while (end < scan.size() && (Adjectives.isAdjective(scan, end)
                || scan.token(end).in(WordClass.DEMONYM) && scan.token(end).lowercase())) {
            end++;
        }
        // a known organisation or an acronym may follow directly: "Complexe mondial Interpol"
        while (end < scan.size() && end - head < 6 && (scan.token(end).acronym()
                || scan.coveringAt(end, EntityType.ORGANIZATION) != null && scan.token(end).capitalised())) {
            end++;
        }
        if (end == head + 1 && ownName(scan, head)) {
            end++;
        }
        return toBracketedAcronym(scan, head, grammar.complementEnd(scan, end, false, false));
    }

    /**
     * {@code Front Polisario}, {@code Force Radaa}, {@code Brigade 444}: a capitalised head followed
     * by one unknown capitalised word or a number, its own name. Not a given name ({@code Parti
     * Ahmed Salem}), a known name, a nationality or a sentence's first word.
     */
    private static boolean ownName(TextScan scan, int head) {
        if (!scan.token(head).capitalised() || head + 1 >= scan.size()) {
            return false;
        }
        Token name = scan.token(head + 1);
        if (name.kind() == Token.Kind.NUMBER) {
            return name.begin() == scan.token(head).end() + 1 && name.text().chars().allMatch(Character::isDigit);
        }
        return name.capitalised() && !name.acronym() && !name.sentenceStart() && !name.in(WordClass.STOPWORD)
                && !name.in(WordClass.FIRST_NAME) && !name.in(WordClass.DEMONYM) && scan.coveringAt(head + 1) == null
                && !(head + 2 < scan.size() && scan.token(head + 2).capitalised());
    }

    /**
     * {@code Direction d'enquête sur la criminalité organisée et le terrorisme (DIICOT)}: lower-case
     * words (and known places after them: {@code ... en Haïti (MMAS)}) the grammar stopped at belong
     * to the name when an acronym of the head's initial follows them in brackets.
     */
    private static int toBracketedAcronym(TextScan scan, int head, int end) {
        return toBracketedAcronym(scan, head, end, 10);
    }

    /** As above, looking at most {@code window} tokens ahead. */
    static int toBracketedAcronym(TextScan scan, int head, int end, int window) {
        for (int k = end; k < scan.size() && k - end < window; k++) {
            Token t = scan.token(k);
            if (scan.isPunct(k, '(') && k > end && k + 2 < scan.size() && scan.token(k + 1).acronym()
                    && scan.isPunct(k + 2, ')')
                    && scan.token(k + 1).folded().charAt(0) == scan.token(head).folded().charAt(0)) {
                return k;
            }
            if (!(t.lowercase() || t.kind() == Token.Kind.ELISION || placeAt(scan, k))) {
                break;
            }
        }
        return end;
    }

    private static boolean definite(TextScan scan, int i) {
        return scan.is(i - 1, "la") || scan.is(i - 1, "le") || scan.is(i - 1, "l'") || scan.is(i - 1, "du") || scan.is(i - 1, "au");
    }

    /**
     * {@code police d'État de Pennsylvanie}, {@code parquet de Magdebourg}: the phrase's last
     * capitalised word comes after {@code de}/{@code du}/{@code d'}/{@code de la} and is no given name.
     */
    private static boolean seatAfter(TextScan scan, int i, int end) {
        int last = end - 1;
        while (last > i && !scan.token(last).capitalised()) {
            last--;
        }
        int first = last;
        while (first > i + 1 && scan.token(first - 1).capitalised()) {
            first--;
        }
        Token before = scan.token(first - 1);
        boolean of = before.is("de") || before.is("du") || before.is("d'") || (before.is("la") || before.is("l'")) && scan.is(first - 2, "de");
        return last > i + 1 && of && !scan.token(first).in(WordClass.FIRST_NAME) && !scan.token(first).in(WordClass.GIVEN_NAME)
                && scan.coveringAt(first, EntityType.PERSON) == null;
    }

    /** A known place ({@code ... en Haïti (MMAS)}): the name may run over it to its bracketed acronym. */
    private static boolean placeAt(TextScan scan, int k) {
        Candidate place = scan.coveringAt(k, EntityType.LOCATION);
        return place != null && place.source == Candidate.Source.GAZETTEER && k > 0 && scan.token(k - 1).lowercase();
    }

    private static boolean institutional(TextScan scan, Token t) {
        return t.lowercase() && (t.in(WordClass.INSTITUTIONAL) || t.in(WordClass.DEMONYM));
    }

    private boolean accepted(TextScan scan, Token head, int i, int end) {
        if (head.capitalised()) {
            boolean adjectivesOnly = true;
            for (int j = i + 1; j < end; j++) {
                adjectivesOnly &= scan.token(j).lowercase() && Adjectives.isAdjective(scan, j);
            }
            return adjectivesOnly ? institutional(scan, scan.token(i + 1))
                    : !head.sentenceStart() || end > i + 2 || scan.token(i + 1).lowercase();
        }
        if (head.in(WordClass.LOWERCASE_HEAD)) {
            return end > i + 2 && !namesAPlace(scan, head, i, end);
        }
        // "un tribunal d'Iekaterinbourg" is some court there; "un tribunal fédéral de Houston" is one of a kind
        boolean someCourt = scan.is(i - 1, "un") && (scan.is(i + 1, "de") || scan.is(i + 1, "d'"));
        if (head.in(WordClass.COURT_HEAD) && end > i + 1 && !someCourt && courtName(scan, i, end)) {
            return true;
        }
        if (head.in(WordClass.POLICE_HEAD) && (scan.is(i - 1, "une") || scan.is(i - 1, "un"))) {
            return false; // "la création d'une armée européenne" names no force
        }
        if (head.in(WordClass.POLICE_HEAD) && i + 1 < end && institutional(scan, scan.token(i + 1))) {
            return true;
        }
        if ((head.in(WordClass.POLICE_HEAD) || head.in(WordClass.COURT_HEAD)) && definite(scan, i) && seatAfter(scan, i, end)) {
            return true; // "la police du Merseyside", "le parquet de Magdebourg": a force or court of a place
        }
        if (ofKnownBody(scan, i, end) || head.is("parquet") && scan.is(i + 1, "federal") && scan.is(i - 1, "le")) {
            return true;
        }
        return scan.isPunct(end, '(') && end + 1 < scan.size() && scan.token(end + 1).acronym();
    }

    /**
     * {@code le groupe de Minsk de l'OSCE}: a lower-case head with a name of its own (a capitalised
     * word), owned by a known organisation, is a body of it; not {@code la direction de l'ONU} nor
     * {@code le mécanisme de collaboration d'Interpol}, which have no name of their own.
     */
    private static boolean ofKnownBody(TextScan scan, int i, int end) {
        int parent = NamePhrase.trailingAttachment(scan, i, end, EntityType.ORGANIZATION);
        Candidate owner = parent > i + 2 ? scan.coveringAt(end - 1, EntityType.ORGANIZATION) : null;
        if (owner == null || owner.end != end || owner.source != Candidate.Source.GAZETTEER) {
            return false;
        }
        for (int k = i + 2; k < parent; k++) {
            if (scan.token(k).capitalised() && scan.coveringAt(k, EntityType.ORGANIZATION) == null) {
                return true;
            }
        }
        return false;
    }

    /** {@code département de l'Aveyron}, {@code du Cauca}: the place, not a body (a country's would be: {@code département d'État}). */
    private static boolean namesAPlace(TextScan scan, Token head, int i, int end) {
        if (!head.is("departement")) {
            return false;
        }
        Candidate place = scan.coveringAt(end - 1, EntityType.LOCATION);
        return place != null && place.end == end && place.start <= i + 3 && place.source == Candidate.Source.GAZETTEER
                && !place.features.getOrDefault(Features.LINK, "").startsWith("iso:");
    }

    /** A court named by its seat or by institutional adjectives only, never {@code cour de récréation}. */
    private static boolean courtName(TextScan scan, int i, int end) {
        boolean adjectives = true;
        for (int j = i + 1; j < end; j++) {
            Token t = scan.token(j);
            if (t.capitalised() && scan.coveringAt(j, EntityType.LOCATION) != null
                    && (scan.token(j - 1).lowercase() || scan.token(j - 1).kind() == Token.Kind.ELISION)) {
                return true;
            }
            // "parquet national néerlandais": a country's adjective makes the body one of a kind
            adjectives &= t.lowercase() && (t.in(WordClass.INSTITUTIONAL) || t.in(WordClass.DEMONYM) || t.folded().startsWith("anti")
                    || t.folded().startsWith("correctionnel") || t.folded().startsWith("penal"));
        }
        return adjectives && end > i + 2;
    }

    private void emit(TextScan scan, int start, int end) {
        boolean[] skip = new boolean[end - start];
        boolean countryHead = scan.token(start).in(WordClass.COUNTRY_HEAD);
        String country = countryHead ? skipCountry(scan, start, end, skip) : null;
        int tail = NamePhrase.trailingAttachment(scan, start, end, EntityType.LOCATION);
        String value = NamePhrase.value(scan, start, end, skip);
        if (value.indexOf(' ') < 0) {
            // "Police du Vietnam" keeps its country: without it nothing would name it
            value = NamePhrase.value(scan, start, end, null);
        }
        Candidate c = scan.add(new Candidate(start, end, EntityType.ORGANIZATION, value, Candidate.Source.RULE, 0.8))
                .with(Features.COUNTRY, country);
        c.qualified = country == null ? null : NamePhrase.value(scan, start, tail > 0 ? tail : end, null);
        int parent = NamePhrase.trailingAttachment(scan, start, end, EntityType.ORGANIZATION);
        if (parent > start + 1) {
            c.with(Features.ALIAS, NamePhrase.value(scan, start, parent, skip));
        }
    }

    /**
     * Marks the country adjective ({@code vietnamien}) and a trailing {@code du Vietnam} of a
     * ministry in {@code skip}; returns the country, or null.
     */
    private static String skipCountry(TextScan scan, int start, int end, boolean[] skip) {
        String country = null;
        // "police roumaine" keeps its adjective: without it nothing would name it
        for (int i = start + 1; i < end && end > start + 2; i++) {
            if (i == end - 1 && i > start + 1 && !scan.token(start).in(WordClass.LOWERCASE_HEAD) && scan.token(start).capitalised()) {
                break; // "Armée nationale libyenne": a national adjective after another one ends the body's own name
            }
            String adjective = scan.token(i).lowercase() ? scan.lexicon.demonyms.get(scan.token(i).folded()) : null;
            if (adjective != null) {
                skip[i - start] = true;
                country = adjective;
            }
        }
        int tail = NamePhrase.trailingAttachment(scan, start, end, EntityType.LOCATION);
        if (tail > 0) {
            country = scan.coveringAt(end - 1, EntityType.LOCATION).value;
            for (int i = tail; i < end; i++) {
                skip[i - start] = true;
            }
        }
        return country;
    }
}
