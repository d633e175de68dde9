package org.vigie.corpus.importers.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class LanguageDetectorTest {

    private final LanguageDetector detector = new LanguageDetector();

    @Test
    void tellsFrench() {
        assertEquals("fr", detector.detect("Le ministre de la Sécurité publique a reçu le secrétaire général "
                + "d'Interpol à Hanoï pour discuter de la lutte contre la cybercriminalité et de la coopération."));
    }

    @Test
    void tellsFrenchFullOfVietnameseNames() {
        assertEquals("fr", detector.detect("Le général Lương Tam Quang a reçu Nguyễn Văn Long et Trần Quốc Tỏ "
                + "au ministère de la Sécurité publique, où ils ont évoqué la Convention de Hanoï."));
    }

    @Test
    void tellsEnglish() {
        assertEquals("en", detector.detect("The United Nations Convention against Cybercrime was opened for "
                + "signature in Hanoi, and it was signed by representatives of many member states."));
    }

    @Test
    void tellsVietnamese() {
        assertEquals("vi", detector.detect("Lễ mở ký Công ước của Liên hợp quốc về chống tội phạm mạng được tổ "
                + "chức tại Hà Nội trong hai ngày với sự tham dự của nhiều quốc gia."));
    }

    @Test
    void answersUnknownForShortOrUnclearText() {
        assertEquals("unknown", detector.detect("Interpol, Europol"));
        assertEquals("unknown", detector.detect("12 345 678 910 1112 1314 1516 1718 1920 2122 2324 2526"));
        assertEquals("unknown", detector.detect("Hanoi Singapour Moscou Lyon Bruxelles Genève Vienne Tokyo Séoul"));
    }

    /** The hand-written word scan finds what the pattern it replaced found. */
    @Test
    void scansWordsAsThePatternDid() {
        Pattern word = Pattern.compile("\\p{L}+(?:['’]\\p{L}+)?");
        for (String text : List.of("L'ONU et l’Europol, aujourd'hui's « Lương Cường » ; 12e x'", "'a' ’b’ c'' d'’e",
                "İstanbul ŞİRKET ǅemal 𝐀𝐁 mot", "", "---", "Déjà-vu, naïveté : 3,5 % d'ici l'an 2030.")) {
            List<String> expected = new ArrayList<>();
            Matcher m = word.matcher(text.toLowerCase(Locale.ROOT));
            while (m.find()) {
                expected.add(m.group());
            }
            assertEquals(expected, LanguageDetector.words(text), text);
        }
    }
}
