package org.vigie.entities.french.internal.resolve;

import java.util.List;
import java.util.Set;

import org.vigie.entities.api.EntityType;
import org.vigie.entities.api.Features;
import org.vigie.entities.api.NameKey;
import org.vigie.entities.french.internal.scan.Candidate;
import org.vigie.entities.french.internal.scan.TextScan;

/**
 * Names the text declares for one thing, kept as the {@link Features#DECLARED} feature of the
 * declared name's mention (whose sentence declares it: the evidence), valued with the name it is
 * declared for, so that the entity index links both names across the corpus:
 * <ul>
 * <li>{@code X, dite Y}, {@code X, baptisée Y}, {@code X, surnommé Y}, {@code X, alias Y},
 * {@code X, aussi appelée Y}, {@code X, connue sous le nom de Y}: Y names X;</li>
 * <li>{@code Connue sous le nom de Y, elle ...}, {@code Le nom de « Y » s'est imposé pour désigner
 * le traité}: Y names the nearest thing before it of Y's type and head word ({@code Convention});
 * never a person, whose name has no head;</li>
 * <li>{@code X (Y)} is declared by {@code BracketAliasRule}, and {@link QualifiedNames} declares
 * the short form of a name qualified by its owner.</li>
 * </ul>
 * Runs after within-document resolution, so that both names are the values the index groups by.
 */
public final class DeclaredNames {

    private static final Set<String> NAMING = Set.of("dit", "dite", "dits", "dites", "baptise", "baptisee", "baptises",
            "baptisees", "surnomme", "surnommee", "surnommes", "surnommees", "alias");
    private static final Set<String> CALLED = Set.of("appele", "appelee", "appeles", "appelees");
    private static final Set<String> ALSO = Set.of("aussi", "egalement");

    private DeclaredNames() {
    }

    public static void declare(TextScan scan, List<Candidate> candidates) {
        for (Candidate named : candidates) {
            if (!named.isEntity()) {
                continue;
            }
            int trigger = triggerBefore(scan, named.start);
            if (trigger < 0) {
                continue;
            }
            Candidate antecedent = apposed(scan, candidates, trigger, named);
            if (antecedent == null && !named.is(EntityType.PERSON)) {
                antecedent = sameHeadBefore(scan, candidates, trigger, named);
            }
            if (antecedent != null && !NameKey.fold(antecedent.value).equals(NameKey.fold(named.value))) {
                named.declare(antecedent.value);
            }
        }
    }

    /** The first token of the words declaring the name starting at {@code at}, or -1. */
    static int triggerBefore(TextScan scan, int at) {
        int i = scan.isPunct(at - 1, '«') || scan.isPunct(at - 1, '"') ? at - 2 : at - 1;
        if (i < 0 || !scan.token(i).isWord()) {
            return -1;
        }
        String word = scan.token(i).folded();
        if (NAMING.contains(word)) {
            return i;
        }
        if (CALLED.contains(word) && i > 0 && ALSO.contains(scan.token(i - 1).folded())) {
            return i - 1;
        }
        if (ALSO.contains(word) && i > 0 && CALLED.contains(scan.token(i - 1).folded())) {
            return i - 1;
        }
        if (word.equals("de") && scan.is(i - 1, "nom") && scan.is(i - 2, "le")) {
            int start = i - 2;
            if (scan.is(start - 1, "sous")) {
                start--;
                if (start > 0 && scan.token(start - 1).folded().startsWith("connu")) {
                    start--;
                }
            }
            return start;
        }
        return -1;
    }

    /** {@code X, dite Y}: the name of Y's type ending right before the trigger (a comma between). */
    private static Candidate apposed(TextScan scan, List<Candidate> candidates, int trigger, Candidate named) {
        int end = scan.isPunct(trigger - 1, ',') ? trigger - 1 : trigger;
        Candidate best = null;
        for (Candidate c : candidates) {
            if (c.end == end && c.type.equals(named.type) && (best == null || c.length() > best.length())) {
                best = c;
            }
        }
        return best;
    }

    /** The nearest name before the trigger of Y's type and head word, other than Y. */
    private static Candidate sameHeadBefore(TextScan scan, List<Candidate> candidates, int trigger, Candidate named) {
        String head = scan.token(named.start).folded();
        String name = NameKey.fold(named.value);
        Candidate nearest = null;
        for (Candidate c : candidates) {
            if (c.end <= trigger && c.type.equals(named.type) && scan.token(c.start).folded().equals(head)
                    && !NameKey.fold(c.value).equals(name) && (nearest == null || c.end > nearest.end)) {
                nearest = c;
            }
        }
        return nearest;
    }
}
