package org.vigie.report.api;

/**
 * What the analyst said of a cited document on the Admiralty (NATO) scale: the reliability of its
 * source, {@code A} (completely reliable) to {@code F} (cannot be judged), and the credibility of
 * the document itself, 1 (confirmed by other sources) to 6 (cannot be judged). Either may be
 * unknown: not every source or document is graded.
 *
 * @param reliability {@code A} to {@code F}, or {@code null} when the source is not graded
 * @param credibility 1 to 6, or 0 when the document is not graded
 */
public record Grade(String reliability, int credibility) {

    /** Nothing known. */
    public static final Grade NONE = new Grade(null, 0);

    public Grade {
        if (reliability != null && !reliability.matches("[A-F]")) {
            throw new IllegalArgumentException("a source's reliability is a letter A to F: " + reliability);
        }
        if (credibility < 0 || credibility > 6) {
            throw new IllegalArgumentException("a document's credibility is 1 to 6 (0: unknown): " + credibility);
        }
    }

    /** Whether anything is known. */
    public boolean known() {
        return reliability != null || credibility > 0;
    }

    /** What is known, as analysts write it: {@code B2}, {@code B}, {@code 2}, or empty. */
    public String label() {
        return (reliability == null ? "" : reliability) + (credibility == 0 ? "" : Integer.toString(credibility));
    }

    /** Whether the source is unreliable ({@code E}) or cannot be judged ({@code F}). */
    public boolean unreliableSource() {
        return "E".equals(reliability) || "F".equals(reliability);
    }

    /** Whether the source is unreliable or the document improbable ({@code 5}) or not to be judged ({@code 6}). */
    public boolean doubtful() {
        return unreliableSource() || credibility >= 5;
    }
}
