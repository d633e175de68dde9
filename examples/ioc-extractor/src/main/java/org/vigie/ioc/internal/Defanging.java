package org.vigie.ioc.internal;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The defanged spellings analysts use so that an indicator cannot be clicked
 * ({@code evil[.]com}, {@code evil(.)com}, {@code hxxps[:]//}, {@code user[at]mail.ru}) and the
 * way back to the real indicator.
 */
final class Defanging {

    /** A dot, plain or defanged. */
    static final String DOT = "(?:\\.|\\[\\.\\]|\\(\\.\\)|\\{\\.\\}|\\[dot\\]|\\(dot\\))";

    /** An at sign, plain or defanged. */
    static final String AT = "(?:@|\\[@\\]|\\(@\\)|\\[at\\]|\\(at\\)| \\[at\\] | \\(at\\) )";

    /** A URL scheme with its separator, plain or defanged ({@code hxxp[:]//}, {@code http[://]}). */
    static final String SCHEME = "(?:h[tx]{2}ps?|ftps?|fxp|sftp)(?:://|\\[:\\]//|\\(:\\)//|\\[://\\])";

    private static final Pattern DEFANGED_DOT = Pattern.compile("\\[\\.\\]|\\(\\.\\)|\\{\\.\\}|\\[dot\\]|\\(dot\\)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DEFANGED_AT = Pattern.compile(" ?\\[at\\] ?| ?\\(at\\) ?|\\[@\\]|\\(@\\)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DEFANGED_SCHEME = Pattern.compile("^(h[tx]{2}ps?|ftps?|fxp|sftp)(?:\\[:\\]//|\\(:\\)//|\\[://\\]|://)",
            Pattern.CASE_INSENSITIVE);

    private Defanging() {
    }

    /** Whether the text is written in a defanged form. */
    static boolean isDefanged(String text) {
        return DEFANGED_DOT.matcher(text).find() || DEFANGED_AT.matcher(text).find()
                || text.regionMatches(true, 0, "hxxp", 0, 4) || text.regionMatches(true, 0, "fxp", 0, 3)
                || text.contains("[:]") || text.contains("(:)") || text.contains("[://]");
    }

    /** The dots and at signs of a host or address made real again. */
    static String refang(String text) {
        String dots = DEFANGED_DOT.matcher(text).replaceAll(".");
        return DEFANGED_AT.matcher(dots).replaceAll("@");
    }

    /**
     * The scheme of a URL made real again and lower-cased ({@code hxxps[:]//} to
     * {@code https://}); the rest is returned as it is.
     */
    static String refangScheme(String url) {
        var m = DEFANGED_SCHEME.matcher(url);
        if (!m.find()) {
            return url;
        }
        String scheme = m.group(1).toLowerCase(Locale.ROOT).replace('x', 't');
        return scheme + "://" + url.substring(m.end());
    }
}
