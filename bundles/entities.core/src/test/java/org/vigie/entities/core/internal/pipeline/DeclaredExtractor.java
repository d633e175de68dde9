package org.vigie.entities.core.internal.pipeline;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.vigie.entities.api.EntityExtractor;
import org.vigie.entities.api.EntityType;
import org.vigie.entities.api.ExtractorInfo;

/**
 * A test extractor handed to the pipeline with what its {@code @ExtractorService} would declare:
 * {@link #service} gives it the service properties DS would register it with.
 */
public interface DeclaredExtractor extends EntityExtractor {

    /** Its id, version, types and languages. */
    ExtractorInfo declared();

    static ExtractorInfo declaring(String id, String version, Set<EntityType> types, Set<String> languages) {
        return new ExtractorInfo(id, version, types, languages, "unknown", 0, null);
    }

    /** {@code extractor} as registered under {@code serviceId} with {@code ranking}, its declaration as properties. */
    static Map.Entry<Map<String, Object>, EntityExtractor> service(DeclaredExtractor extractor, long serviceId,
            int ranking) {
        Map<String, Object> properties = new HashMap<>(extractor.declared().properties());
        properties.put("objectClass", new String[] {EntityExtractor.class.getName()});
        properties.put("service.id", serviceId);
        properties.put("service.ranking", ranking);
        properties.put("service.bundleid", 1L);
        return Map.entry(Map.copyOf(properties), extractor);
    }
}
