package org.vigie.entities.french.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.vigie.entities.api.EntityType;

/**
 * A mention a rule proposes over tokens {@code [start, end)}, before overlaps are settled and
 * values resolved. Only the thread that scans the document touches it.
 */
final class Candidate {

    /** Which kind of evidence found it; stronger evidence wins a crossing overlap. */
    enum Source { GAZETTEER, RULE, CONTEXT, GUESS }

    final int start;
    final int end;
    final EntityType type;
    final Source source;
    String value;
    final Map<String, String> features = new LinkedHashMap<>();
    double confidence;
    /** The value with the country adjective kept ({@code Ministère chinois des Affaires étrangères}), if any. */
    String qualified;

    Candidate(int start, int end, EntityType type, String value, Source source, double confidence) {
        this.start = start;
        this.end = end;
        this.type = type;
        this.value = value;
        this.source = source;
        this.confidence = confidence;
    }

    Candidate with(String feature, String featureValue) {
        if (featureValue != null && !featureValue.isBlank()) {
            features.putIfAbsent(feature, featureValue);
        }
        return this;
    }

    String feature(String name) {
        return features.get(name);
    }

    /** Whether it is of that type. */
    boolean is(EntityType other) {
        return type.equals(other);
    }

    /** Whether it names a thing ({@link EntityType#isEntity()}). */
    boolean isEntity() {
        return type.isEntity();
    }

    int length() {
        return end - start;
    }

    boolean contains(Candidate other) {
        return start <= other.start && other.end <= end;
    }

    boolean overlaps(Candidate other) {
        return start < other.end && other.start < end;
    }

    @Override
    public String toString() {
        return type + "[" + start + "," + end + ")=" + value + features;
    }
}
