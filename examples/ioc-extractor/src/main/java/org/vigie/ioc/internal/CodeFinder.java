package org.vigie.ioc.internal;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * CVE ids ({@code CVE-2024-3400}) and file hashes: a hex run of exactly 32, 40 or 64 characters
 * (MD5, SHA-1, SHA-256) that is not part of a longer run, a word or a hyphenated slug, and mixes
 * digits and letters (an all-digit run is a number).
 */
final class CodeFinder implements IndicatorFinder {

    private static final Pattern CVE = Pattern.compile(
            "(?<![\\p{L}\\p{N}_])CVE[-‐‑–](\\d{4})[-‐‑–](\\d{4,7})(?![\\p{L}\\p{N}_])", Pattern.CASE_INSENSITIVE);
    private static final Pattern HEX = Pattern.compile("(?<![\\p{L}\\p{N}_-])[0-9a-f]{32,64}(?![\\p{L}\\p{N}_-])",
            Pattern.CASE_INSENSITIVE);
    private static final int FIRST_CVE_YEAR = 1999;

    @Override
    public void find(String text, Tokens tokens, List<Indicator> found) {
        tokens.scan(CVE, 13, c -> c == 'E' || c == 'e', m -> {
            int year = Integer.parseInt(m.group(1));
            if (year >= FIRST_CVE_YEAR && year < 2100) {
                found.add(new Indicator(m.start(), m.end(), IndicatorKind.CVE, "CVE-" + year + "-" + m.group(2)));
            }
        });
        tokens.scan(HEX, 32, c -> true, m -> {
            IndicatorKind kind = hashKind(m.group());
            if (kind != null) {
                found.add(new Indicator(m.start(), m.end(), kind, m.group().toLowerCase(Locale.ROOT)));
            }
        });
    }

    private static IndicatorKind hashKind(String hex) {
        boolean digits = hex.chars().anyMatch(Character::isDigit);
        boolean letters = hex.chars().anyMatch(Character::isLetter);
        if (!digits || !letters) {
            return null;
        }
        return switch (hex.length()) {
            case 32 -> IndicatorKind.MD5;
            case 40 -> IndicatorKind.SHA1;
            case 64 -> IndicatorKind.SHA256;
            default -> null;
        };
    }
}
