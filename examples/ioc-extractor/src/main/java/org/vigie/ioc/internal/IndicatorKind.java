package org.vigie.ioc.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.vigie.entities.api.ExtractionException;

/**
 * The kinds of indicator of compromise, named as the {@code kind} feature spells them, each with
 * how sure its validation makes us when the text writes it plainly: a checksum or a fixed prefix
 * leaves little doubt, a bare name ending with a real TLD some.
 */
enum IndicatorKind {
    IPV4(0.9), IPV6(0.9), DOMAIN(0.75), URL(0.95), EMAIL(0.95), CVE(0.99), MD5(0.85), SHA1(0.85), SHA256(0.9),
    BTC(0.99), ETH(0.9);

    private final double confidence;

    IndicatorKind(double confidence) {
        this.confidence = confidence;
    }

    double confidence() {
        return confidence;
    }

    /** The feature value: {@code ipv4}, {@code sha256}, ... */
    String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind a feature value names. */
    static IndicatorKind of(String label) {
        try {
            return valueOf(label.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            String known = Arrays.stream(values()).map(IndicatorKind::label).collect(Collectors.joining(", "));
            throw new ExtractionException("unknown indicator kind '" + label + "': the kinds are " + known, e);
        }
    }
}
