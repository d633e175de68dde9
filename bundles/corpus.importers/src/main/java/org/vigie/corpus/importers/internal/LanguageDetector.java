package org.vigie.corpus.importers.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.vigie.corpus.api.DocumentMetadata;

/**
 * Tells the language of a news text from evidence that needs no model: the most frequent function
 * words of each language ("de", "the", "của", ...), one language clearly leading; failing that, a
 * high share of letters only Vietnamese writes (ơ, ư, đ, ạ, ế, ...). Function words come first so
 * that a French article full of Vietnamese names stays French. Answers {@code unknown} for short
 * texts and when no language clearly leads.
 * Reads the first {@value #SAMPLE} characters only, which is plenty for news and keeps it fast.
 */
final class LanguageDetector {

    static final int SAMPLE = 4000;
    private static final int MIN_WORDS = 8;
    private static final int MIN_HITS = 3;
    private static final double LEAD = 1.5;
    private static final double VIETNAMESE_LETTERS = 0.08;

    private static final String VIETNAMESE_ONLY = "ăắằẳẵặơớờởỡợưứừửữựđạảấầẩẫậẹẻẽếềểễệỉịọỏốồổỗộủụỳỵỷỹĩũ";

    private static final Map<String, Set<String>> FUNCTION_WORDS = Map.of(
            "fr", Set.of("le", "la", "les", "des", "du", "de", "et", "est", "une", "un", "dans", "pour", "que", "qui",
                    "sur", "par", "avec", "au", "aux", "ont", "été", "ses", "leur", "ce", "cette", "il", "elle", "sont",
                    "pas", "ne", "lors", "selon", "entre", "mais", "où", "à"),
            "en", Set.of("the", "of", "and", "to", "in", "is", "was", "for", "on", "that", "with", "by", "as", "at",
                    "from", "has", "have", "were", "are", "its", "this", "which", "their", "said", "be", "it", "an"),
            "vi", Set.of("của", "và", "các", "là", "trong", "những", "được", "cho", "có", "với", "một", "người",
                    "không", "này", "đã", "về", "theo", "tại", "cũng", "đến", "khi", "năm"),
            "es", Set.of("el", "los", "las", "del", "y", "en", "que", "por", "con", "una", "para", "se", "su", "al",
                    "fue", "como", "más", "según", "también", "sus"),
            "de", Set.of("der", "die", "das", "und", "ist", "nicht", "mit", "von", "den", "dem", "ein", "eine",
                    "auf", "für", "sich", "wurde", "auch", "zu", "im", "bei", "nach"));

    /** For each function word, the languages it belongs to. */
    private final Map<String, List<String>> languagesOfWord = new HashMap<>();

    LanguageDetector() {
        FUNCTION_WORDS.forEach((lang, words) -> words.forEach(
                w -> languagesOfWord.computeIfAbsent(w, k -> new java.util.ArrayList<>()).add(lang)));
    }

    /** An ISO 639-1 code, or {@link DocumentMetadata#UNKNOWN_LANGUAGE}. */
    String detect(String text) {
        String sample = text.length() > SAMPLE ? text.substring(0, SAMPLE) : text;
        List<String> words = words(sample);
        if (words.size() < MIN_WORDS) {
            return DocumentMetadata.UNKNOWN_LANGUAGE;
        }
        String leader = byFunctionWords(words);
        if (!DocumentMetadata.UNKNOWN_LANGUAGE.equals(leader)) {
            return leader;
        }
        return vietnameseShare(sample) >= VIETNAMESE_LETTERS ? "vi" : DocumentMetadata.UNKNOWN_LANGUAGE;
    }

    /**
     * The words of the sample, lower case: runs of letters, with one apostrophe inside ("aujourd'hui"),
     * as the pattern {@code \p{L}+(?:['’]\p{L}+)?} would find them, scanned by hand (the pattern was
     * 4 % of an import's CPU).
     */
    static List<String> words(String sample) {
        String lower = sample.toLowerCase(Locale.ROOT);
        List<String> words = new java.util.ArrayList<>();
        int i = 0;
        while (i < lower.length()) {
            if (!Character.isLetter(lower.codePointAt(i))) {
                i += Character.charCount(lower.codePointAt(i));
                continue;
            }
            int begin = i;
            i = lettersEnd(lower, i);
            if (i + 1 < lower.length() && (lower.charAt(i) == '\'' || lower.charAt(i) == '’')
                    && Character.isLetter(lower.codePointAt(i + 1))) {
                i = lettersEnd(lower, i + 1);
            }
            words.add(lower.substring(begin, i));
        }
        return words;
    }

    private static int lettersEnd(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isLetter(text.codePointAt(i))) {
            i += Character.charCount(text.codePointAt(i));
        }
        return i;
    }

    private static double vietnameseShare(String sample) {
        int letters = 0;
        int vietnamese = 0;
        String lower = sample.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                vietnamese += VIETNAMESE_ONLY.indexOf(c) >= 0 ? 1 : 0;
            }
        }
        return letters == 0 ? 0 : (double) vietnamese / letters;
    }

    private String byFunctionWords(List<String> words) {
        Map<String, Integer> hits = new HashMap<>();
        for (String word : words) {
            for (String lang : languagesOfWord.getOrDefault(word, List.of())) {
                hits.merge(lang, 1, Integer::sum);
            }
        }
        String best = DocumentMetadata.UNKNOWN_LANGUAGE;
        int first = 0;
        int second = 0;
        for (Map.Entry<String, Integer> e : hits.entrySet()) {
            if (e.getValue() > first) {
                second = first;
                first = e.getValue();
                best = e.getKey();
            } else if (e.getValue() > second) {
                second = e.getValue();
            }
        }
        return first >= MIN_HITS && first >= LEAD * second ? best : DocumentMetadata.UNKNOWN_LANGUAGE;
    }
}
