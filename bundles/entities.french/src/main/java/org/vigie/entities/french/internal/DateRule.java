package org.vigie.entities.french.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.vigie.entities.api.Annotation;
import org.vigie.entities.api.EntityType;
import org.vigie.entities.api.Features;
import org.vigie.entities.api.Span;

/**
 * Calendar dates normalised to ISO: {@code le 26 octobre}, {@code lundi 11 septembre},
 * {@code les 7 et 8 novembre} and {@code du 19 au 20 février} (one annotation per day),
 * {@code juin 2021}, {@code octobre dernier}, {@code 26/10/2025}. A missing year comes from the
 * document's publication date ({@code dernier}: the last such month before it); with no
 * publication date the value is null. The patterns have no nested quantifiers, so they cannot
 * backtrack badly.
 */
final class DateRule {

    private static final String MONTHS = "janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre"
            + "|novembre|d[ée]cembre";
    private static final Map<String, Integer> MONTH_NUMBERS = Map.ofEntries(Map.entry("janvier", 1),
            Map.entry("fevrier", 2), Map.entry("mars", 3), Map.entry("avril", 4), Map.entry("mai", 5),
            Map.entry("juin", 6), Map.entry("juillet", 7), Map.entry("aout", 8), Map.entry("septembre", 9),
            Map.entry("octobre", 10), Map.entry("novembre", 11), Map.entry("decembre", 12));
    private static final Pattern DAY_MONTH = Pattern.compile("(?iu)\\b(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi"
            + "|dimanche)\\s+)?(1er|\\d{1,2})(?:\\s*(?:et|au|-)\\s*(\\d{1,2}))?\\s+(" + MONTHS + ")(?:\\s+(\\d{4}))?"
            + "(\\s+dernier)?\\b");
    private static final Pattern MONTH_YEAR = Pattern.compile("(?iu)\\b(" + MONTHS + ")\\s+(?:(\\d{4})|(dernier))\\b");
    private static final Pattern NUMERIC = Pattern.compile("\\b(\\d{1,2})/(\\d{1,2})/(\\d{4})\\b");

    List<Annotation> find(String text, LocalDate published, String extractorId) {
        List<Annotation> dates = new ArrayList<>();
        Matcher m = DAY_MONTH.matcher(text);
        while (m.find()) {
            int month = MONTH_NUMBERS.get(org.vigie.entities.api.NameKey.fold(m.group(3)));
            Integer year = year(m.group(4), m.group(5) != null, month, published);
            int first = m.group(1).equalsIgnoreCase("1er") ? 1 : Integer.parseInt(m.group(1));
            add(dates, text, m.start(), m.end(), iso(year, month, first), extractorId);
            if (m.group(2) != null) {
                add(dates, text, m.start(), m.end(), iso(year, month, Integer.parseInt(m.group(2))), extractorId);
            }
        }
        m = MONTH_YEAR.matcher(text);
        while (m.find()) {
            if (!overlaps(dates, m.start(), m.end())) {
                int month = MONTH_NUMBERS.get(org.vigie.entities.api.NameKey.fold(m.group(1)));
                Integer year = year(m.group(2), m.group(3) != null, month, published);
                add(dates, text, m.start(), m.end(), year == null ? null : String.format("%04d-%02d", year, month),
                        extractorId);
            }
        }
        m = NUMERIC.matcher(text);
        while (m.find()) {
            String iso = iso(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
            if (iso != null) {
                add(dates, text, m.start(), m.end(), iso, extractorId);
            }
        }
        return dates;
    }

    private static Integer year(String written, boolean last, int month, LocalDate published) {
        if (written != null) {
            return Integer.parseInt(written);
        }
        if (published == null) {
            return null;
        }
        return last && month >= published.getMonthValue() ? published.getYear() - 1 : published.getYear();
    }

    private static String iso(Integer year, int month, int day) {
        if (year == null) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day).toString();
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static boolean overlaps(List<Annotation> dates, int begin, int end) {
        Span span = new Span(begin, end);
        return dates.stream().anyMatch(a -> a.span().overlaps(span));
    }

    private static void add(List<Annotation> dates, String text, int begin, int end, String iso, String extractorId) {
        Map<String, String> features = iso == null ? Map.of() : Map.of(Features.ISO_DATE, iso);
        dates.add(new Annotation(new Span(begin, end), EntityType.DATE, text.substring(begin, end), iso, features,
                iso == null ? 0.6 : 0.9, extractorId));
    }
}
