package org.vigie.web.api;

import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The web workbench's server: closed until {@link #serve(int)}, which binds 127.0.0.1 only and
 * makes a new access token; closed again by {@link #stop()} or when Vigie stops.
 */
@ProviderType
public interface Workbench {

    /**
     * Opens the workbench on {@code port} of 127.0.0.1 (0: a free port) with a new access token,
     * and returns once it answers. Serving already is an error: stop first.
     *
     * @throws WorkbenchException when it is already serving, the port is taken or the server does
     *         not come up
     */
    WorkbenchAddress serve(int port);

    /** Where the workbench is served now, if it is. */
    Optional<WorkbenchAddress> address();

    /**
     * Closes the workbench: the port is released and the token forgotten.
     *
     * @return whether it was serving
     */
    boolean stop();
}
