package org.vigie.entities.api;

import java.util.List;
import java.util.Set;

import org.osgi.annotation.versioning.ConsumerType;
import org.vigie.corpus.api.Document;

/**
 * Finds mentions in a document. Registered as a service (whiteboard); the pipeline runs every
 * active extractor whose languages include the document's. An extractor returns new annotations
 * and never changes shared state; it may be called from several threads at once.
 */
@ConsumerType
public interface EntityExtractor {

    /** A short stable id, e.g. {@code french}, {@code ioc}. */
    String id();

    /** The extractor's version, recorded with its results. */
    String version();

    /** The types of annotation it produces. */
    Set<EntityType> types();

    /** ISO 639-1 codes of the languages it handles; empty means every language. */
    Set<String> languages();

    /** The annotations it finds in the document's text. */
    List<Annotation> extract(Document document);
}
