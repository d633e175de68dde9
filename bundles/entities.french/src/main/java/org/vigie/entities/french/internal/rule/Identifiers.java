package org.vigie.entities.french.internal.rule;

import java.util.regex.Pattern;

import org.vigie.entities.french.internal.scan.TextScan;
import org.vigie.entities.french.internal.text.Token;
import org.vigie.entities.french.internal.text.WordTable;

/**
 * Codes written in capitals and digits that name no organisation and no event: vulnerability and
 * bulletin numbers ({@code CVE-2024-3400}, {@code MS17-010}), standards and algorithms
 * ({@code ISO 27001}, {@code SHA256}, {@code RFC 2616}), hashes, version strings and the parts of a
 * document number ({@code 57-NQ/TW}). Threat groups numbered by security vendors ({@code APT28},
 * {@code FIN7}, {@code UNC3886}, {@code TA505}, {@code Storm-0558}) are organisations, not codes.
 */
public final class Identifiers {

    /** Two digit groups or more: a numbering scheme, not an edition ({@code CVE-2024-3400}, {@code MS17-010}). */
    private static final Pattern NUMBERED = Pattern.compile("[\\p{L}]*[-_]?\\d+[-_.]\\d+.*");
    /** Letters then three digits or more without a hyphen: a standard or algorithm ({@code SHA256}). */
    private static final Pattern LONG_NUMBER = Pattern.compile("\\p{Lu}{2,}\\d{3,}");
    private static final Pattern HEX = Pattern.compile("(?=.*\\d)(?=.*[A-Fa-f])[0-9A-Fa-f]{16,}");
    private static final Pattern THREAT_GROUP = Pattern.compile("(APT|FIN|UNC|TA|TAG)\\d{1,4}|(Storm|STORM|DEV)-\\d{3,4}");
    /** Prefixes of technical designations followed by a small number ({@code SHA1}, {@code MD5}, {@code IPV6}). */
    private static final WordTable TECHNICAL = WordTable.of("SHA", "MD", "AES", "RSA", "TLS", "SSL", "IPV", "HTTP",
            "RFC", "ISO", "CVE", "CWE", "KB", "MS", "USB", "LTE", "WPA", "DDR", "PCI", "SMB", "RDP", "H", "COVID",
            "SARS", "MP", "PS", "IOS");
    private static final Pattern TECHNICAL_CODE = Pattern.compile("(\\p{Lu}+)-?\\d{1,4}");

    private Identifiers() {
    }

    static boolean isThreatGroup(Token t) {
        String s = t.text();
        return t.isWord() && Character.isDigit(s.charAt(s.length() - 1)) && Character.isUpperCase(s.charAt(0))
                && THREAT_GROUP.matcher(s).matches();
    }

    /** Whether token i is (part of) a code: never an organisation's acronym, never an event. */
    static boolean isCode(TextScan scan, int i) {
        Token t = scan.token(i);
        String s = t.text();
        if (isThreatGroup(t)) {
            return false;
        }
        if (s.chars().anyMatch(Character::isDigit) && digitCode(s)) {
            return true;
        }
        return t.acronym() && (numberedStandard(scan, i) || slashed(scan, i));
    }

    private static boolean digitCode(String s) {
        if (NUMBERED.matcher(s).matches() || LONG_NUMBER.matcher(s).matches() || HEX.matcher(s).matches()) {
            return true;
        }
        var technical = TECHNICAL_CODE.matcher(s);
        return technical.matches() && TECHNICAL.contains(technical.group(1));
    }

    /** {@code ISO 27001}, {@code RFC 2616}: capitals followed by a number that is not a year. */
    private static boolean numberedStandard(TextScan scan, int i) {
        if (i + 1 >= scan.size() || scan.token(i + 1).kind() != Token.Kind.NUMBER) {
            return false;
        }
        String n = scan.token(i + 1).text();
        boolean year = n.length() == 4 && (n.startsWith("19") || n.startsWith("20"));
        return n.chars().allMatch(Character::isDigit) && n.length() >= 3 && !year;
    }

    /** {@code NQ/TW}, {@code 57-NQ/TW}: capitals glued by a slash to capitals or digits. */
    private static boolean slashed(TextScan scan, int i) {
        return slash(scan, i + 1) && codePart(scan.token(i + 2)) || slash(scan, i - 1) && codePart(scan.token(i - 2));
    }

    /** Token s is a slash with no space on either side and a token on each side. */
    private static boolean slash(TextScan scan, int s) {
        return s > 0 && s + 1 < scan.size() && scan.isPunct(s, '/') && scan.token(s - 1).end() == scan.token(s).begin()
                && scan.token(s).end() == scan.token(s + 1).begin();
    }

    private static boolean codePart(Token t) {
        if (t.kind() == Token.Kind.NUMBER) {
            return true;
        }
        return t.acronym() && t.text().chars().filter(Character::isLetter).count() <= 3;
    }
}
