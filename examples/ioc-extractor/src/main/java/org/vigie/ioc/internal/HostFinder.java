package org.vigie.ioc.internal;

import static org.vigie.ioc.internal.Defanging.AT;
import static org.vigie.ioc.internal.Defanging.DOT;
import static org.vigie.ioc.internal.Defanging.SCHEME;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Domains, URLs and e-mail addresses, plain or defanged. A name is a domain only when it ends
 * with a real top-level domain; one ending with a TLD that is also a file extension
 * ({@code main.py}) needs more evidence, and {@code fin.La}, {@code M.Dupont} or
 * {@code System.IO} is a missing space, a name or code, not a host. A domain followed by a path
 * is also a URL without its scheme; the longer annotation wins. Over 150 lines and whole because
 * domains, URLs and addresses share one reading of a host name and its evidence.
 */
final class HostFinder implements IndicatorFinder {

    private static final String LABEL = "[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?";
    /** At most 127 labels, as in DNS; the bound also keeps a hostile {@code a.a.a...} off the stack. */
    private static final String HOST = "(?:" + LABEL + DOT + "){1,126}[a-z]{2,63}";
    private static final String IPV4 = "\\d{1,3}(?:" + DOT + "\\d{1,3}){3}";
    private static final String END = "(?![\\p{L}\\p{N}_-]|" + DOT + "[\\p{L}\\p{N}])";
    /** Not after a letter, a dot or a defanged dot's closing bracket: inside a name, not at its start. */
    private static final Pattern DOMAIN = Pattern.compile("(?<![\\p{L}\\p{N}_.@\\])}-])" + HOST + END,
            Pattern.CASE_INSENSITIVE);
    private static final Pattern URL = Pattern.compile("(?<![\\p{L}\\p{N}_])" + SCHEME
            + "(?<host>" + HOST + "|" + IPV4 + "|\\[[0-9a-f:.]+\\])(?::\\d{1,5})?(?:[/?#][^\\s<>\"«»]*)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern EMAIL = Pattern.compile("(?<![\\p{L}\\p{N}_.%+-])"
            + "[a-z0-9](?:[a-z0-9._%+-]{0,62}[a-z0-9_%+-])?" + AT + "(?<host>" + HOST + ")" + END,
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PATH = Pattern.compile("/[^\\s<>\"«»]+");
    private static final Pattern SPACED_AT = Pattern.compile(" \\[at\\] | \\(at\\) ", Pattern.CASE_INSENSITIVE);
    private static final String TRAILING = ".,;:!?'\"»’";

    private final TopLevelDomains tlds;

    HostFinder(TopLevelDomains tlds) {
        this.tlds = tlds;
    }

    @Override
    public void find(String text, Tokens tokens, List<Indicator> found) {
        tokens.scan(URL, 10, c -> c == ':', m -> url(m, found));
        if (SPACED_AT.matcher(text).find()) {
            for (Matcher m = EMAIL.matcher(text); m.find();) {
                email(m, found);
            }
        } else {
            tokens.scan(EMAIL, 5, c -> c == '@' || c == '[' || c == '(', m -> email(m, found));
        }
        int[] pathEnd = {-1};
        tokens.scan(DOMAIN, 4, c -> c == '.' || c == '[' || c == '(' || c == '{', m -> {
            if (isDomain(m.group())) {
                found.add(new Indicator(m.start(), m.end(), IndicatorKind.DOMAIN, host(m.group())));
                // a name inside the path just found needs no path of its own (and a.com/a.com/... stays linear)
                if (m.start() >= pathEnd[0]) {
                    pathEnd[0] = pathAfter(text, m.start(), m.end(), found);
                }
            }
        });
    }

    /**
     * {@code evil[.]com/gate.php}: a domain followed by a path is a URL written without its
     * scheme. Returns where the path ends, or {@code hostEnd} when there is none.
     */
    private static int pathAfter(String text, int begin, int hostEnd, List<Indicator> found) {
        Matcher path = PATH.matcher(text).region(hostEnd, text.length());
        if (!path.lookingAt()) {
            return hostEnd;
        }
        String url = trimTrailing(text.substring(begin, path.end()));
        if (url.length() > hostEnd - begin + 1) {
            String value = host(text.substring(begin, hostEnd)) + Defanging.refang(url.substring(hostEnd - begin));
            found.add(new Indicator(begin, begin + url.length(), IndicatorKind.URL, value));
        }
        return path.end();
    }

    private void url(Matcher m, List<Indicator> found) {
        String host = Defanging.refang(m.group("host"));
        boolean known = host.startsWith("[") ? Ipv6Finder.parse(host.substring(1, host.length() - 1)) != null
                : Character.isDigit(host.charAt(host.length() - 1)) ? Ipv4Finder.octets(host) != null
                : tlds.isTopLevelDomain(host.substring(host.lastIndexOf('.') + 1));
        if (known) {
            String url = trimTrailing(m.group());
            found.add(new Indicator(m.start(), m.start() + url.length(), IndicatorKind.URL, normaliseUrl(url)));
        }
    }

    private void email(Matcher m, List<Indicator> found) {
        String host = host(m.group("host"));
        if (tlds.isTopLevelDomain(host.substring(host.lastIndexOf('.') + 1))) {
            String value = Defanging.refang(m.group()).toLowerCase(Locale.ROOT);
            found.add(new Indicator(m.start(), m.end(), IndicatorKind.EMAIL, value));
        }
    }

    private boolean isDomain(String written) {
        String host = Defanging.refang(written);
        String tld = host.substring(host.lastIndexOf('.') + 1);
        if (!tlds.isTopLevelDomain(tld)) {
            return false;
        }
        if (!host.equals(written)) {
            return true;
        }
        if (tlds.isFileExtension(tld) && !host.regionMatches(true, 0, "www.", 0, 4)) {
            return false;
        }
        return !sentenceOrCode(host, tld);
    }

    /**
     * {@code fin.La}, {@code M.Dupont}: a capitalised last label is a missing space or a name;
     * {@code System.IO}: an upper-case last label after lower-case ones is code. Hosts are written
     * in one case ({@code EVIL.RU}) or with a capitalised name first ({@code Amazon.com}).
     */
    private static boolean sentenceOrCode(String host, String tld) {
        boolean capitalised = Character.isUpperCase(tld.charAt(0)) && tld.chars().anyMatch(Character::isLowerCase);
        String rest = host.substring(0, host.length() - tld.length());
        return capitalised || tld.chars().anyMatch(Character::isUpperCase) && rest.chars().anyMatch(Character::isLowerCase);
    }

    private static String host(String written) {
        return Defanging.refang(written).toLowerCase(Locale.ROOT);
    }

    /** Drops the sentence's punctuation after a URL, and a closing bracket it did not open. */
    private static String trimTrailing(String url) {
        long opened = count(url, '(');
        long closed = count(url, ')');
        long openedSquare = count(url, '[');
        long closedSquare = count(url, ']');
        int end = url.length();
        while (end > 0) {
            char last = url.charAt(end - 1);
            if (last == ')' && opened < closed) {
                closed--;
            } else if (last == ']' && openedSquare < closedSquare) {
                closedSquare--;
            } else if (TRAILING.indexOf(last) < 0) {
                break;
            }
            end--;
        }
        return url.substring(0, end);
    }

    private static long count(String s, char c) {
        return s.chars().filter(x -> x == c).count();
    }

    /** Real scheme and dots, lower-case scheme and host; the path keeps its case. */
    private static String normaliseUrl(String written) {
        String url = Defanging.refang(Defanging.refangScheme(written));
        int hostStart = url.indexOf("://") + 3;
        int hostEnd = hostStart;
        while (hostEnd < url.length() && "/?#".indexOf(url.charAt(hostEnd)) < 0) {
            hostEnd++;
        }
        return url.substring(0, hostEnd).toLowerCase(Locale.ROOT) + url.substring(hostEnd);
    }
}
