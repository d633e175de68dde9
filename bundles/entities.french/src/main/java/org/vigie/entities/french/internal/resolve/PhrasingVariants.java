package org.vigie.entities.french.internal.resolve;

import java.util.List;

import org.vigie.entities.api.EntityType;
import org.vigie.entities.api.Features;
import org.vigie.entities.french.internal.scan.Candidate;
import org.vigie.entities.french.internal.scan.TextScan;

/**
 * {@code Convention des Nations unies sur la lutte contre la cybercriminalité} is the
 * {@code Convention des Nations unies contre la cybercriminalité}: in the name of an instrument,
 * a body or an event, {@code sur la lutte contre}, {@code pour la lutte contre} and
 * {@code de lutte contre} say what {@code contre} says. The mention declares
 * ({@link Features#DECLARED}) the name phrased with {@code contre}; the entity index merges the two
 * when another document uses that phrasing.
 */
public final class PhrasingVariants {

    private PhrasingVariants() {
    }

    public static void declare(TextScan scan, List<Candidate> candidates) {
        for (Candidate c : candidates) {
            if (!(c.is(EntityType.LAW) || c.is(EntityType.ORGANIZATION) || c.is(EntityType.EVENT))) {
                continue;
            }
            for (int i = c.start + 1; i < c.end - 2; i++) {
                int against = againstAfterFight(scan, i);
                if (against > 0 && against + 1 < c.end) {
                    c.declare(scan.covered(c.start, i) + " " + scan.covered(against, c.end));
                    break;
                }
            }
        }
    }

    /** The index of {@code contre} when {@code (sur|pour) la lutte contre} or {@code de lutte contre} starts at {@code i}, else -1. */
    private static int againstAfterFight(TextScan scan, int i) {
        int fight = (scan.is(i, "sur") || scan.is(i, "pour")) && scan.is(i + 1, "la") ? i + 2 : scan.is(i, "de") ? i + 1 : -1;
        return fight > 0 && scan.is(fight, "lutte") && scan.is(fight + 1, "contre") ? fight + 1 : -1;
    }
}
