package org.vigie.corpus.store.internal;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.SplittableRandom;

import org.vigie.corpus.api.Document;
import org.vigie.corpus.api.DocumentMetadata;
import org.vigie.testing.NewsFixtures;

/**
 * A synthetic French news corpus for benchmarks: each article recombines the sentences and names
 * below (Vietnamese names with and without their diacritics, Russian and Arabic names in French
 * transliteration). Article {@code n} is always the same, so runs are comparable and a corpus
 * can be regenerated instead of committed. Run as a main to write it as JSON Lines.
 */
public final class NewsCorpusGenerator {
    private static final String[] PEOPLE = {
        "Nguyễn Văn An", "Nguyen Van An", "Trần Thị Bình", "Tran Thi Binh", "Phạm Minh Đức", "Pham Minh Duc",
        "Lê Hoàng Long", "Đặng Quốc Huy", "Dang Quoc Huy", "Võ Thanh Tâm", "Sergueï Volkov", "Dmitri Orlov",
        "Alexeï Smirnov", "Natalia Sokolova", "Igor Kouznetsov", "Abdallah Ben Salem", "Karim Haddad",
        "Youssef El Amrani", "Fatima Zahra Benali", "Omar Al-Masri",
    };
    private static final String[] PLACES = {
        "Hanoï", "Hô Chi Minh-Ville", "Đà Nẵng", "Da Nang", "Hải Phòng", "Moscou", "Saint-Pétersbourg",
        "Casablanca", "Alger", "Tunis", "Le Caire", "Lyon", "Genève", "Singapour", "Bangkok",
    };
    private static final String[] BODIES = {
        "Interpol", "Europol", "l’Office des Nations unies contre la drogue et le crime", "le ministère de la Sécurité publique",
        "la police judiciaire", "le parquet national", "l’agence nationale de cybersécurité", "la gendarmerie",
    };
    private static final String[] CRIMES = {
        "l’escroquerie en ligne", "le blanchiment d’argent", "le rançongiciel", "la fraude aux cryptomonnaies",
        "le trafic de stupéfiants", "l’hameçonnage bancaire", "la traite des êtres humains", "le piratage informatique",
    };
    private static final String[] SENTENCES = {
        "%1$s a annoncé l’arrestation de plusieurs suspects à %2$s dans une enquête sur %4$s.",
        "Selon %3$s, le réseau démantelé opérait depuis %2$s et visait des victimes dans plusieurs pays.",
        "Le responsable de l’enquête, %1$s, a salué la coopération avec %3$s.",
        "Les enquêteurs ont saisi des serveurs, des téléphones et des portefeuilles de cryptomonnaies.",
        "Une conférence régionale consacrée à %4$s s’est tenue à %2$s en présence de %1$s.",
        "D’après les premiers éléments, les fonds détournés ont transité par des sociétés écrans.",
        "%3$s rappelle que les victimes peuvent déposer plainte en ligne.",
        "L’avocat de %1$s conteste les accusations et dénonce une procédure précipitée.",
        "Les autorités de %2$s ont renforcé les contrôles aux frontières après cette affaire.",
        "Le rapport annuel de %3$s classe %4$s parmi les menaces les plus graves.",
        "Un accord d’entraide judiciaire a été signé entre les services de %2$s et %3$s.",
        "Plusieurs entreprises locales avaient signalé des intrusions dans leurs systèmes d’information.",
        "Les suspects, dont %1$s, seront présentés à un juge d’instruction dans les prochains jours.",
        "La presse locale de %2$s évoque un préjudice de plusieurs millions d’euros.",
    };
    private static final String[] TITLES = {
        "%3$s démantèle un réseau spécialisé dans %4$s", "Arrestations à %2$s : %4$s dans le viseur",
        "%1$s au cœur d’une enquête sur %4$s", "Coopération renforcée entre %2$s et %3$s",
    };
    private static final String[] SOURCES = {"VNA", "Nhân Dân", "Le Courrier du Vietnam", "Báo Tin tức", "Agence test"};
    private static final LocalDate FIRST_DAY = LocalDate.of(2024, 1, 1);
    private static final Instant IMPORTED = Instant.parse("2026-12-01T00:00:00Z");

    private NewsCorpusGenerator() {
    }

    /** Article number {@code n}. */
    public static Document article(int n) {
        SplittableRandom random = new SplittableRandom(0x5eed_0000L + n);
        String[] slots = {pick(random, PEOPLE), pick(random, PLACES), pick(random, BODIES), pick(random, CRIMES)};
        StringBuilder text = new StringBuilder();
        int sentences = 10 + random.nextInt(12);
        for (int i = 0; i < sentences; i++) {
            if (i > 0 && random.nextInt(4) == 0) {
                slots[random.nextInt(slots.length)] = pick(random, i % 2 == 0 ? PEOPLE : PLACES);
            }
            text.append(capitalised(String.format(pick(random, SENTENCES), (Object[]) slots)))
                    .append(i % 4 == 3 ? "\n\n" : " ");
        }
        text.append("Dépêche n° ").append(n).append('.');
        String title = capitalised(String.format(pick(random, TITLES), (Object[]) slots));
        String source = pick(random, SOURCES);
        LocalDate published = FIRST_DAY.plusDays(random.nextInt(730));
        String file = String.format("depeche-%07d.txt", n);
        DocumentMetadata meta = new DocumentMetadata(title, source, "https://news.example/" + n, published, "fr", file,
                "/bench/" + file, IMPORTED, "text/plain", Map.of("lot", "bench"));
        return new Document(NewsFixtures.contentId(text.toString()), text.toString(), null, meta);
    }

    /** Writes articles {@code 0..count-1} as JSON Lines of {title, text, url, published, source}. */
    public static void writeJsonLines(Path file, int count) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int n = 0; n < count; n++) {
                out.write(jsonLine(article(n)));
            }
        }
    }

    /** Writes articles {@code 0..count-1} as JSON Lines files of {@code perFile} articles each. */
    public static void writeJsonLinesFolder(Path folder, int count, int perFile) throws IOException {
        Files.createDirectories(folder);
        for (int first = 0; first < count; first += perFile) {
            try (Writer out = Files.newBufferedWriter(folder.resolve(String.format("lot-%07d.jsonl", first)),
                    StandardCharsets.UTF_8)) {
                for (int n = first; n < Math.min(count, first + perFile); n++) {
                    out.write(jsonLine(article(n)));
                }
            }
        }
    }

    /** Arguments: output file, number of articles. */
    public static void main(String[] args) throws IOException {
        writeJsonLines(Path.of(args[0]), Integer.parseInt(args[1]));
    }

    private static String jsonLine(Document d) {
        return "{\"title\":" + json(d.metadata().title()) + ",\"text\":" + json(d.text()) + ",\"url\":"
                + json(d.metadata().url()) + ",\"published\":\"" + d.metadata().published() + "\",\"source\":"
                + json(d.metadata().source()) + "}\n";
    }

    private static String pick(SplittableRandom random, String[] choices) {
        return choices[random.nextInt(choices.length)];
    }

    private static String capitalised(String sentence) {
        return Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
    }

    private static String json(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }
}
