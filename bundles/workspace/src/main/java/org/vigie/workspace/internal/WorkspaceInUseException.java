package org.vigie.workspace.internal;

import java.nio.file.Path;

import org.vigie.core.api.VigieException;

/** Another Vigie process owns the workspace. */
final class WorkspaceInUseException extends VigieException {
    private static final long serialVersionUID = 1L;

    WorkspaceInUseException(Path workspace, String pid) {
        super("workspace " + workspace + " is in use by process " + pid);
    }
}
