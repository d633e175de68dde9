package org.vigie.entities.french.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.vigie.corpus.api.Document;
import org.vigie.corpus.api.DocumentMetadata;
import org.vigie.entities.api.Annotation;
import org.vigie.entities.api.EntityType;

/** Test helpers: one extractor for a test class, and short views of its annotations. */
final class Extraction {

    private final FrenchExtractor extractor = new FrenchExtractor();

    List<Annotation> of(String text) {
        return of(text, null);
    }

    List<Annotation> of(String text, LocalDate published) {
        DocumentMetadata metadata = new DocumentMetadata("test", null, null, published, "fr", "test.txt", null, null,
                "text/plain", null);
        return extractor.extract(new Document("test", text, text, metadata));
    }

    FrenchExtractor extractor() {
        return extractor;
    }

    /** The distinct values of one type. */
    static Set<String> values(List<Annotation> annotations, EntityType type) {
        return annotations.stream().filter(a -> a.type().equals(type) && a.value() != null).map(Annotation::value)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The first annotation of the type covering exactly this text, or null. */
    static Annotation find(List<Annotation> annotations, EntityType type, String text) {
        return annotations.stream().filter(a -> a.type().equals(type) && a.text().equals(text)).findFirst().orElse(null);
    }

    /** Every annotated text of an entity type, for "nothing there" assertions. */
    static Set<String> texts(List<Annotation> annotations) {
        return annotations.stream().filter(a -> a.type().isEntity()).map(Annotation::text)
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
