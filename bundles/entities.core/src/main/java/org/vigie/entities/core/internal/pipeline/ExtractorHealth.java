package org.vigie.entities.core.internal.pipeline;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.service.component.annotations.Component;

/**
 * How each registered extractor service has fared: its failed runs and its last failure. Keyed
 * by service id, so a re-registered extractor starts with a clean record. Shared by the pipeline
 * (which records) and the contribution describer (which shows failing extractors).
 */
@Component(service = ExtractorHealth.class)
public class ExtractorHealth {

    /** The record of one extractor service. */
    record Record(long failures, String lastFailure) {
    }

    private final Map<Object, Record> records = new ConcurrentHashMap<>();

    /** Notes a run of the extractor registered as {@code service}; {@code error} null when it worked. */
    public void ran(Object service, String error) {
        if (error != null) {
            records.merge(service, new Record(1, error), (old, add) -> new Record(old.failures() + 1, error));
        }
    }

    public Record of(Object service) {
        return records.getOrDefault(service, new Record(0, null));
    }
}
