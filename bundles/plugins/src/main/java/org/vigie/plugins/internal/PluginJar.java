package org.vigie.plugins.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

import org.vigie.plugins.api.PluginException;

/** What a plugin jar's manifest says: the symbolic name (and version) that names the plugin. */
final class PluginJar {
    private static final String NAME = "[A-Za-z0-9_.-]+";

    private PluginJar() {
    }

    /** Reads the manifest of the fetched jar: a bundle with a plain symbolic name. */
    static PluginDownload.Fetched check(String location, Path part) {
        try (JarFile jar = new JarFile(part.toFile())) {
            Manifest manifest = jar.getManifest();
            String header = header(manifest);
            if (header == null || header.isBlank()) {
                throw new PluginException("cannot install plugin " + location + ": not an OSGi bundle (no Bundle-SymbolicName)");
            }
            String bsn = name(header);
            if (!bsn.matches(NAME)) {
                throw new PluginException("cannot install plugin " + location + ": its Bundle-SymbolicName '" + bsn
                        + "' is not a valid name (letters, digits, '.', '_', '-')");
            }
            String version = manifest.getMainAttributes().getValue("Bundle-Version");
            return new PluginDownload.Fetched(part, bsn, version == null || version.isBlank() ? "0.0.0" : version.trim());
        } catch (IOException e) {
            throw new PluginException("cannot install plugin " + location + ": not a readable jar (" + e.getMessage() + ")", e);
        }
    }

    /** The symbolic name in a jar's manifest, or {@code null} when it has none or cannot be read. */
    static String symbolicName(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            String header = header(file.getManifest());
            return header == null ? null : name(header);
        } catch (IOException e) {
            return null;
        }
    }

    private static String header(Manifest manifest) {
        return manifest == null ? null : manifest.getMainAttributes().getValue("Bundle-SymbolicName");
    }

    /** The name without its directives ({@code ;singleton:=true}). */
    private static String name(String header) {
        return header.split(";")[0].trim();
    }
}
