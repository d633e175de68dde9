package org.vigie.curation.api;

import org.vigie.core.api.VigieException;

/** A decision that cannot be taken or a log that cannot be read, with a one-line reason for the analyst. */
public class CurationException extends VigieException {

    private static final long serialVersionUID = 1L;

    public CurationException(String message) {
        super(message);
    }

    public CurationException(String message, Throwable cause) {
        super(message, cause);
    }
}
