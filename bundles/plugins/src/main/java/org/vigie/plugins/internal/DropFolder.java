package org.vigie.plugins.internal;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.vigie.plugins.api.PluginException;

/**
 * The plugins folder: a plugin is a bundle installed from a jar in it. {@code plugins:install}
 * fills it: a fetched jar is moved in with one atomic rename, over a jar of the same plugin (an
 * update) but never over another plugin's.
 */
final class DropFolder {
    private final Path folder;

    /** The folder, absolute and normalised. */
    DropFolder(Path folder) {
        this.folder = folder;
    }

    Path path() {
        return folder;
    }

    /** The jars in the folder, by name. */
    List<Path> jars() throws IOException {
        try (var jars = Files.list(folder)) {
            return jars.filter(j -> j.getFileName().toString().endsWith(".jar")).sorted().toList();
        }
    }

    /** A jar's location as FileInstall writes it ({@code file:/...}, not {@code file:///...}). */
    static String location(Path jar) {
        return jar.toFile().toURI().toString();
    }

    /** The plugins: the bundles installed from this folder, oldest first. */
    List<Bundle> plugins(BundleContext context) {
        return Arrays.stream(context.getBundles()).filter(b -> jarOf(b) != null)
                .sorted(Comparator.comparingLong(Bundle::getBundleId)).toList();
    }

    /** The jar in this folder the bundle was installed from, or {@code null} when it is no plugin. */
    Path jarOf(Bundle bundle) {
        String location = bundle.getLocation();
        if (!location.startsWith("file:")) {
            return null;
        }
        try {
            Path path = Path.of(new URI(location)).toAbsolutePath().normalize();
            return path.startsWith(folder) ? path : null;
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    /** Deletes the plugin's jar, so that it does not come back at the next start. */
    void deleteJarOf(Bundle bundle) {
        Path jar = jarOf(bundle);
        if (jar != null) {
            try {
                Files.deleteIfExists(jar);
            } catch (IOException e) {
                throw new PluginException("removed plugin " + bundle.getSymbolicName() + " but cannot delete " + jar
                        + ": " + e.getMessage() + " (it will come back at the next start)", e);
            }
        }
    }

    /** Moves the fetched jar into the folder and returns where; on refusal or failure its temporary file is deleted. */
    Path place(String location, PluginDownload.Fetched fetched) {
        Path target = folder.resolve(fetched.fileName());
        try {
            if (Files.exists(target)) {
                String owner = PluginJar.symbolicName(target);
                if (!fetched.symbolicName().equals(owner)) {
                    throw new PluginException("cannot install plugin " + location + ": " + target + " is already the jar of "
                            + (owner == null ? "an unreadable plugin" : "plugin " + owner) + "; remove it first");
                }
            }
            return Files.move(fetched.file(), target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            PluginDownload.deleteQuietly(fetched.file(), e);
            throw new PluginException("cannot install plugin " + location + ": cannot move it into " + folder + ": "
                    + e.getMessage(), e);
        } catch (RuntimeException e) {
            PluginDownload.deleteQuietly(fetched.file(), e);
            throw e;
        }
    }
}
