package org.vigie.corpus.api;

import org.vigie.core.api.VigieException;

/**
 * A file cannot be imported. The message is the reason alone ("empty file", "encrypted PDF",
 * "binary content"); callers prefix the file name.
 */
public class ImportException extends VigieException {
    private static final long serialVersionUID = 1L;

    public ImportException(String reason) {
        super(reason);
    }

    public ImportException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
