package org.vigie.plugins.api;

import org.vigie.core.api.VigieException;

/** A plugin cannot be installed, found or removed; the message says which and why. */
public class PluginException extends VigieException {
    private static final long serialVersionUID = 1L;

    public PluginException(String message) {
        super(message);
    }

    public PluginException(String message, Throwable cause) {
        super(message, cause);
    }
}
