package org.vigie.plugins.api;

import java.util.Locale;

/**
 * How a plugin is fetched by {@link PluginService#install(String, InstallOptions)}.
 *
 * @param insecure whether a plain {@code http:} (or other non-{@code https:}) URL is accepted;
 *     by default only {@code https:} URLs, {@code file:} URLs and paths are
 * @param sha256 the SHA-256 digest the downloaded jar must have (64 hexadecimal digits, any
 *     case), or {@code null} for no check
 */
public record InstallOptions(boolean insecure, String sha256) {

    /** Secure sources only, no digest check. */
    public static final InstallOptions DEFAULT = new InstallOptions(false, null);

    public InstallOptions {
        if (sha256 != null && sha256.isBlank()) {
            sha256 = null;
        }
        if (sha256 != null) {
            sha256 = sha256.strip().toLowerCase(Locale.ROOT);
            if (!sha256.matches("[0-9a-f]{64}")) {
                throw new PluginException("--sha256 needs the 64 hexadecimal digits of a SHA-256 digest, not '" + sha256
                        + "'");
            }
        }
    }
}
