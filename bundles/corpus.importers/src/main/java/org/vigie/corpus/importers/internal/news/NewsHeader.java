package org.vigie.corpus.importers.internal.news;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;


/**
 * The header of a plain text news page: site banners ({@code Vietnam.vn - ...}), header furniture
 * ("All news", "Print"), date lines and date markers, bylines ({@code Báo Nhân dân26/10/2025}),
 * a short section line above the title, the title line itself (without a {@code >>} marker), and
 * an outlet opening the first paragraph ({@code Nhân Dân en ligne - ...}). Furniture lines are
 * blanked; what they tell goes into {@link NewsLayout.Found}.
 */
record NewsHeader(NewsLayout.Found found) {

    private static final int HEADER_LINES_AFTER_TITLE = 3;
    private static final int BYLINE = 60;
    private static final Pattern DATE_MARKER = Pattern.compile("^date\\s+(\\d{4}-\\d{2})(-\\d{2})?\\s*");
    private static final Pattern BANNER = Pattern.compile("^[\\w-]+(\\.[\\w-]+)+\\s+[-–—|]\\s+\\S.{0,80}$");
    private static final Pattern HEADER_FURNITURE = Pattern.compile(
            "(?i)^(all news|print|imprimer|partager|share|accueil|home|menu|retour|back|\\|)$");
    private static final Pattern TITLE_MARKER = Pattern.compile("^(>>|»|•|■|►)\\s*");
    private static final Pattern BY = Pattern.compile("(?i)(par|by)\\s");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    void read(List<String> lines) {
        int afterTitle = 0;
        for (int i = 0; i < lines.size() && afterTitle < HEADER_LINES_AFTER_TITLE; i++) {
            String line = dateMarker(lines.get(i).strip());
            lines.set(i, line);
            if (line.isEmpty() || PageFurniture.isFurniture(line)) {
                continue;
            }
            if (BANNER.matcher(line).matches() || HEADER_FURNITURE.matcher(line).matches() || dateline(line)
                    || byline(line)) {
                lines.set(i, "");
            } else if (found.title == null) {
                title(lines, i);
            } else {
                afterTitle++;
                Outlets.leading(line).ifPresent(o -> found.source = found.source != null ? found.source : o);
            }
        }
    }

    private String dateMarker(String line) {
        Matcher m = DATE_MARKER.matcher(line);
        if (!m.find()) {
            return line;
        }
        if (m.group(2) != null) {
            published(NewsDates.fromIso(m.group(1) + m.group(2)));
        } else {
            found.tags.put("published-month", m.group(1));
        }
        return line.substring(m.end()).strip();
    }

    private boolean dateline(String line) {
        if (!NewsDates.isDateLine(line)) {
            return false;
        }
        published(NewsDates.find(line));
        return true;
    }

    private boolean byline(String line) {
        if (line.length() > BYLINE) {
            return false;
        }
        Optional<LocalDate> date = NewsDates.find(line);
        Optional<String> outlet = Outlets.mentioned(line);
        if (date.isEmpty() || outlet.isEmpty() && !BY.matcher(line).lookingAt()) {
            return false;
        }
        published(date);
        outlet.ifPresent(o -> found.source = found.source != null ? found.source : o);
        return true;
    }

    private void title(List<String> lines, int i) {
        String candidate = TITLE_MARKER.matcher(lines.get(i)).replaceFirst("");
        lines.set(i, candidate);
        Optional<String> outlet = Outlets.leading(candidate);
        if (outlet.isPresent()) {
            found.source = found.source != null ? found.source : outlet.get();
        }
        if (isKicker(candidate) && nextLine(lines, i).filter(NewsHeader::titleLike).isPresent()) {
            found.tags.put("section", candidate);
            return;
        }
        found.title = titleLike(candidate) ? candidate : Lede.title(candidate);
    }

    private void published(Optional<LocalDate> date) {
        if (found.published == null) {
            found.published = date.orElse(null);
        }
    }

    private static boolean isKicker(String line) {
        return WHITESPACE.split(line).length <= 3 && !line.endsWith(".") && !line.endsWith("!") && !line.endsWith("?");
    }

    private static boolean titleLike(String line) {
        return line.length() <= 200 && !line.endsWith(".") && !NewsDates.isDateLine(line);
    }

    private static Optional<String> nextLine(List<String> lines, int i) {
        return lines.subList(i + 1, lines.size()).stream().map(String::strip).filter(l -> !l.isEmpty())
                .findFirst();
    }
}
