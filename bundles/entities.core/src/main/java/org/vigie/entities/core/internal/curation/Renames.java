package org.vigie.entities.core.internal.curation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.vigie.curation.api.Decision;

/** The names the analyst gave entities, followed through the decisions that move their keys. */
final class Renames {

    private Renames() {
    }

    /** The name in force of each curated key that has one. */
    static Map<String, String> of(List<Decision> decisions) {
        Map<String, String> names = new HashMap<>();
        for (Decision d : decisions) {
            String key = d.targets().get(0);
            switch (d.action()) {
                case Decision.ENTITY_RENAME -> names.put(key, d.argument("name").strip());
                case Decision.ENTITY_MERGE -> {
                    d.targets().subList(1, d.targets().size()).forEach(names::remove);
                    if (d.argument("as") != null && !d.argument("as").isBlank()) {
                        names.put(key, d.argument("as").strip());
                    }
                }
                case Decision.ENTITY_RETYPE -> {
                    String name = names.remove(key);
                    if (name != null) {
                        names.put(Actions.moved(d, key), name);
                    }
                }
                case Decision.ENTITY_SPLIT -> {
                    if (names.containsKey(key)) {
                        names.put(Actions.moved(d, key), names.get(key));
                    }
                }
                case Decision.ENTITY_REJECT -> {
                    if (Actions.rejectedIn(d) == null) {
                        names.remove(key);
                    }
                }
                default -> {
                    // nothing named
                }
            }
        }
        return names;
    }
}
