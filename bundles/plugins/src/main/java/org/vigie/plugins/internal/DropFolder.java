package org.vigie.plugins.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

import org.vigie.plugins.api.PluginException;

/**
 * The plugins folder, as {@code plugins:install} fills it: a fetched jar is moved in with one
 * atomic rename, over a jar of the same plugin (an update) but never over another plugin's.
 */
final class DropFolder {
    private final Path folder;

    DropFolder(Path folder) {
        this.folder = folder;
    }

    /** Moves the fetched jar into the folder and returns where; on refusal or failure its temporary file is deleted. */
    Path place(String location, PluginDownload.Fetched fetched) {
        Path target = folder.resolve(fetched.fileName());
        try {
            if (Files.exists(target)) {
                String owner = symbolicName(target);
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

    /** The symbolic name in a jar's manifest, or {@code null} when it has none or cannot be read. */
    static String symbolicName(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest manifest = file.getManifest();
            String name = manifest == null ? null : manifest.getMainAttributes().getValue("Bundle-SymbolicName");
            return name == null ? null : name.split(";")[0].trim();
        } catch (IOException e) {
            return null;
        }
    }
}
