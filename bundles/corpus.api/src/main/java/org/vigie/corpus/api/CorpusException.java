package org.vigie.corpus.api;

import org.vigie.core.api.VigieException;

/** The corpus store cannot do what was asked (bad query, unknown id, storage failure). */
public class CorpusException extends VigieException {
    private static final long serialVersionUID = 1L;

    public CorpusException(String message) {
        super(message);
    }

    public CorpusException(String message, Throwable cause) {
        super(message, cause);
    }
}
