package org.vigie.report.pdf.internal;

import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.vigie.corpus.api.Document;
import org.vigie.entities.api.Entity;
import org.vigie.entities.api.EntityIndex;
import org.vigie.entities.api.EntityType;
import org.vigie.entities.api.Mention;
import org.vigie.entities.api.NameKey;
import org.vigie.entities.api.Span;
import org.vigie.report.api.BriefingFormat;
import org.vigie.report.api.BriefingRequest;
import org.vigie.report.api.BriefingResult;
import org.vigie.testing.FakeEntityIndex;
import org.vigie.testing.MemoryCorpusStore;

/**
 * Times {@code brief} over synthetic corpora (seeded: the same corpus on every run) through the
 * in-memory store and index. Run by {@code bench/report/run.sh}; arguments are corpus sizes.
 */
public final class BriefingBenchmark {

    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Lương"};
    private static final String[] MIDDLE = {"Văn", "Thị", "Đức", "Minh", "Quang", "Tam", "Hữu", "Xuân"};
    private static final String[] GIVEN = {"Nam", "Hùng", "Lan", "Quang", "Tùng", "Hà", "Dũng", "Mai", "Sơn", "Vy", "Phúc"};
    private static final String[] VERBS = {"a rencontré", "s’est entretenu avec", "a signé un accord avec",
        "a reçu une délégation de", "a coopéré avec"};
    private static final String[] MONTHS = {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
        "septembre", "octobre", "novembre", "décembre"};

    private final Random random = new Random(42);
    private final Map<String, Entity> entities = new LinkedHashMap<>();
    private final List<Entity> people = new ArrayList<>();
    private final List<Entity> organisations = new ArrayList<>();
    private final List<Entity> places = new ArrayList<>();

    private BriefingBenchmark() {
        for (int i = 0; i < 300; i++) {
            people.add(entity(EntityType.PERSON, FAMILY[i % 10] + " " + MIDDLE[(i / 10) % 8] + " " + GIVEN[(i * 7) % 11]
                    + (i >= 80 ? " " + (char) ('A' + i % 26) + "." : ""), "vice-ministre de la Sécurité publique"));
        }
        for (int i = 0; i < 80; i++) {
            organisations.add(entity(EntityType.ORGANIZATION, "Agence régionale n° " + (i + 1), null));
        }
        for (int i = 0; i < 60; i++) {
            places.add(entity(EntityType.LOCATION, "Ville-" + (i + 1) + (i == 0 ? " (Hanoï)" : ""), null));
        }
    }

    private Entity entity(EntityType type, String name, String role) {
        String key = type.name().toLowerCase(Locale.ROOT) + ":" + NameKey.fold(name);
        Entity e = new Entity(key, type, name, List.of(), role == null ? List.of() : List.of(role),
                role == null ? List.of() : List.of("Vietnam"), 0, 0);
        if (entities.putIfAbsent(key, e) != null) {
            return entities.get(key);
        }
        return e;
    }

    /** A pick skewed towards the first entities, as real news is. */
    private Entity pick(List<Entity> pool) {
        return pool.get((int) (pool.size() * Math.pow(random.nextDouble(), 3)));
    }

    private void document(int n, List<Document> docs, List<Mention> mentions) {
        StringBuilder text = new StringBuilder();
        List<int[]> spans = new ArrayList<>();
        List<Object[]> found = new ArrayList<>();
        for (int s = 0; s < 8; s++) {
            int start = text.length();
            Entity a = pick(people);
            Entity b = random.nextBoolean() ? pick(organisations) : pick(people);
            Entity c = pick(places);
            add(text, found, a);
            text.append(' ').append(VERBS[random.nextInt(VERBS.length)]).append(' ');
            add(text, found, b);
            text.append(" à ");
            add(text, found, c);
            if (s % 3 == 0) {
                text.append(" le ");
                int day = 1 + random.nextInt(28);
                int month = random.nextInt(12);
                String date = day + " " + MONTHS[month] + (s == 6 ? "" : " " + (2015 + random.nextInt(11)));
                found.add(new Object[] {null, text.length(), date, s == 6 ? null
                        : date.substring(date.length() - 4) + String.format("-%02d-%02d", month + 1, day)});
                text.append(date);
            }
            text.append(" pour évoquer la coopération contre la cybercriminalité. ");
            spans.add(new int[] {start, text.length() - 1});
        }
        String body = text.toString().strip();
        Document d = Fixtures.document("Dépêche synthétique n° " + n, "Agence " + (n % 7), "https://exemple.invalid/" + n,
                LocalDate.of(2015, 1, 1).plusDays((n * 37L) % 3900), "synthetique-" + n + ".txt", body + " (" + n + ")");
        docs.add(d);
        for (Object[] f : found) {
            int begin = (Integer) f[1];
            String t = (String) f[2];
            int[] sentence = spans.stream().filter(sp -> sp[0] <= begin && begin < sp[1]).findFirst().orElseThrow();
            Span sp = new Span(sentence[0], Math.min(sentence[1], body.length()));
            Entity e = (Entity) f[0];
            mentions.add(new Mention(d.id(), e == null ? null : e.key(), e == null ? EntityType.DATE : e.type(),
                    new Span(begin, begin + t.length()), t, e == null ? (String) f[3] : e.name(), Map.of(), sp,
                    sp.of(d.text())));
        }
    }

    private static void add(StringBuilder text, List<Object[]> found, Entity e) {
        found.add(new Object[] {e, text.length(), e.name(), null});
        text.append(e.name());
    }

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = args.length == 0 ? List.of(100, 1000, 10000)
                : Arrays.stream(args).map(Integer::parseInt).toList();
        Path dir = Files.createDirectories(Path.of("target", "bench"));
        System.out.println("| corpus | selection | selected | brief (median of 3) | of which entity index (in-memory fake) "
                + "| pages | PDF size |");
        System.out.println("| ---: | --- | ---: | ---: | ---: | ---: | ---: |");
        for (int size : sizes) {
            BriefingBenchmark corpus = new BriefingBenchmark();
            List<Document> docs = new ArrayList<>();
            List<Mention> mentions = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                corpus.document(i, docs, mentions);
            }
            long[] indexNanos = new long[1];
            EntityIndex fake = new FakeEntityIndex(corpus.entities, mentions);
            EntityIndex timed = (EntityIndex) Proxy.newProxyInstance(EntityIndex.class.getClassLoader(),
                    new Class<?>[] {EntityIndex.class}, (proxy, method, margs) -> {
                        long t = System.nanoTime();
                        try {
                            return method.invoke(fake, margs);
                        } finally {
                            indexNanos[0] += System.nanoTime() - t;
                        }
                    });
            WhiteboardBriefingService service = Fixtures.service(new MemoryCorpusStore(docs), fake);
            service.index = timed;
            for (LocalDate from : new LocalDate[] {null, LocalDate.of(2020, 1, 1)}) {
                Path out = dir.resolve("brief-" + size + (from == null ? "" : "-since-" + from) + ".pdf");
                BriefingRequest request = new BriefingRequest(out, "Banc d’essai : " + size + " documents", null, from,
                        null, null, List.of(), "TLP:CLEAR", LocalDate.of(2026, 12, 1), BriefingFormat.PDF);
                service.brief(request);
                long[] millis = new long[3];
                long[] inIndex = new long[3];
                BriefingResult result = null;
                for (int run = 0; run < 3; run++) {
                    indexNanos[0] = 0;
                    result = service.brief(request);
                    millis[run] = result.millis();
                    inIndex[run] = indexNanos[0] / 1_000_000;
                }
                Arrays.sort(millis);
                Arrays.sort(inIndex);
                System.out.printf(Locale.ROOT, "| %,d | %s | %,d | %d ms | %d ms | %d | %.0f KiB |%n", size,
                        from == null ? "all" : "since " + from, result.documents(), millis[1], inIndex[1],
                        result.pages(), result.bytes() / 1024.0);
            }
        }
    }
}
