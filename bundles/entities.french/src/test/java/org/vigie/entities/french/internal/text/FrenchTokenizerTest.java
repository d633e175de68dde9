package org.vigie.entities.french.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.vigie.entities.api.NameKey;
import org.vigie.entities.french.internal.lexicon.FrenchLexicon;

class FrenchTokenizerTest {

    private static final List<String> ELIDED_WORDS = List.of("l", "d", "j", "m", "n", "s", "t", "c",
            "qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu", "L", "D", "Qu", "Lorsqu");

    private final FrenchTokenizer tokenizer = FrenchLexicon.load().tokenizer;

    private List<String> texts(String s) {
        return tokenizer.tokenize(s).stream().map(Token::text).toList();
    }

    @Test
    void elisionsAreTokensOfTheirOwnWithBothApostrophes() {
        assertEquals(List.of("l'", "ONU", "et", "d’", "Interpol"), texts("l'ONU et d’Interpol"));
        assertEquals(List.of("qu'", "il", "aujourd'hui"), texts("qu'il aujourd'hui"));
        assertEquals(Token.Kind.ELISION, tokenizer.tokenize("l’Agence").get(0).kind());
        assertEquals(List.of("L’", "ONU", "JUSQU'", "à", "Presqu’", "île", "aujourd’hui"),
                texts("L’ONU JUSQU'à Presqu’île aujourd’hui"));
        // a capital N' before a capital is part of a name, not the negation
        assertEquals(List.of("N'Djamena", "n'", "est"), texts("N'Djamena n'est"));
        for (String w : ELIDED_WORDS) {
            assertEquals(Token.Kind.ELISION, tokenizer.tokenize(w + "'Europe").get(0).kind(), w);
        }
    }

    @Test
    void hyphenatedTitlesStayWholeAndCompoundsOfNamesSplit() {
        assertEquals(List.of("le", "vice-ministre", "et", "le", "lieutenant-général"),
                texts("le vice-ministre et le lieutenant-général"));
        assertEquals(List.of("Vietnam", "-", "États", "-", "Unis"), texts("Vietnam-États-Unis"));
        assertEquals(List.of("AMMTC-17", "EI-K"), texts("AMMTC-17 EI-K"));
    }

    @Test
    void sentencesEndAtFullStopsButNotAfterTitlesOrInitials() {
        List<Token> tokens = tokenizer.tokenize("Il part. Lors du sommet, M. Nam et Mmamiloko T. Kubayi parlent.");
        assertTrue(tokens.get(3).sentenceStart(), "Lors opens a sentence");
        Token nam = tokens.stream().filter(t -> t.text().equals("Nam")).findFirst().orElseThrow();
        Token kubayi = tokens.stream().filter(t -> t.text().equals("Kubayi")).findFirst().orElseThrow();
        assertFalse(nam.sentenceStart());
        assertFalse(kubayi.sentenceStart());
    }

    @Test
    void vietnameseDiacriticsFoldLikeNameKey() {
        for (String s : List.of("Lương Tam Quang", "Đặng Hoàng Giang", "Hà Nội", "Bùi Văn Nam", "Sơn", "l’Élysée",
                "Poliția Română", "Policía Nacional", "Viêt Nam", "ÉTATS-UNIS", "a\u00a0b", "Thế",
                "d’Interpol", "“Hanoï” – Paris — Lyon…", "a\u2007b", "l‘ONU ‚ „ ‹ › ‰")) {
            for (Token t : tokenizer.tokenize(s)) {
                assertEquals(NameKey.fold(t.text()), t.folded(), s);
            }
        }
        assertEquals(List.of("luong", "tam", "quang"),
                tokenizer.tokenize("Lương Tam Quang").stream().map(Token::folded).toList());
    }

    @Test
    void monthNamesAreTheJdksFrenchNamesFolded() {
        assertEquals(List.of("janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre",
                "octobre", "novembre", "decembre"), WordClass.MONTH.words());
    }

    @Test
    void everyTokenCarriesTheClassesOfItsFoldedForm() {
        List<Token> tokens = tokenizer.tokenize("Le Ministère vietnamien de l’Intérieur reçoit Emmanuel, le 3 mars.");
        Token ministere = tokens.get(1);
        assertTrue(ministere.in(WordClass.ORGANIZATION_HEAD) && ministere.in(WordClass.COUNTRY_HEAD), "a head, by its fold");
        assertFalse(ministere.in(WordClass.LAW_HEAD));
        assertTrue(tokens.get(2).in(WordClass.DEMONYM), "vietnamien is a country adjective");
        assertTrue(tokens.get(3).in(WordClass.PREPOSITION) && tokens.get(3).in(WordClass.FUNCTION_WORD));
        assertTrue(tokens.get(4).in(WordClass.ARTICLE), "the typographic elision folds to l'");
        assertTrue(tokens.get(7).in(WordClass.FIRST_NAME), "given names come from the lexicon's file");
        assertTrue(tokens.get(11).in(WordClass.MONTH));
        assertEquals(0, tokens.get(12).classes(), "a full stop is of no class");
    }
}
