package org.vigie.web.api;

import org.vigie.core.api.VigieException;

/** The workbench could not be served or stopped; the message says why in one line. */
public class WorkbenchException extends VigieException {
    private static final long serialVersionUID = 1L;

    public WorkbenchException(String message) {
        super(message);
    }

    public WorkbenchException(String message, Throwable cause) {
        super(message, cause);
    }
}
