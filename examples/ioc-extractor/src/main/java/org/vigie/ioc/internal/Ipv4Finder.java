package org.vigie.ioc.internal;

import static org.vigie.ioc.internal.Defanging.DOT;

import java.util.List;
import java.util.regex.Pattern;

/**
 * IPv4 addresses, plain or defanged ({@code 185.220.101[.]4}). Four dotted numbers are an
 * address only when each is 0-255 written without leading zeros (dates and numbering use them:
 * {@code 01.02.03.04}), when they are not part of a longer dotted run ({@code 1.2.3.4.5}) or a
 * word ({@code v2.10.4.1}, {@code 10.2.9.1-h3}), and when the words before them do not make them
 * a version or a section number ({@code version 10.2.9.1}, {@code article 1.2.3.4},
 * {@code versions 4.1.2.3 et 4.1.2.9}).
 */
final class Ipv4Finder implements IndicatorFinder {

    private static final String OCTET = "(\\d{1,3})";
    private static final Pattern ADDRESS = Pattern.compile("(?<![\\p{L}\\p{N}_.])" + OCTET + DOT + OCTET + DOT + OCTET
            + DOT + OCTET + "(?![\\p{L}\\p{N}_]|" + DOT + "\\d|-\\p{L})", Pattern.CASE_INSENSITIVE);
    /** A word that makes the dotted numbers after it a version or a section, maybe after others. */
    private static final Pattern NUMBERING = Pattern.compile("(?:\\bv|\\bver\\.?|\\bversions?|\\brelease|\\bbuild"
            + "|\\bfirmware|\\bpatch|\\bmises? à jour|\\bcorrectifs?|\\bupdate|\\bsections?|\\barticles?|\\bart\\."
            + "|\\bchapitres?|\\bchapters?|\\bparagraphes?|\\bparagraphs?|§|\\bannexes?|\\bappendix|\\btableaux?"
            + "|\\btables?|\\bfigures?|\\bpoints?|\\bclauses?|\\balinéas?|\\brfc|\\bnormes?|\\bstandards?)"
            + "\\s*[:=]?\\s*(?:n[°o]\\.?\\s*)?(?:[\\d.x]+\\s*(?:,|;|/|et|ou|à|and|or|to|-|–)\\s*)*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
    private static final int CONTEXT = 60;

    @Override
    public void find(String text, Tokens tokens, List<Indicator> found) {
        tokens.scan(ADDRESS, 7, c -> c == '.' || c == '[' || c == '(' || c == '{', m -> {
            int[] octets = octets(m.group(1), m.group(2), m.group(3), m.group(4));
            if (octets != null && !numbered(text, m.start())) {
                String value = octets[0] + "." + octets[1] + "." + octets[2] + "." + octets[3];
                found.add(new Indicator(m.start(), m.end(), IndicatorKind.IPV4, value));
            }
        });
    }

    /** The four octets of a plain dotted address, or {@code null} when it is none. */
    static int[] octets(String dotted) {
        String[] parts = dotted.split("\\.", -1);
        return parts.length == 4 ? octets(parts) : null;
    }

    private static int[] octets(String... parts) {
        int[] octets = new int[4];
        for (int i = 0; i < 4; i++) {
            String part = parts[i];
            if (part.isEmpty() || part.length() > 3 || part.length() > 1 && part.charAt(0) == '0'
                    || !part.chars().allMatch(c -> c >= '0' && c <= '9')) {
                return null;
            }
            octets[i] = Integer.parseInt(part);
            if (octets[i] > 255) {
                return null;
            }
        }
        return octets;
    }

    private static boolean numbered(String text, int begin) {
        int from = Math.max(0, begin - CONTEXT);
        return NUMBERING.matcher(text.substring(from, begin)).find();
    }
}
