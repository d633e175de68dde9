package org.vigie.curation.internal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicReference;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vigie.curation.api.CurationLog;
import org.vigie.curation.api.Decision;
import org.vigie.curation.api.SourceGrades;

/** The grades in force in the curation log, the newest decision winning; read again when the log changes. */
@Component(service = SourceGrades.class)
public class LoggedGrades implements SourceGrades {

    /** The grades of one log revision. */
    private record Grades(long revision, Map<String, String> sources, Map<String, String> sourceNames,
            Map<String, Integer> documents) {
    }

    private final CurationLog log;
    private final AtomicReference<Grades> grades = new AtomicReference<>();

    @Activate
    public LoggedGrades(@Reference CurationLog log) {
        this.log = log;
    }

    @Override
    public Optional<String> reliability(String source) {
        return source == null ? Optional.empty() : Optional.ofNullable(current().sources().get(folded(source)));
    }

    @Override
    public OptionalInt credibility(String documentId) {
        Integer grade = documentId == null ? null : current().documents().get(documentId);
        return grade == null ? OptionalInt.empty() : OptionalInt.of(grade);
    }

    @Override
    public Map<String, String> sources() {
        Grades now = current();
        Map<String, String> byName = new TreeMap<>();
        now.sourceNames().forEach((folded, name) -> byName.put(name, now.sources().get(folded)));
        return byName;
    }

    private Grades current() {
        long revision = log.revision();
        Grades known = grades.get();
        if (known != null && known.revision() == revision) {
            return known;
        }
        Map<String, String> sources = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, Integer> documents = new LinkedHashMap<>();
        for (Decision d : log.inForce()) { // oldest first: a newer grade replaces an older one
            String grade = d.argument("grade");
            if (grade == null) {
                continue;
            }
            if (d.action().equals(Decision.SOURCE_GRADE)) {
                d.targets().forEach(source -> {
                    sources.put(folded(source), grade.toUpperCase(Locale.ROOT));
                    names.put(folded(source), source);
                });
            } else if (d.action().equals(Decision.DOCUMENT_GRADE) && grade.matches("[1-6]")) {
                d.targets().forEach(document -> documents.put(document, Integer.parseInt(grade)));
            }
        }
        Grades fresh = new Grades(revision, Map.copyOf(sources), Map.copyOf(names), Map.copyOf(documents));
        grades.set(fresh);
        return fresh;
    }

    private static String folded(String source) {
        return source.strip().toLowerCase(Locale.ROOT);
    }
}
