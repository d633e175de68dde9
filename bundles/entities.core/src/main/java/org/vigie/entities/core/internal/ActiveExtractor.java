package org.vigie.entities.core.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.osgi.framework.Constants;
import org.vigie.corpus.api.DocumentMetadata;
import org.vigie.entities.api.EntityExtractor;
import org.vigie.entities.api.EntityType;

/**
 * An extractor service as snapshotted for one call: its service id, ranking and the facts it
 * declares, read once so that a plugin going away mid-run cannot change them.
 */
record ActiveExtractor(EntityExtractor extractor, Object serviceId, long bundleId, int ranking, String id,
        String version, Set<EntityType> types, Set<String> languages) {

    static final Comparator<ActiveExtractor> BY_RANKING = Comparator.comparingInt((ActiveExtractor e) -> -e.ranking())
            .thenComparing(e -> e.serviceId().toString());

    /** Reads the services' declarations, highest ranking first; a service that throws is left out. */
    static List<ActiveExtractor> snapshot(List<Map.Entry<Map<String, Object>, EntityExtractor>> services,
            java.util.function.BiConsumer<Object, RuntimeException> broken) {
        return services.stream().map(entry -> {
            Map<String, Object> properties = entry.getKey();
            Object serviceId = properties.getOrDefault(Constants.SERVICE_ID, entry.getValue().getClass().getName());
            try {
                EntityExtractor e = entry.getValue();
                return new ActiveExtractor(e, serviceId, number(properties.get(Constants.SERVICE_BUNDLEID), -1),
                        (int) number(properties.get(Constants.SERVICE_RANKING), 0), e.id(), e.version(),
                        Set.copyOf(e.types()), Set.copyOf(e.languages()));
            } catch (RuntimeException e) {
                broken.accept(serviceId, e);
                return null;
            }
        }).filter(java.util.Objects::nonNull).sorted(BY_RANKING).toList();
    }

    /** Whether it runs on a document in this language ({@code unknown}: every extractor runs). */
    boolean handles(String language) {
        return languages.isEmpty() || DocumentMetadata.UNKNOWN_LANGUAGE.equals(language) || languages.contains(language);
    }

    private static long number(Object value, long absent) {
        return value instanceof Number n ? n.longValue() : absent;
    }
}
