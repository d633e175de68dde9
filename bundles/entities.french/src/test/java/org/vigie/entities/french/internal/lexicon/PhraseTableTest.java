package org.vigie.entities.french.internal.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.vigie.entities.french.internal.text.Token;

/** The phrase tables find keys from the tokens without building them, as the joined key would. */
class PhraseTableTest {

    private final FrenchLexicon lexicon = FrenchLexicon.load();

    @Test
    void aKeyHashedFromItsTokensIsTheHashOfTheJoinedKey() {
        for (String phrase : List.of("Office des Nations unies contre la drogue et le crime", "l’Afrique de l'Ouest",
                "Lương Tam Quang", "vice-ministre", "Viêt Nam", "Bộ Công an", "« Hanoï » – 2025")) {
            List<Token> tokens = lexicon.tokenizer.tokenize(phrase);
            String joined = tokens.stream().map(Token::folded).collect(Collectors.joining(" "));
            assertEquals(joined.hashCode(), PhraseKeys.hash(tokens, 0, tokens.size()), phrase);
        }
    }

    @Test
    void theLongestPhraseWinsAndOnlyWholeWordsMatch() {
        PhraseTable<String> table = new PhraseTable<>(lexicon.tokenizer, 1 << 10);
        table.put("Nations unies", "short");
        table.put("Office des Nations unies contre la drogue et le crime", "long");
        table.put("Office des Nations", "middle");
        List<Token> text = lexicon.tokenizer.tokenize("L’Office des Nations unies contre la drogue et le crime a dit");
        PhraseTable.Match<String> match = table.longestAt(text, 1);
        assertEquals("long", match.value());
        assertEquals(11, match.end());
        assertEquals("short", table.longestAt(text, 3).value());
        assertNull(table.longestAt(text, 2), "no phrase starts with des");
        List<Token> partial = lexicon.tokenizer.tokenize("Office des Nationalistes");
        assertNull(table.longestAt(partial, 0), "Nations is not a prefix of Nationalistes");
        assertEquals("middle", table.get("office des NATIONS"));
    }

    @Test
    void theFirstValueGivenForAKeyStays() {
        PhraseTable<String> table = new PhraseTable<>(lexicon.tokenizer);
        table.put("Interpol", "first");
        table.put("INTERPOL", "second");
        assertEquals("first", table.get("interpol"));
        PhraseKeys<String> keys = new PhraseKeys<>();
        List<Token> many = lexicon.tokenizer.tokenize("un deux trois quatre cinq six sept huit neuf dix onze douze "
                + "treize quatorze quinze seize dix-sept dix-huit dix-neuf vingt");
        for (int i = 0; i < many.size(); i++) {
            assertTrue(keys.putIfAbsent(many, i, i + 1, many.get(i).text()));
        }
        for (int i = 0; i < many.size(); i++) {
            assertEquals(many.get(i).text(), keys.get(many, i, i + 1, many.get(i).folded().hashCode()), "after growing");
        }
    }
}
