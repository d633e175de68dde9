package org.vigie.entities.api;

import java.text.Normalizer;
import java.util.Objects;

import org.vigie.entities.api.internal.Folding;
import org.vigie.entities.api.internal.LatinFold;

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
        return latin != null ? latin : Folding.normalized(s);
    }


    /**
     * How many letters beyond ASCII a spelling writes once composed (NFC): its diacritics
     * ({@code ư}, {@code é}, {@code đ}). Of the spellings of one key, the one with the most is the
     * one a careful source wrote ({@code Lương Tam Quang} over {@code Luong Tam Quang}).
     */
    public static int accents(CharSequence name) {
        String s = name.toString();
        String composed = Folding.isAscii(s) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
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


    @Override
    public String toString() {
        return value;
    }
}
