package org.vigie.entities.french.internal.rule;

import org.vigie.entities.api.EntityType;
import org.vigie.entities.french.internal.scan.Candidate;
import org.vigie.entities.french.internal.scan.TextScan;
import org.vigie.entities.french.internal.text.WordClass;

/**
 * A sea, ocean, cape, strait or gulf named after a known country or region is one place, and the
 * country or region inside it is not mentioned ({@code mer du Japon}, {@code océan Arctique},
 * {@code mer de Kara}). Islands, ports and airports named after a place are left as they are.
 */
final class NaturalFeatures {

    private NaturalFeatures() {
    }

    static void around(TextScan scan, int noun, int at) {
        if (!NATURAL.contains(scan.token(noun).folded())) {
            return;
        }
        Candidate inner = scan.coveringAt(at, EntityType.LOCATION);
        if (inner == null || inner.start != at || inner.source != Candidate.Source.GAZETTEER) {
            return;
        }
        scan.remove(inner);
        scan.add(new Candidate(noun, inner.end, EntityType.LOCATION, scan.covered(noun, inner.end),
                Candidate.Source.CONTEXT, 0.7));
    }

    private static final java.util.Set<String> NATURAL = java.util.Set.of("mer", "ocean", "cap", "detroit", "golfe",
            "baie", "atoll", "peninsule");

    static {
        for (String noun : NATURAL) {
            assert WordClass.PLACE_NOUN_KEPT.words().contains(noun) : noun;
        }
    }
}
