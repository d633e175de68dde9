package org.vigie.corpus.importers.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Line-level page furniture of copied web pages: photo credits, image file names, table pipes,
 * captions repeated as alt text. {@link #clean} drops it and folds runs of blank lines.
 */
final class PageFurniture {

    private static final Pattern CREDIT = Pattern.compile(
            "(?i)^(photos?|ảnh|crédits?( photo)?|photo credit|image|illustration|vidéo|video)\\s*:.{0,60}$");
    private static final Pattern IMAGE_FILE = Pattern.compile(
            "(?i)\\S*(photo-library-\\S*|[\\w-]+\\.(jpe?g|png|gif|webp|avif))(\\?\\S*)?");
    private static final Pattern TRAILING_CREDIT = Pattern.compile(
            "(?<=\\S)\\s+(Photos?|PHOTO|Ảnh)\\s*:\\s*[^.|]{1,40}\\.?\\s*$");
    private static final Pattern TRAILING_PIPE = Pattern.compile("\\s*\\|\\s*$");

    private PageFurniture() {
    }

    /** Whether a whole (stripped) line is furniture: a credit, an image name or a lone pipe. */
    static boolean isFurniture(String line) {
        String bare = TRAILING_PIPE.matcher(line).replaceAll("").strip();
        return bare.isEmpty() || CREDIT.matcher(bare).matches() || IMAGE_FILE.matcher(bare).replaceAll("").isBlank();
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
        String text = TRAILING_PIPE.matcher(line).replaceAll("");
        if (!isFurniture(text)) {
            text = IMAGE_FILE.matcher(text).replaceAll("").strip();
        }
        text = undouble(text);
        return TRAILING_CREDIT.matcher(text).replaceAll("").strip();
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
