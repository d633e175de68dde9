package org.vigie.export.internal.stix;

import java.util.Map;
import java.util.Optional;

/**
 * STIX patterns for the indicators of the IOC plugin ({@code examples/ioc-extractor}: mentions of
 * type INDICATOR whose {@code kind} feature names what they are and whose value is normalised).
 * Each becomes one comparison on the STIX Cyber-observable Object of its kind
 * ({@code [ipv4-addr:value = '198.51.100.7']}, {@code [file:hashes.'SHA-256' = '...']}); wallet
 * addresses, which STIX 2.1 has no object for, on OpenCTI's {@code cryptocurrency-wallet}. CVE ids
 * are not indicators but {@code vulnerability} objects, see {@link #CVE}.
 */
final class IndicatorPatterns {

    /** The feature of an INDICATOR mention naming its kind, as the IOC plugin writes it. */
    static final String KIND = "kind";
    /** The kind of a CVE id. */
    static final String CVE = "cve";

    private static final Map<String, String> PATHS = Map.ofEntries(
            Map.entry("ipv4", "ipv4-addr:value"),
            Map.entry("ipv6", "ipv6-addr:value"),
            Map.entry("domain", "domain-name:value"),
            Map.entry("url", "url:value"),
            Map.entry("email", "email-addr:value"),
            Map.entry("md5", "file:hashes.MD5"),
            Map.entry("sha1", "file:hashes.'SHA-1'"),
            Map.entry("sha256", "file:hashes.'SHA-256'"),
            Map.entry("btc", "cryptocurrency-wallet:value"),
            Map.entry("eth", "cryptocurrency-wallet:value"));

    private IndicatorPatterns() {
    }

    /** The pattern matching an indicator of a kind, or empty for a kind without one. */
    static Optional<String> pattern(String kind, String value) {
        String path = PATHS.get(kind);
        return path == null ? Optional.empty() : Optional.of("[" + path + " = '" + literal(value) + "']");
    }

    /** A string literal's content: backslash and quote escaped, as the STIX pattern grammar wants. */
    static String literal(String value) {
        return value.replace("\\", "\\\\").replace("'", "\\'");
    }
}
