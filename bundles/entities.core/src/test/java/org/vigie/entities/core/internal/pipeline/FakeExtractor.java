package org.vigie.entities.core.internal.pipeline;

import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.vigie.corpus.api.Document;
import org.vigie.entities.api.Annotation;
import org.vigie.entities.api.EntityType;
import org.vigie.entities.api.ExtractorInfo;

/** An extractor whose behaviour a test gives as a function. */
public record FakeExtractor(String id, Set<String> languages, Function<Document, List<Annotation>> behaviour)
        implements DeclaredExtractor {

    @Override
    public ExtractorInfo declared() {
        return DeclaredExtractor.declaring(id, "0.0.1", Set.of(EntityType.ORGANIZATION), languages);
    }

    @Override
    public List<Annotation> extract(Document document) {
        return behaviour.apply(document);
    }
}
