package org.vigie.corpus.api;

import java.util.List;
import java.util.Set;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Reads one kind of file into documents. Registered as a service (whiteboard); the corpus
 * importer offers each file to the importers that {@link #accepts accept} it, highest
 * {@code service.ranking} first.
 */
@ConsumerType
public interface DocumentImporter {

    /** A short id, e.g. {@code text}, {@code html}, {@code pdf}. */
    String id();

    /** The media types this importer reads, e.g. {@code text/plain}. */
    Set<String> mediaTypes();

    /** Whether this importer reads the file, judged by its extension and first bytes. */
    boolean accepts(ImportSource source);

    /**
     * Reads the file. A file may hold several documents (JSON Lines); an empty list means the
     * file holds none.
     *
     * @throws ImportException with a one-line reason when the file cannot be read
     */
    List<ParsedDocument> read(ImportSource source);
}
