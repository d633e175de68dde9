package org.vigie.entities.french.internal.resolve;

import java.util.List;

import org.vigie.entities.api.EntityType;
import org.vigie.entities.api.Features;
import org.vigie.entities.french.internal.scan.Candidate;
import org.vigie.entities.french.internal.scan.TextScan;
import org.vigie.entities.french.internal.text.Token;
import org.vigie.entities.french.internal.text.WordClass;

/**
 * {@code Tô Lâm} is {@code Lâm Tô}, {@code Xi Jinping} is {@code Jinping Xi}: Vietnamese and
 * Chinese names are written family name first, and some outlets move the family name to the end.
 * A person's name of two to four capitalised words that starts with a known Vietnamese or Chinese
 * family name declares ({@link Features#DECLARED}) the same words with that family name last
 * ({@code Lương Tam Quang}: {@code Tam Quang Lương}); one that ends with such a family name declares
 * it first. The entity index links the two spellings only when another document uses the other
 * one and their roles and affiliations do not conflict. The order of the given names is kept:
 * outlets move the family name, not the rest ({@code Quang Lương Tam} is not declared).
 */
public final class NameOrders {

    private NameOrders() {
    }

    public static void declare(TextScan scan, List<Candidate> candidates) {
        for (Candidate c : candidates) {
            int words = c.end - c.start;
            if (!c.is(EntityType.PERSON) || words < 2 || words > 4 || !capitalisedWords(scan, c.start, c.end)) {
                continue;
            }
            if (familyName(scan.token(c.start))) {
                c.declare(scan.covered(c.start + 1, c.end) + " " + scan.token(c.start).text());
            }
            if (familyName(scan.token(c.end - 1))) {
                c.declare(scan.token(c.end - 1).text() + " " + scan.covered(c.start, c.end - 1));
            }
        }
    }

    private static boolean familyName(Token t) {
        return t.in(WordClass.VIETNAMESE_SURNAME) || t.in(WordClass.CHINESE_SURNAME);
    }

    private static boolean capitalisedWords(TextScan scan, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!(scan.token(i).isWord() && scan.token(i).capitalised())) {
                return false;
            }
        }
        return true;
    }
}
