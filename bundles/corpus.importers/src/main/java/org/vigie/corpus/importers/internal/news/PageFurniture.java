package org.vigie.corpus.importers.internal.news;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Line-level page furniture of copied web pages: photo credits, image file names, table pipes,
 * captions repeated as alt text. {@link #clean} drops it and folds runs of blank lines.
 */
final class PageFurniture {

    private static final Pattern CREDIT = Pattern.compile(
            "(?i)^(photos?|ảnh|crédits?( photo)?|photo credit|image|illustration|vidéo|video)\\s*:.{0,60}$");
    private static final List<String> IMAGE_EXTENSIONS = List.of(".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif");
    private static final int CREDIT_LINE = 80;
    private static final Pattern TRAILING_CREDIT = Pattern.compile(
            "(?<=\\S)\\s+(Photos?|PHOTO|Ảnh)\\s*:\\s*[^.|]{1,40}\\.?\\s*$");
    private static final Pattern TRAILING_PIPE = Pattern.compile("\\s*\\|\\s*$");

    private PageFurniture() {
    }

    /** Whether a whole (stripped) line is furniture: a credit, an image name or a lone pipe. */
    static boolean isFurniture(String line) {
        String bare = withoutPipe(line).strip();
        return bare.isEmpty() || bare.length() <= CREDIT_LINE && CREDIT.matcher(bare).matches()
                || withoutImageNames(bare).isEmpty();
    }

    /** The line without its image file names ({@code photo-library-...jpg}, {@code carte.png}). */
    private static String withoutImageNames(String line) {
        String lower = line.toLowerCase(Locale.ROOT);
        if (!lower.contains("photo-library-") && IMAGE_EXTENSIONS.stream().noneMatch(lower::contains)) {
            return line;
        }
        StringBuilder kept = new StringBuilder();
        for (String token : line.split(" ")) {
            boolean image = token.indexOf('.') > 0 && isImageName(token);
            if (!token.isEmpty() && !image) {
                kept.append(kept.length() == 0 ? "" : " ").append(token);
            }
        }
        return kept.toString();
    }

    /** The lines without furniture, one blank line at most between paragraphs, none at the ends. */
    static List<String> clean(List<String> lines) {
        List<String> kept = new ArrayList<>();
        String previous = null;
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty()) {
                if (!kept.isEmpty() && !kept.get(kept.size() - 1).isEmpty()) {
                    kept.add("");
                }
                continue;
            }
            line = caption(line);
            if (line.isEmpty() || isFurniture(line) || line.equals(previous)) {
                continue;
            }
            kept.add(line);
            previous = line;
        }
        while (!kept.isEmpty() && kept.get(kept.size() - 1).isEmpty()) {
            kept.remove(kept.size() - 1);
        }
        return kept;
    }

    /** A caption without its photo credit, trailing pipe, image names or alt-text repetition. */
    private static String caption(String line) {
        String text = undouble(withoutImageNames(withoutPipe(line)));
        boolean credit = text.contains("Photo") || text.contains("PHOTO") || text.contains("Ảnh");
        return credit ? TRAILING_CREDIT.matcher(text).replaceAll("").strip() : text.strip();
    }

    private static boolean isImageName(String token) {
        if (token.contains("photo-library-")) {
            return true;
        }
        String name = token.toLowerCase(Locale.ROOT);
        int query = name.indexOf('?');
        String file = query < 0 ? name : name.substring(0, query);
        return IMAGE_EXTENSIONS.stream().anyMatch(file::endsWith);
    }

    private static String withoutPipe(String line) {
        return line.endsWith("|") || line.endsWith("| ") ? TRAILING_PIPE.matcher(line).replaceAll("") : line;
    }

    /** "A. Photo: X A. Photo: X" (caption and its alt text on one line) becomes "A. Photo: X". */
    private static String undouble(String line) {
        int half = line.length() / 2;
        if (line.length() > 20 && line.length() % 2 == 1 && line.charAt(half) == ' '
                && line.substring(0, half).equals(line.substring(half + 1))) {
            return line.substring(0, half);
        }
        return line;
    }
}
