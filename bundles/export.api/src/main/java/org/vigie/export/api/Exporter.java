package org.vigie.export.api;

import java.io.IOException;
import java.io.OutputStream;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Writes a selection of the corpus in one format. Registered as a service (whiteboard) and
 * described by its service properties, see
 * {@link org.vigie.export.api.propertytypes.ExporterService}: the export service, {@code
 * export:formats} and {@code plugins:list} read them without getting the service.
 * <p>
 * An exporter streams: it writes as it reads the selection's documents and the entity index, and
 * holds no more than one document's entities at a time, so that 100 000 documents export in
 * bounded memory. It does not close {@code out}.
 */
@ConsumerType
public interface Exporter {

    /**
     * Writes the export.
     *
     * @param export what to write: the selected documents, the entity index, the options
     * @param out where to write it; buffered by the caller, not to be closed
     * @throws IOException when writing fails; the export service then leaves no file behind
     */
    void write(Export export, OutputStream out) throws IOException;
}
