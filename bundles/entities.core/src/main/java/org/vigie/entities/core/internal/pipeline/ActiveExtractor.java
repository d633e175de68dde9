package org.vigie.entities.core.internal.pipeline;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.osgi.framework.Constants;
import org.vigie.corpus.api.DocumentMetadata;
import org.vigie.entities.api.EntityExtractor;
import org.vigie.entities.api.ExtractorInfo;

/**
 * An extractor service as snapshotted for one call: its service id, ranking and what its service
 * properties declare ({@link ExtractorInfo#of(Map)}), read once so that a plugin going away
 * mid-run cannot change them.
 */
record ActiveExtractor(EntityExtractor extractor, Object serviceId, long bundleId, int ranking,
        ExtractorInfo declared) {

    static final Comparator<ActiveExtractor> BY_RANKING = Comparator.comparingInt((ActiveExtractor e) -> -e.ranking())
            .thenComparing(e -> e.serviceId().toString());

    /**
     * Reads the services' properties, highest ranking first; a service missing a required property
     * is left out and handed to {@code broken} with the reason.
     */
    static List<ActiveExtractor> snapshot(List<Map.Entry<Map<String, Object>, EntityExtractor>> services,
            java.util.function.BiConsumer<Object, IllegalArgumentException> broken) {
        return services.stream().map(entry -> {
            Map<String, Object> properties = entry.getKey();
            Object serviceId = properties.getOrDefault(Constants.SERVICE_ID, entry.getValue().getClass().getName());
            try {
                return new ActiveExtractor(entry.getValue(), serviceId,
                        number(properties.get(Constants.SERVICE_BUNDLEID), -1),
                        (int) number(properties.get(Constants.SERVICE_RANKING), 0), ExtractorInfo.of(properties));
            } catch (IllegalArgumentException e) {
                broken.accept(serviceId, e);
                return null;
            }
        }).filter(java.util.Objects::nonNull).sorted(BY_RANKING).toList();
    }

    String id() {
        return declared.id();
    }

    String version() {
        return declared.version();
    }

    /** Whether it runs on a document in this language ({@code unknown}: every extractor runs). */
    boolean handles(String language) {
        return declared.languages().isEmpty() || DocumentMetadata.UNKNOWN_LANGUAGE.equals(language)
                || declared.languages().contains(language);
    }

    private static long number(Object value, long absent) {
        return value instanceof Number n ? n.longValue() : absent;
    }
}
