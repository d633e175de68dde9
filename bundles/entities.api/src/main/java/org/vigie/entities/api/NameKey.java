package org.vigie.entities.api;

import java.text.Normalizer;
import java.util.Objects;

/**
 * The folded form under which two spellings of a name are the same: Unicode NFKD, combining
 * marks dropped, {@code đ/Đ} to {@code d}, lower case, typographic apostrophes and dashes to
 * ASCII, runs of white space to one space. {@code Lương Tam Quang}, {@code Luong Tam Quang} and
 * {@code LUONG TAM QUANG} share one key.
 *
 * @param value the folded text
 */
public record NameKey(String value) {

    public NameKey {
        Objects.requireNonNull(value, "value");
    }

    /** The key of a name. */
    public static NameKey of(String name) {
        return new NameKey(fold(name));
    }

    /** Folds a text as described above. */
    public static String fold(CharSequence text) {
        String s = text.toString();
        String latin = LatinFold.fold(s);
        return latin != null ? latin : normalized(s);
    }

    /** {@link #fold} by its definition, through the Unicode normalizer; {@link LatinFold} is the quick way. */
    static String normalized(String s) {
        if (!isAscii(s)) { // ASCII text is its own NFKD form, with no marks to drop
            s = Normalizer.normalize(s.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFKD);
        }
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK
                    || Character.getType(c) == Character.COMBINING_SPACING_MARK
                    || Character.getType(c) == Character.ENCLOSING_MARK) {
                continue;
            }
            switch (c) {
                case '\u2019', '\u2018', '\u02bc' -> c = '\'';
                case '\u2013', '\u2014' -> c = '-';
                default -> { }
            }
            if (Character.isWhitespace(c) || c == '\u00a0') {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(Character.toLowerCase(c));
        }
        return out.toString();
    }

    /**
     * How many letters beyond ASCII a spelling writes once composed (NFC): its diacritics
     * ({@code ư}, {@code é}, {@code đ}). Of the spellings of one key, the one with the most is the
     * one a careful source wrote ({@code Lương Tam Quang} over {@code Luong Tam Quang}).
     */
    public static int accents(CharSequence name) {
        String s = name.toString();
        String composed = isAscii(s) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
        int count = 0;
        for (int i = 0; i < composed.length(); i++) {
            char c = composed.charAt(i);
            if (c >= 0x80 && Character.isLetter(c)) {
                count++;
            }
        }
        return count;
    }

    /** Of two spellings, the one with more {@link #accents}; {@code first} when they tie. */
    public static String moreAccented(String first, String second) {
        return accents(second) > accents(first) ? second : first;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return value;
    }
}
