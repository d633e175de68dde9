package org.vigie.corpus.importers.internal.news;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Publication dates as news pages write them: {@code 26/10/2025}, {@code 2025-10-26},
 * {@code 15 décembre 2014}, {@code October 26, 2025}, and {@code yyyyMMdd} runs or
 * {@code /2025/10/23/} folders inside article URLs.
 */
public final class NewsDates {

    private static final Pattern NUMERIC = Pattern.compile("(?<!\\d)(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})(?!\\d)");
    private static final Pattern ISO = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");
    private static final Pattern WORDS = Pattern.compile(
            "(?<![\\p{L}\\d])(\\d{1,2})(?:er)?\\s+(\\p{L}+)\\.?\\s+(\\d{4})(?!\\d)", Pattern.UNICODE_CASE);
    private static final Pattern ENGLISH = Pattern.compile("(?<!\\p{L})(\\p{L}+)\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})(?!\\d)");
    private static final Pattern URL_RUN = Pattern.compile("(?<!\\d)(20\\d{2}|19\\d{2})(\\d{2})(\\d{2})(?=\\d*(?:\\D|$))");
    private static final Pattern URL_FOLDERS = Pattern.compile("/((?:19|20)\\d{2})/(\\d{1,2})/(\\d{1,2})(?:/|$)");

    private static final int DATE_LINE = 60;
    private static final Pattern DATE_LINE_WORDS = Pattern.compile("(?i)\\b(publié le|mis à jour le|published|updated|"
            + "le|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|à|at|\\d{1,2}[:h]\\d{2}(:\\d{2})?|gmt\\+?\\d*|utc)\\b",
            Pattern.UNICODE_CASE);

    /**
     * Month names in lower case, as the JDK writes them: French ({@code février}, also unaccented,
     * {@code fevrier}), English in full ({@code october}) and short ({@code oct}), and {@code sept},
     * the British short form the JDK's English lacks.
     */
    private static final Map<String, Integer> MONTHS = months();

    private NewsDates() {
    }

    private static Map<String, Integer> months() {
        Map<String, Integer> months = new HashMap<>();
        for (Month m : Month.values()) {
            String french = m.getDisplayName(TextStyle.FULL, Locale.FRENCH).toLowerCase(Locale.ROOT);
            months.put(french, m.getValue());
            months.put(Normalizer.normalize(french, Normalizer.Form.NFD).replaceAll("\\p{M}", ""), m.getValue());
            months.put(m.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT), m.getValue());
            months.put(m.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT), m.getValue());
        }
        months.put("sept", Month.SEPTEMBER.getValue());
        return Map.copyOf(months);
    }

    /** The first date written in {@code text}, in any of the supported forms. */
    public static Optional<LocalDate> find(String text) {
        Matcher m = NUMERIC.matcher(text);
        if (m.find()) {
            return date(m.group(3), m.group(2), m.group(1));
        }
        m = ISO.matcher(text);
        if (m.find()) {
            return date(m.group(1), m.group(2), m.group(3));
        }
        m = WORDS.matcher(text);
        while (m.find()) {
            Integer month = MONTHS.get(m.group(2).toLowerCase(Locale.ROOT));
            if (month != null) {
                return date(m.group(3), month.toString(), m.group(1));
            }
        }
        m = ENGLISH.matcher(text);
        while (m.find()) {
            Integer month = MONTHS.get(m.group(1).toLowerCase(Locale.ROOT));
            if (month != null) {
                return date(m.group(3), month.toString(), m.group(2));
            }
        }
        return Optional.empty();
    }

    /** Whether the whole line is a date and nothing else (a dateline). */
    public static boolean isDateLine(String line) {
        if (line.length() > DATE_LINE) {
            return false;
        }
        String rest = DATE_LINE_WORDS.matcher(line).replaceAll(" ");
        Optional<LocalDate> date = find(rest);
        if (date.isEmpty()) {
            return false;
        }
        String left = NUMERIC.matcher(rest).replaceAll(" ");
        left = ISO.matcher(left).replaceAll(" ");
        left = WORDS.matcher(left).replaceAll(" ");
        left = ENGLISH.matcher(left).replaceAll(" ");
        return left.replaceAll("[\\s,|\\-–—:()]", "").isEmpty();
    }

    /** A date inside an article URL: a {@code yyyyMMdd} digit run or {@code /yyyy/MM/dd/} folders. */
    public static Optional<LocalDate> fromUrl(String url) {
        Matcher folders = URL_FOLDERS.matcher(url);
        if (folders.find()) {
            return date(folders.group(1), folders.group(2), folders.group(3));
        }
        Matcher run = URL_RUN.matcher(url);
        while (run.find()) {
            Optional<LocalDate> date = date(run.group(1), run.group(2), run.group(3));
            if (date.isPresent()) {
                return date;
            }
        }
        return Optional.empty();
    }

    /** The date at the start of an ISO date or date-time ({@code 2025-10-26T08:00:00+07:00}). */
    public static Optional<LocalDate> fromIso(String value) {
        if (value == null) {
            return Optional.empty();
        }
        Matcher m = ISO.matcher(value.trim());
        return m.lookingAt() ? date(m.group(1), m.group(2), m.group(3)) : Optional.empty();
    }

    private static Optional<LocalDate> date(String year, String month, String day) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
            boolean plausible = date.getYear() >= 1900 && date.getYear() <= LocalDate.now().getYear() + 1;
            return plausible ? Optional.of(date) : Optional.empty();
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
