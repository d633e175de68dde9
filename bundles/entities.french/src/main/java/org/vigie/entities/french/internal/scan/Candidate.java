package org.vigie.entities.french.internal.scan;

import java.util.LinkedHashMap;
import java.util.Map;

import org.vigie.entities.api.EntityType;
import org.vigie.entities.api.Features;

/**
 * A mention a rule proposes over tokens {@code [start, end)}, before overlaps are settled and
 * values resolved. Only the thread that scans the document touches it.
 */
public final class Candidate {

    /** Which kind of evidence found it; stronger evidence wins a crossing overlap. */
    public enum Source { GAZETTEER, RULE, CONTEXT, GUESS }

    public final int start;
    public final int end;
    public final EntityType type;
    public final Source source;
    public String value;
    public final Map<String, String> features = new LinkedHashMap<>();
    public double confidence;
    /** The value with the country adjective kept ({@code Ministère chinois des Affaires étrangères}), if any. */
    public String qualified;

    public Candidate(int start, int end, EntityType type, String value, Source source, double confidence) {
        this.start = start;
        this.end = end;
        this.type = type;
        this.value = value;
        this.source = source;
        this.confidence = confidence;
    }

    public Candidate with(String feature, String featureValue) {
        if (featureValue != null && !featureValue.isBlank()) {
            features.putIfAbsent(feature, featureValue);
        }
        return this;
    }

    /** Adds a name the text declares for this mention ({@link Features#DECLARED}, one per line). */
    public Candidate declare(String name) {
        String declared = features.get(Features.DECLARED);
        if (name == null || name.isBlank() || declared != null && declared.lines().anyMatch(name.strip()::equals)) {
            return this;
        }
        features.put(Features.DECLARED, declared == null ? name.strip() : declared + "\n" + name.strip());
        return this;
    }

    public String feature(String name) {
        return features.get(name);
    }

    /** Whether it is of that type. */
    public boolean is(EntityType other) {
        return type.equals(other);
    }

    /** Whether it names a thing ({@link EntityType#isEntity()}). */
    public boolean isEntity() {
        return type.isEntity();
    }

    public int length() {
        return end - start;
    }

    public boolean contains(Candidate other) {
        return start <= other.start && other.end <= end;
    }

    public boolean overlaps(Candidate other) {
        return start < other.end && other.start < end;
    }

    @Override
    public String toString() {
        return type + "[" + start + "," + end + ")=" + value + features;
    }
}
