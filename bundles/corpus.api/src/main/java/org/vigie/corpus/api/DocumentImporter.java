package org.vigie.corpus.api;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Reads one kind of file into documents. Registered as a service (whiteboard) that says its id
 * and media types as service properties, with
 * {@link org.vigie.corpus.api.propertytypes.ImporterService @ImporterService}; the corpus
 * importer offers each file to the importers that {@link #accepts accept} it, highest
 * {@code service.ranking} first.
 */
@ConsumerType
public interface DocumentImporter {

    /** Whether this importer reads the file, judged by its extension and first bytes. */
    boolean accepts(ImportSource source);

    /**
     * Reads the file. A file may hold several documents (JSON Lines); an empty list means the
     * file holds none.
     *
     * @throws ImportException with a one-line reason when the file cannot be read
     */
    List<ParsedDocument> read(ImportSource source);

    /**
     * Reads the file, handing each document to {@code sink} as soon as it is read, and remarks on
     * skipped or repaired parts to {@link ImportSink#note}. The corpus importer calls this method
     * on a worker thread under a time limit, so an importer that hangs fails its file only; an
     * importer should stop when its thread is interrupted. The default reads the whole file with
     * {@link #read(ImportSource)}.
     *
     * @throws ImportException with a one-line reason when the file cannot be read
     */
    default void read(ImportSource source, ImportSink sink) {
        read(source).forEach(sink::document);
    }

    /**
     * Whether {@link #read(ImportSource, ImportSink)} reads files of any size in bounded memory
     * (line by line, say): the corpus importer then applies no file size limit to the files this
     * importer accepts, and the importer caps what it holds at once (a line) itself.
     */
    default boolean streams() {
        return false;
    }
}
