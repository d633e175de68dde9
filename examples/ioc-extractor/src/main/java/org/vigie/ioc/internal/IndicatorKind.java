package org.vigie.ioc.internal;

import java.util.Locale;

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
            throw new IllegalArgumentException("unknown indicator kind '" + label + "'", e);
        }
    }
}
