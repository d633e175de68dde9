package org.vigie.report.pdf.internal.section;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.vigie.report.api.Citations;
import org.vigie.report.api.Text;

/** How the briefing writes dates and numbers: in French, the same on every machine. */
public final class French {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRENCH);
    private static final DateTimeFormatter MONTH_NAME = DateTimeFormatter.ofPattern("MMMM", Locale.FRENCH);

    private French() {
    }

    /** {@code 1er décembre 2026}, {@code 26 octobre 2025}. */
    public static String date(LocalDate date) {
        String s = date.format(DAY);
        return date.getDayOfMonth() == 1 ? "1er" + s.substring(1) : s;
    }

    /**
     * A run of days, joined by an en dash and said once what they share: {@code 25–26 octobre 2025},
     * {@code 31 octobre–1er novembre 2025}, {@code 31 décembre 2025–1er janvier 2026}.
     */
    static String days(LocalDate from, LocalDate to) {
        if (from.getYear() != to.getYear()) {
            return date(from) + "–" + date(to);
        }
        String first = from.getMonth() == to.getMonth() ? day(from) : day(from) + " " + from.format(MONTH_NAME);
        return first + "–" + date(to);
    }

    private static String day(LocalDate date) {
        return date.getDayOfMonth() == 1 ? "1er" : Integer.toString(date.getDayOfMonth());
    }

    /**
     * An ISO date as extracted ({@code 2025-10-26}, {@code 2025-10} or {@code 2025}) in words, or
     * the value itself when it is not ISO.
     */
    static String isoDate(String iso) {
        try {
            if (iso.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return date(LocalDate.parse(iso));
            } else if (iso.matches("\\d{4}-\\d{2}")) {
                return LocalDate.parse(iso + "-01").format(MONTH);
            }
        } catch (java.time.DateTimeException e) {
            return iso;
        }
        return iso;
    }

    /** {@code 12 345} with a narrow no-break space, as French typography wants. */
    static String number(long n) {
        return NumberFormat.getIntegerInstance(Locale.FRENCH).format(n).replace('\u00a0', '\u202f');
    }

    /** {@code 1 document}, {@code 3 documents}. */
    /**
     * What a citation of a dispatch adds when other selected documents are copies of it
     * ({@code " (repris par 4)"}), or nothing.
     */
    static Text reprints(Citations citations, String documentId) {
        int copies = citations.copies(citations.source(documentId)).size();
        return copies == 0 ? Text.EMPTY : Text.of(" ").italic("(repris par " + number(copies) + ")");
    }

    static String count(long n, String singular, String plural) {
        return number(n) + " " + (n == 1 ? singular : plural);
    }
}
