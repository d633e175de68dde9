package org.vigie.report.pdf.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.vigie.curation.api.SourceGrades;

/** Grades held in memory, as the curation log would give them: sources case-insensitively. */
public final class FakeSourceGrades implements SourceGrades {

    private final Map<String, String> sources = new HashMap<>();
    private final Map<String, Integer> documents = new HashMap<>();

    public FakeSourceGrades source(String source, String grade) {
        sources.put(source.toLowerCase(Locale.ROOT), grade);
        return this;
    }

    public FakeSourceGrades document(String id, int grade) {
        documents.put(id, grade);
        return this;
    }

    @Override
    public Optional<String> reliability(String source) {
        return Optional.ofNullable(sources.get(source.toLowerCase(Locale.ROOT)));
    }

    @Override
    public OptionalInt credibility(String documentId) {
        Integer grade = documents.get(documentId);
        return grade == null ? OptionalInt.empty() : OptionalInt.of(grade);
    }

    @Override
    public Map<String, String> sources() {
        return Map.copyOf(sources);
    }
}
