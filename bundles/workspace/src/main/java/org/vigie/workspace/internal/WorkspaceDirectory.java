package org.vigie.workspace.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.regex.Pattern;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigie.core.api.VigieException;
import org.vigie.core.api.Workspace;

/**
 * The analyst's workspace: the directory named by the {@code vigie.workspace} property (the
 * launcher sets it from {@code --workspace} or {@code VIGIE_WORKSPACE}), by default
 * {@code ~/.vigie/workspace}. Holding it means holding its lock: a second Vigie on the same
 * workspace is stopped at once with "workspace DIR is in use by process N".
 */
@Component(service = Workspace.class, immediate = true)
public class WorkspaceDirectory implements Workspace {
    private static final Logger LOG = LoggerFactory.getLogger(WorkspaceDirectory.class);
    private static final Pattern AREA = Pattern.compile("[a-z][a-z0-9._-]*");

    private final Path root;
    private final String version;
    private final WorkspaceLock lock;

    @Activate
    public WorkspaceDirectory(BundleContext context) {
        this(location(context.getProperty("vigie.workspace")), context.getBundle().getVersion().toString(),
                context.getProperty("vigie.launcher") != null);
    }

    WorkspaceDirectory(Path root, String version, boolean exitWhenInUse) {
        this.root = root.toAbsolutePath().normalize();
        this.version = version;
        try {
            Files.createDirectories(this.root);
        } catch (IOException e) {
            throw new VigieException("cannot create workspace " + this.root + ": " + e.getMessage(), e);
        }
        this.lock = lock(this.root, exitWhenInUse);
        LOG.info("workspace {} (Vigie {})", this.root, version);
    }

    /**
     * Under the launcher a workspace in use ends this JVM at once, before any store touches it;
     * halt, not exit: nothing was started that needs stopping.
     */
    private static WorkspaceLock lock(Path root, boolean exitWhenInUse) {
        try {
            return WorkspaceLock.acquire(root);
        } catch (WorkspaceInUseException e) {
            if (exitWhenInUse) {
                System.err.println(e.getMessage());
                System.err.flush();
                Runtime.getRuntime().halt(3);
            }
            throw e;
        }
    }

    static Path location(String property) {
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        return Path.of(System.getProperty("user.home"), ".vigie", "workspace");
    }

    @Deactivate
    void deactivate() {
        lock.release();
    }

    @Override
    public Path root() {
        return root;
    }

    @Override
    public Path area(String name) {
        Objects.requireNonNull(name, "name");
        if (!AREA.matcher(name).matches()) {
            throw new IllegalArgumentException("not a workspace area name: " + name);
        }
        Path area = root.resolve(name);
        try {
            return Files.createDirectories(area);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + area, e);
        }
    }

    @Override
    public String vigieVersion() {
        return version;
    }
}
