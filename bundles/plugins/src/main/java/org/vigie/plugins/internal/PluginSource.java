package org.vigie.plugins.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

import org.vigie.plugins.api.PluginException;

/**
 * Where {@code plugins:install} may fetch a plugin from: a path, or a URL; only {@code https:}
 * and {@code file:} (a plain file) unless the analyst says {@code --insecure}.
 */
final class PluginSource {
    private static final Set<String> SECURE = Set.of("https", "file");

    private PluginSource() {
    }

    static URI toUri(String location) {
        if (location.matches("^[a-zA-Z][a-zA-Z0-9+.-]+:.*") && !location.matches("^[a-zA-Z]:\\\\.*")) {
            try {
                return new URI(location);
            } catch (URISyntaxException e) {
                throw new PluginException("cannot read plugin " + location + ": not a valid URL", e);
            }
        }
        Path path = Path.of(location).toAbsolutePath().normalize();
        if (!Files.isRegularFile(path)) {
            throw new PluginException("cannot read plugin " + location + ": no such file");
        }
        return path.toUri();
    }

    static URI allowed(String location, URI uri, boolean insecure) {
        String scheme = String.valueOf(uri.getScheme()).toLowerCase(Locale.ROOT);
        if (!insecure && !SECURE.contains(scheme)) {
            throw new PluginException("cannot install plugin " + location + ": " + scheme + ": is not a secure source; use "
                    + "an https: URL or a file, or add --insecure if you trust this source and the network");
        }
        if (scheme.equals("file") && !isRegularFile(uri)) {
            // a FIFO or a device would be read with no time or end: only plain files
            throw new PluginException("cannot read plugin " + location + ": no such file");
        }
        return uri;
    }

    private static boolean isRegularFile(URI uri) {
        try {
            return Files.isRegularFile(Path.of(uri));
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return false;
        }
    }
}
