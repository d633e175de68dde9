package org.vigie.entities.api;

import java.util.Set;

/**
 * An extractor as the pipeline sees it.
 *
 * @param id its id
 * @param version its version
 * @param types the types it produces
 * @param languages the languages it handles (empty: all)
 * @param bundle the symbolic name of the bundle that provides it
 * @param failures how many of its runs failed since it was registered
 * @param lastFailure its last failure, or {@code null}
 */
public record ExtractorInfo(String id, String version, Set<EntityType> types, Set<String> languages,
        String bundle, long failures, String lastFailure) {

    public ExtractorInfo {
        types = Set.copyOf(types);
        languages = Set.copyOf(languages);
    }
}
