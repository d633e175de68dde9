package org.vigie.entities.french.internal;

import java.time.LocalDate;

import org.vigie.entities.french.internal.lexicon.FrenchLexicon;
import org.vigie.entities.french.internal.scan.TextScan;

/** One lexicon for the tests that run a rule or an annotator alone, and a scan of a text with it. */
public final class Scans {

    public static final FrenchLexicon LEXICON = FrenchLexicon.load();

    private Scans() {
    }

    public static TextScan of(String text) {
        return of(text, null);
    }

    public static TextScan of(String text, LocalDate published) {
        return new TextScan(text, LEXICON.tokenizer.tokenize(text), published, LEXICON);
    }
}
