package org.vigie.entities.api;

import org.vigie.core.api.VigieException;

/** Extraction or an entity query cannot be done; the message says which and why. */
public class ExtractionException extends VigieException {
    private static final long serialVersionUID = 1L;

    public ExtractionException(String message) {
        super(message);
    }

    public ExtractionException(String message, Throwable cause) {
        super(message, cause);
    }
}
