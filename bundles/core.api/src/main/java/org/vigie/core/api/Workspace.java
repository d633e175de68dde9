package org.vigie.core.api;

import java.nio.file.Path;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The one directory that holds an analyst's corpus store, configuration, plugins and logs.
 * Exactly one Vigie process owns a workspace at a time.
 */
@ProviderType
public interface Workspace {

    /** The workspace directory itself, absolute. */
    Path root();

    /**
     * A named area of the workspace ({@code store}, {@code entities}, {@code plugins},
     * {@code logs}, {@code config}, ...), created on first use.
     */
    Path area(String name);

    /** The version of the Vigie distribution running on this workspace. */
    String vigieVersion();
}
