package org.vigie.report.pdf.internal.section;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One row of the timeline: a sentence and the date, or run of consecutive days, it gives.
 *
 * @param iso the (first) date as extracted, ISO ({@code 2025-10-25}, {@code 2025-10}, {@code 2025});
 *     null when its year is unknown
 * @param until the last day of a run of consecutive days, ISO, or null for a single date
 * @param written the date as written in the text
 * @param sentence the whole sentence, blanks folded: what makes two dates one statement
 * @param excerpt what the row quotes
 * @param documents the documents that give it, in first-seen order
 */
record TimelineEvent(String iso, String until, String written, String sentence, String excerpt, Set<String> documents) {

    /** The date in words: {@code 25–26 octobre 2025} for a run of days. */
    String when() {
        return until == null ? French.isoDate(iso) : French.days(LocalDate.parse(iso), LocalDate.parse(until));
    }

    /**
     * Merges the rows of one sentence dated by consecutive days ({@code les 25 et 26 octobre}, or the
     * same statement extracted on the 25th and on the 26th) into one row spanning them; every other
     * row is kept as it is. The order is first-seen, each merged row where its first day was.
     */
    static List<TimelineEvent> consecutiveDaysMerged(Collection<TimelineEvent> events) {
        Map<String, List<TimelineEvent>> bySentence = new LinkedHashMap<>();
        for (TimelineEvent e : events) {
            String key = day(e.iso) == null ? "\u0000" + bySentence.size() : e.sentence;
            bySentence.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
        }
        List<TimelineEvent> merged = new ArrayList<>();
        for (List<TimelineEvent> same : bySentence.values()) {
            merged.addAll(runs(same));
        }
        List<TimelineEvent> all = List.copyOf(events);
        merged.sort(Comparator.comparingInt(e -> firstSeen(all, e)));
        return merged;
    }

    private static List<TimelineEvent> runs(List<TimelineEvent> sameSentence) {
        List<TimelineEvent> byDay = new ArrayList<>(sameSentence);
        byDay.sort(Comparator.comparing(TimelineEvent::iso));
        List<TimelineEvent> runs = new ArrayList<>();
        TimelineEvent run = null;
        for (TimelineEvent e : byDay) {
            if (run != null && day(run.last()).plusDays(1).equals(day(e.iso))) {
                Set<String> documents = new LinkedHashSet<>(run.documents);
                documents.addAll(e.documents);
                run = new TimelineEvent(run.iso, e.iso, run.written, run.sentence, run.excerpt, documents);
            } else {
                if (run != null) {
                    runs.add(run);
                }
                run = e;
            }
        }
        runs.add(run);
        return runs;
    }

    private String last() {
        return until == null ? iso : until;
    }

    private static int firstSeen(List<TimelineEvent> all, TimelineEvent e) {
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).sentence.equals(e.sentence) && all.get(i).iso.equals(e.iso)) {
                return i;
            }
        }
        return all.size();
    }

    /** The day of a full ISO date, or null for a month, a year or anything else. */
    private static LocalDate day(String iso) {
        if (iso == null || !iso.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return null;
        }
        try {
            return LocalDate.parse(iso);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
