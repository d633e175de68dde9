package org.vigie.ioc.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.vigie.entities.api.ExtractionException;

/** The kinds of indicator of compromise, named as the {@code kind} feature spells them. */
enum IndicatorKind {
    IPV4, IPV6, DOMAIN, URL, EMAIL, CVE, MD5, SHA1, SHA256, BTC, ETH;

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
