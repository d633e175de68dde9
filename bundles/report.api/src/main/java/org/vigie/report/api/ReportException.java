package org.vigie.report.api;

import org.vigie.core.api.VigieException;

/** A briefing cannot be written; the message names the file or option and the reason. */
public class ReportException extends VigieException {
    private static final long serialVersionUID = 1L;

    public ReportException(String message) {
        super(message);
    }

    public ReportException(String message, Throwable cause) {
        super(message, cause);
    }
}
