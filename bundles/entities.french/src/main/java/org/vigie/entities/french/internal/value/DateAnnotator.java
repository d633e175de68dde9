package org.vigie.entities.french.internal.value;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.vigie.entities.api.Annotation;
import org.vigie.entities.api.EntityType;
import org.vigie.entities.api.Features;
import org.vigie.entities.api.Span;
import org.vigie.entities.french.internal.rule.Rule;
import org.vigie.entities.french.internal.scan.TextScan;
import org.vigie.entities.french.internal.text.Token;
import org.vigie.entities.french.internal.text.WordClass;

/**
 * Calendar dates normalised to ISO: {@code le 26 octobre}, {@code lundi 11 septembre},
 * {@code les 7 et 8 novembre} and {@code du 19 au 20 février} (one annotation per day),
 * {@code juin 2021}, {@code octobre dernier}, {@code 26/10/2025}. A missing year comes from the
 * document's publication date ({@code dernier}: the last such month before it); with no
 * publication date the value is null. Read over the tokens from each month name, so the cost is
 * one pass over the text, with no regular expression. Not a {@link Rule}: dates are no entities, so
 * they make annotations straight away, after the rules' candidates are settled and never against them.
 */
public final class DateAnnotator {

    public List<Annotation> find(TextScan scan, String extractorId) {
        List<Annotation> dates = new ArrayList<>();
        for (int i = 0; i < scan.size(); i++) {
            Token t = scan.token(i);
            if (t.isWord() && t.in(WordClass.MONTH)) {
                monthAt(scan, i, WordClass.MONTH.words().indexOf(t.folded()) + 1, extractorId, dates);
            } else if (t.kind() == Token.Kind.NUMBER && scan.isPunct(i + 1, '/') && scan.isPunct(i + 3, '/')) {
                numeric(scan, i, extractorId, dates);
            }
        }
        return dates;
    }

    /** {@code [lundi] 7 [et 8] novembre [2025] [dernier]}, {@code juin 2021}, {@code octobre dernier}. */
    private static void monthAt(TextScan scan, int m, int month, String extractorId, List<Annotation> dates) {
        int end = m + 1;
        String written = null;
        if (end < scan.size() && isYear(scan.token(end))) {
            written = scan.token(end).text();
            end++;
        }
        boolean last = scan.is(end, "dernier");
        end += last ? 1 : 0;
        Integer firstDay = day(scan, m - 1);
        Integer year = year(written, last, month, firstDay == null ? 1 : firstDay, scan.published);
        if (firstDay == null) {
            if (written != null || last) {
                add(scan, m, end, year == null ? null : String.format("%04d-%02d", year, month), extractorId, dates);
            }
            return;
        }
        int start = m - 1;
        Integer secondDay = null;
        if ((scan.is(m - 2, "et") || scan.is(m - 2, "au") || scan.isPunct(m - 2, '-')) && day(scan, m - 3) != null) {
            secondDay = firstDay;
            firstDay = day(scan, m - 3);
            start = m - 3;
        }
        if (start > 0 && scan.token(start - 1).in(WordClass.WEEKDAY)) {
            start--;
        }
        add(scan, start, end, iso(year, month, firstDay), extractorId, dates);
        if (secondDay != null) {
            add(scan, start, end, iso(year, month, secondDay), extractorId, dates);
        }
    }

    private static boolean isYear(Token t) {
        return t.kind() == Token.Kind.NUMBER && t.text().length() == 4 && t.text().chars().allMatch(Character::isDigit);
    }

    /** The day of the month at token i ({@code 7}, {@code 1er}), or null. */
    private static Integer day(TextScan scan, int i) {
        if (i < 0 || scan.token(i).kind() != Token.Kind.NUMBER) {
            return null;
        }
        String s = scan.token(i).folded();
        s = s.equals("1er") ? "1" : s;
        if (s.length() > 2 || !s.chars().allMatch(Character::isDigit)) {
            return null;
        }
        int day = Integer.parseInt(s);
        return day >= 1 && day <= 31 ? day : null;
    }

    private static void numeric(TextScan scan, int i, String extractorId, List<Annotation> dates) {
        Integer day = day(scan, i);
        Integer month = day(scan, i + 2);
        if (day != null && month != null && i + 4 < scan.size() && isYear(scan.token(i + 4))) {
            String iso = iso(Integer.parseInt(scan.token(i + 4).text()), month, day);
            if (iso != null) {
                add(scan, i, i + 5, iso, extractorId, dates);
            }
        }
    }

    /**
     * The year of a date: as written; else the publication's, or the one before when the date
     * would fall after the publication ({@code dernier}), or more than two months after it (news
     * reports what happened).
     */
    private static Integer year(String written, boolean last, int month, int day, LocalDate published) {
        if (written != null) {
            return Integer.parseInt(written);
        }
        if (published == null) {
            return null;
        }
        LocalDate sameYear = published.withDayOfMonth(1).withMonth(month);
        boolean after = last ? month >= published.getMonthValue() : sameYear.isAfter(published.plusMonths(2));
        return after ? published.getYear() - 1 : published.getYear();
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

    private static void add(TextScan scan, int start, int end, String iso, String extractorId, List<Annotation> dates) {
        Span span = new Span(scan.token(start).begin(), scan.token(end - 1).end());
        Map<String, String> features = iso == null ? Map.of() : Map.of(Features.ISO_DATE, iso);
        dates.add(new Annotation(span, EntityType.DATE, span.of(scan.text), iso, features, iso == null ? 0.6 : 0.9,
                extractorId));
    }
}
