package org.vigie.export.api;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/** Writes exports with the {@link Exporter}s registered now. */
@ProviderType
public interface ExportService {

    /** The formats available now, one per id (the highest {@code service.ranking}), by id. */
    List<ExporterInfo> formats();

    /**
     * Selects the documents and writes them in the requested format, to a temporary file moved
     * onto {@code request.out()} once complete: a failed export leaves no partial file.
     *
     * @throws ExportException for an unknown format (the message lists the known ones), a file that
     *         cannot be written, a selection that cannot be met or an exporter that fails
     */
    default ExportResult write(ExportRequest request) {
        return write(request, ExportProgress.NONE);
    }

    /**
     * {@link #write(ExportRequest)}, telling {@code progress} how far it has got as it goes.
     *
     * @throws ExportException as {@link #write(ExportRequest)} does, and what {@code progress}
     *         throws to stop the export
     * @since 1.1
     */
    ExportResult write(ExportRequest request, ExportProgress progress);
}
