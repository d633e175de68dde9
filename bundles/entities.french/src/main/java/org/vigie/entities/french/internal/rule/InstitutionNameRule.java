package org.vigie.entities.french.internal.rule;

import org.vigie.entities.api.EntityType;
import org.vigie.entities.french.internal.grammar.NamePhrase;
import org.vigie.entities.french.internal.scan.Candidate;
import org.vigie.entities.french.internal.scan.TextScan;
import org.vigie.entities.french.internal.text.Token;
import org.vigie.entities.french.internal.text.WordClass;

/**
 * Organisations named by a head the French rules do not read: English names ending in an
 * institutional head or a newspaper word ({@code National Crime Agency}, {@code Wall Street
 * Journal}, {@code Lazarus Group}), and hospitals ({@code centre hospitalier Simone-Veil de
 * Cannes}, {@code hôpital Necker}); {@code l'hôpital de Cannes} names a town, not a hospital.
 */
public final class InstitutionNameRule implements Rule {

    @Override
    public void apply(TextScan scan) {
        for (int i = 1; i < scan.size(); i++) {
            Token t = scan.token(i);
            if (t.capitalised() && t.in(WordClass.ENGLISH_HEAD) && scan.token(i - 1).capitalised()) {
                english(scan, i);
            } else if (t.isWord() && (t.in(WordClass.HOSPITAL) || t.is("centre") && scan.is(i + 1, "hospitalier"))) {
                hospital(scan, i, t.is("centre") ? i + 2 : i + 1);
            }
        }
    }

    private static void english(TextScan scan, int head) {
        int start = head;
        while (start > 0 && head - start < 6 && !scan.token(start).sentenceStart()) {
            if (scan.token(start - 1).capitalised() && !scan.token(start - 1).in(WordClass.STOPWORD)
                    && !scan.token(start - 1).in(WordClass.ORGANIZATION_NOUN)
                    && scan.coveringAt(start - 1, EntityType.PERSON) == null) {
                start--;
            } else if (start > 1 && start < head && (scan.is(start - 1, "and") || scan.is(start - 1, "of"))
                    && scan.token(start - 2).capitalised()) {
                start--; // "Cybersecurity and Infrastructure Security Agency": English connectors inside the name
            } else {
                break;
            }
        }
        if (start < head && scan.coveringAt(start, EntityType.ORGANIZATION) == null) {
            scan.add(new Candidate(start, head + 1, EntityType.ORGANIZATION, scan.covered(start, head + 1),
                    Candidate.Source.RULE, 0.75));
        }
    }

    /** {@code Simone-Veil}: a hyphen with no space around it. */
    private static boolean glued(TextScan scan, int dash) {
        return dash + 1 < scan.size() && scan.token(dash - 1).end() == scan.token(dash).begin()
                && scan.token(dash).end() == scan.token(dash + 1).begin() && scan.token(dash + 1).capitalised();
    }

    /** The hospital's own name, then {@code de} and its town when the town is capitalised. */
    private static void hospital(TextScan scan, int head, int at) {
        int end = at;
        while (end < scan.size() && end - at < 5 && (scan.token(end).capitalised() && !scan.token(end).in(WordClass.STOPWORD)
                || end > at && scan.isPunct(end, '-') && glued(scan, end))) {
            end++;
        }
        if (end == at) {
            return; // "l'hôpital de Cannes" says where, it names no hospital
        }
        if ((scan.is(end, "de") || scan.is(end, "d'")) && end + 1 < scan.size() && scan.token(end + 1).capitalised()) {
            end += 2;
        }
        if (scan.token(end - 1).capitalised()) {
            scan.add(new Candidate(head, end, EntityType.ORGANIZATION, NamePhrase.value(scan, head, end, null),
                    Candidate.Source.RULE, 0.75));
        }
    }
}
