package org.vigie.entities.core.internal;

import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.vigie.corpus.api.Document;
import org.vigie.entities.api.Annotation;
import org.vigie.entities.api.EntityExtractor;
import org.vigie.entities.api.EntityType;

/** An extractor whose behaviour a test gives as a function. */
record FakeExtractor(String id, Set<String> languages, Function<Document, List<Annotation>> behaviour)
        implements EntityExtractor {

    @Override
    public String version() {
        return "0.0.1";
    }

    @Override
    public Set<EntityType> types() {
        return Set.of(EntityType.ORGANIZATION);
    }

    @Override
    public List<Annotation> extract(Document document) {
        return behaviour.apply(document);
    }
}
