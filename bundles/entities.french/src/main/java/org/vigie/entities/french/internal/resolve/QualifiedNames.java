package org.vigie.entities.french.internal.resolve;

import java.util.List;

import org.vigie.entities.api.EntityType;
import org.vigie.entities.api.Features;
import org.vigie.entities.french.internal.scan.Candidate;
import org.vigie.entities.french.internal.scan.TextScan;

/**
 * {@code Convention de Budapest du Conseil de l'Europe} is the {@code Convention de Budapest}:
 * a name qualified by its owner ({@code du}/{@code de la}/{@code des} + a known organisation or
 * place) declares its short form ({@link Features#DECLARED}) when the short form holds a proper
 * name of its own (a known place or organisation: {@code Budapest}). Short forms without one
 * ({@code Assemblée générale} of {@code Assemblée générale des Nations unies}, {@code ministère de la
 * Sécurité publique} of {@code ... du Vietnam}) name a different thing in another document.
 */
public final class QualifiedNames {

    private static final EntityType[] OWNERS = {EntityType.ORGANIZATION, EntityType.LOCATION};

    private QualifiedNames() {
    }

    public static void declare(TextScan scan, List<Candidate> candidates) {
        for (Candidate c : candidates) {
            if (c.is(EntityType.PERSON) || !c.isEntity()) {
                continue;
            }
            for (int of = c.start + 2; of < c.end - 1; of++) {
                if (owner(scan, of, c.end) && properName(scan, c.start + 1, of)) {
                    c.declare(scan.covered(c.start, of));
                    break;
                }
            }
        }
    }

    /** Whether {@code [of, end)} is {@code du}/{@code de (la|l')}/{@code des}/{@code d'} + a known owner. */
    private static boolean owner(TextScan scan, int of, int end) {
        if (!(scan.is(of, "du") || scan.is(of, "des") || scan.is(of, "de") || scan.is(of, "d'"))) {
            return false;
        }
        int at = scan.is(of, "de") && (scan.is(of + 1, "la") || scan.is(of + 1, "l'")) ? of + 2 : of + 1;
        return at < end && scan.exactly(at, end, OWNERS) != null;
    }

    /** Whether a known place or organisation lies wholly within {@code [from, to)}. */
    private static boolean properName(TextScan scan, int from, int to) {
        for (int i = from; i < to; i++) {
            for (Candidate other : scan.coveringAll(i)) {
                if (other.start >= from && other.end <= to && (other.is(EntityType.LOCATION)
                        || other.is(EntityType.ORGANIZATION))) {
                    return true;
                }
            }
        }
        return false;
    }
}
