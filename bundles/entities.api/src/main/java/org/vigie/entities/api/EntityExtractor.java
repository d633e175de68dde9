package org.vigie.entities.api;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;
import org.vigie.corpus.api.Document;

/**
 * Finds mentions in a document. Registered as a service (whiteboard) that describes itself with
 * service properties, best written as
 * {@link org.vigie.entities.api.propertytypes.ExtractorService @ExtractorService}: its id,
 * version, the types it produces and the languages it handles ({@code vigie.extractor.*}, read by
 * {@link ExtractorInfo#of(java.util.Map)}). A service missing a required property is reported in
 * one line and left out; the others run. The pipeline runs every active extractor whose languages
 * include the document's (all of them when the document's language is unknown) and records its
 * version with its results. An extractor returns new annotations and never changes shared state;
 * it may be called from several threads at once.
 */
@ConsumerType
public interface EntityExtractor {

    /** The annotations it finds in the document's text. */
    List<Annotation> extract(Document document);
}
