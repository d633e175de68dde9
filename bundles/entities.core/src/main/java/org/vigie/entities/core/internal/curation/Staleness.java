package org.vigie.entities.core.internal.curation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.vigie.curation.api.Decision;
import org.vigie.entities.api.CurationReport;

/**
 * Which decisions apply to entities of the index and which name entities that no longer exist
 * (re-extracted, a plugin removed, documents deleted): those stay in force, do nothing, and are
 * reported, so that they apply again when their entities come back.
 */
public final class Staleness {

    private Staleness() {
    }

    /** {@code exists}: whether extraction made a raw key, in the index as read now. */
    public static CurationReport of(Curation curation, Predicate<String> exists) {
        Set<String> made = new HashSet<>();
        Map<String, List<String>> missing = new LinkedHashMap<>();
        int applied = 0;
        for (Decision d : curation.decisions()) {
            List<String> gone = new ArrayList<>();
            for (String target : d.targets()) {
                if (!made.contains(target) && !exists.test(target)) {
                    gone.add(target);
                }
            }
            if (gone.isEmpty()) {
                applied++;
                String first = d.targets().get(0);
                made.add(Actions.moved(d, first));
            } else {
                missing.put(d.id(), List.copyOf(gone));
            }
        }
        return new CurationReport(applied, missing);
    }
}
