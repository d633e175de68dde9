package org.vigie.entities.core.internal.curation;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

import org.vigie.curation.api.Decision;

/** The entity actions, and where a decision moves the key it applies to. */
final class Actions {

    static final Set<String> ENTITY = Set.of(Decision.ENTITY_MERGE, Decision.ENTITY_SPLIT, Decision.ENTITY_RENAME,
            Decision.ENTITY_RETYPE, Decision.ENTITY_REJECT);

    private Actions() {
    }

    /** The key {@code key} becomes under a merge, retype or split. */
    static String moved(Decision d, String key) {
        return switch (d.action()) {
            case Decision.ENTITY_MERGE -> d.targets().get(0);
            case Decision.ENTITY_RETYPE -> retyped(d, key);
            case Decision.ENTITY_SPLIT -> key + "/" + d.id().substring(0, Math.min(6, d.id().length()));
            default -> key;
        };
    }

    private static String retyped(Decision d, String key) {
        String type = String.valueOf(d.argument("type")).strip().toUpperCase(Locale.ROOT);
        int colon = key.indexOf(':');
        return colon > 0 && type.matches("[A-Z][A-Z0-9_]*") ? type + key.substring(colon) : key;
    }

    /** The document ids a split moves. */
    static Set<String> documents(Decision d) {
        String documents = d.argument("documents");
        return documents == null ? Set.of() : Set.copyOf(Arrays.stream(documents.split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).toList());
    }

    /** The one document a reject is limited to, or null when it rejects the entity everywhere. */
    static String rejectedIn(Decision d) {
        String document = d.argument("document");
        return document == null || document.isBlank() ? null : document.strip();
    }
}
