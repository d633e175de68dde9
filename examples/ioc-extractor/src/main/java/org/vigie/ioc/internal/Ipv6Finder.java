package org.vigie.ioc.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * IPv6 addresses in any RFC 4291 text form (full, {@code ::}-compressed, IPv4 tail), given in
 * the RFC 5952 canonical form. Clock times ({@code 12:30:45}) fail the group count; a candidate
 * needs two groups and four hex digits, so {@code a::b} or {@code ::1} in code samples is left.
 */
final class Ipv6Finder implements IndicatorFinder {

    private static final Pattern CANDIDATE = Pattern.compile("(?<![\\p{L}\\p{N}_:.])(?:[0-9a-f]{0,4}:){2,7}"
            + "(?:\\d{1,3}(?:\\.\\d{1,3}){3}|[0-9a-f]{0,4})(?![\\p{L}\\p{N}_:]|\\.[\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE);

    @Override
    public void find(String text, Tokens tokens, List<Indicator> found) {
        tokens.scan(CANDIDATE, 3, c -> c == ':', m -> {
            int[] words = plausible(m.group()) ? parse(m.group()) : null;
            if (words != null) {
                found.add(new Indicator(m.start(), m.end(), IndicatorKind.IPV6, canonical(words)));
            }
        });
    }

    private static boolean plausible(String written) {
        long groups = List.of(written.split(":")).stream().filter(g -> !g.isEmpty()).count();
        long digits = written.chars().filter(c -> c != ':' && c != '.').count();
        return groups >= 2 && digits >= 4;
    }

    /** The eight 16-bit words of an address, or {@code null} when the text is none. */
    static int[] parse(String address) {
        int gap = address.indexOf("::");
        if (gap >= 0 && address.indexOf("::", gap + 1) >= 0) {
            return null;
        }
        List<Integer> head = new ArrayList<>();
        List<Integer> tail = new ArrayList<>();
        boolean ok = gap < 0 ? words(address, head)
                : words(address.substring(0, gap), head) && words(address.substring(gap + 2), tail);
        int count = head.size() + tail.size();
        if (!ok || (gap < 0 ? count != 8 : count > 7)) {
            return null;
        }
        int[] words = new int[8];
        for (int i = 0; i < head.size(); i++) {
            words[i] = head.get(i);
        }
        for (int i = 0; i < tail.size(); i++) {
            words[8 - tail.size() + i] = tail.get(i);
        }
        return words;
    }

    /** Adds the words of a colon-separated part; a dotted IPv4 tail counts as two. */
    private static boolean words(String part, List<Integer> out) {
        if (part.isEmpty()) {
            return true;
        }
        String[] fields = part.split(":", -1);
        for (int i = 0; i < fields.length; i++) {
            String field = fields[i];
            int[] octets = i == fields.length - 1 && field.indexOf('.') >= 0 ? Ipv4Finder.octets(field) : null;
            if (octets != null) {
                out.add(octets[0] << 8 | octets[1]);
                out.add(octets[2] << 8 | octets[3]);
            } else if (field.matches("[0-9a-fA-F]{1,4}")) {
                out.add(Integer.parseInt(field, 16));
            } else {
                return false;
            }
        }
        return true;
    }

    /** RFC 5952: lower-case hex, no leading zeros, the first longest run of two zero words or more as ::. */
    static String canonical(int[] words) {
        int runStart = -1;
        int runLength = 1;
        for (int i = 0; i < 8; i++) {
            int j = i;
            while (j < 8 && words[j] == 0) {
                j++;
            }
            if (j - i > runLength) {
                runStart = i;
                runLength = j - i;
            }
            i = Math.max(i, j);
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == runStart) {
                out.append(i == 0 ? "::" : ":");
                i += runLength - 1;
                continue;
            }
            out.append(Integer.toHexString(words[i])).append(i < 7 ? ":" : "");
        }
        return out.toString();
    }
}
