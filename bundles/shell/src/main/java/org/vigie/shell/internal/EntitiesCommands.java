package org.vigie.shell.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vigie.corpus.api.CorpusStore;
import org.vigie.corpus.api.DocumentSummary;
import org.vigie.entities.api.CoOccurrence;
import org.vigie.entities.api.DocumentEntities;
import org.vigie.entities.api.Entity;
import org.vigie.entities.api.EntityIndex;
import org.vigie.entities.api.EntityType;
import org.vigie.entities.api.ExtractionException;
import org.vigie.entities.api.ExtractionPipeline;
import org.vigie.entities.api.ExtractionReport;
import org.vigie.entities.api.Features;
import org.vigie.entities.api.Mention;

/** {@code entities:} commands: who and what the corpus names, extraction on demand, the export for scoring. */
@Component(service = EntitiesCommands.class, property = {
    "osgi.command.scope=entities",
    "osgi.command.function=list",
    "osgi.command.function=show",
    "osgi.command.function=extract",
    "osgi.command.function=export"
})
public class EntitiesCommands {
    private static final int SHOWN_FAILURES = 50;
    private final EntityIndex index;
    private final ExtractionPipeline pipeline;
    private final CorpusStore corpus;

    @Activate
    public EntitiesCommands(@Reference EntityIndex index, @Reference ExtractionPipeline pipeline,
            @Reference CorpusStore corpus) {
        this.index = index;
        this.pipeline = pipeline;
        this.corpus = corpus;
    }

    @Descriptor("Lists entities, most mentioned first. Example: entities:list --type PERSON --top 10")
    public Object list(
            @Descriptor("only entities of this type: PERSON, ORGANIZATION, LOCATION, EVENT, LAW or a plugin's")
            @Parameter(names = "--type", absentValue = "") String type,
            @Descriptor("how many entities to show (0: all)") @Parameter(names = "--top", absentValue = "20") int top,
            @Descriptor("one JSON object per line") @Parameter(names = "--json", presentValue = "true",
                    absentValue = "false") boolean json) {
        List<EntityType> types = type.isBlank() ? List.of() : List.of(typeOf(type));
        List<Entity> entities = index.entities(types, List.of(), top);
        if (json) {
            JsonLines out = new JsonLines(System.out);
            entities.forEach(e -> out.write(EntityRows.of(e)));
            return null;
        }
        Table table = new Table("NAME", "TYPE", "MENTIONS", "DOCUMENTS").maxWidth(0, 60);
        entities.forEach(e -> table.row(EntityRows.shown(e), e.type(), e.mentions(), e.documents()));
        table.print(System.out);
        return null;
    }

    @Descriptor("Shows an entity: aliases, roles, affiliations, co-occurring entities and its mentions in context."
            + " Example: entities:show Interpol")
    public Object show(
            @Descriptor("how many mentions to show") @Parameter(names = "--limit", absentValue = "20") int limit,
            @Descriptor("the entity's name, an alias, or its key (case and accents do not matter)") String... name) {
        String wanted = String.join(" ", name).strip();
        Entity entity = index.find(wanted).orElseThrow(() -> new ExtractionException(
                "no entity is named '" + wanted + "': see entities:list for the names known"));
        System.out.printf("%s  (%s, %s in %s)%n", entity.name(), entity.type(),
                Human.count(entity.mentions(), "mention", "mentions"), Human.count(entity.documents(), "document", "documents"));
        System.out.printf("  key           %s%n  aliases       %s%n  roles         %s%n  affiliations  %s%n",
                entity.key(), String.join("; ", entity.aliases()), String.join("; ", entity.roles()),
                String.join("; ", entity.affiliations()));
        if (entity.key().contains("#")) {
            String group = entity.key().substring(0, entity.key().lastIndexOf('#'));
            index.entities(List.of(entity.type()), List.of(), 0).stream()
                    .filter(e -> e.key().startsWith(group + "#") && !e.key().equals(entity.key()))
                    .forEach(e -> System.out.println("  also named so: " + EntityRows.shown(e) + ", see entities:show " + e.key()));
        }
        Table together = new Table("CO-OCCURRING", "TYPE", "SENTENCES").maxWidth(0, 60);
        for (CoOccurrence c : index.coOccurrences(entity.key(), List.of(), 10)) {
            together.row(EntityRows.shown(c.second()), c.second().type(), c.sentences());
        }
        System.out.println();
        together.print(System.out);
        System.out.println();
        Table mentions = new Table("DOCUMENT", "AT", "IN CONTEXT").maxWidth(2, 2 * EntityRows.CONTEXT + 60);
        for (Mention m : index.mentions(entity.key(), List.of(), limit)) {
            mentions.row(m.documentId().length() > 12 ? m.documentId().substring(0, 12) : m.documentId(),
                    m.span().begin(), EntityRows.inContext(m));
        }
        mentions.print(System.out);
        return null;
    }

    @Descriptor("Extracts entities again, e.g. after an extractor plugin was installed or removed."
            + " Example: entities:extract --all")
    public Object extract(CommandSession session,
            @Descriptor("every document of the corpus") @Parameter(names = "--all", presentValue = "true",
                    absentValue = "false") boolean all,
            @Descriptor("ids of the documents to extract") String... ids) {
        if (!all && ids.length == 0) {
            throw new ExtractionException("say which documents to extract: give their ids, or --all");
        }
        if (pipeline.extractors().isEmpty()) {
            throw new ExtractionException("no entity extractor is running: see plugins:list, or install one");
        }
        int[] extracted = {0};
        ExtractionReport report;
        try (Progress progress = Progress.start(session, "extracting")) {
            report = pipeline.extract(all ? List.of() : List.of(ids), (result, done, total) -> {
                extracted[0] += result.runs().stream().anyMatch(r -> r.error() == null) ? 1 : 0;
                progress.update(done, total, result.documentId());
                if (!progress.drawing()) {
                    System.out.println(result.documentId() + ": " + Human.count(result.annotations().size(),
                            "annotation", "annotations") + (result.failed() ? " (an extractor failed)" : ""));
                }
            });
        }
        printReport(report);
        if (extracted[0] == 0 && (report.documents() > 0 || !report.failures().isEmpty())) {
            throw new ExtractionException("nothing could be extracted: "
                    + (report.failures().isEmpty() ? "no extractor handles these documents" : report.failures().get(0)));
        }
        return null;
    }

    private static void printReport(ExtractionReport report) {
        System.out.println("extracted " + Human.count(report.documents(), "document", "documents") + ": "
                + Human.count(report.annotations(), "annotation", "annotations") + " in " + Human.duration(report.millis()));
        report.failures().stream().limit(SHOWN_FAILURES).forEach(f -> System.out.println("failure: " + f));
        if (report.failures().size() > SHOWN_FAILURES) {
            System.out.println("... and " + (report.failures().size() - SHOWN_FAILURES) + " more failures");
        }
    }

    @Descriptor("Writes every document's entities as JSON Lines, the format ../shared/gold/score-entities reads."
            + " Example: entities:export --out entities.jsonl")
    public Object export(@Descriptor("the file to write") @Parameter(names = "--out", absentValue = "") String out) {
        if (out.isBlank()) {
            throw new ExtractionException("say where to write the export: --out FILE");
        }
        Path file = Path.of(out).toAbsolutePath();
        long[] counts = new long[4]; // documents, not extracted, entities, dates
        try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            JsonLines json = new JsonLines(System.out);
            for (int offset = 0;; offset += 500) {
                List<DocumentSummary> page = corpus.list(offset, 500);
                if (page.isEmpty()) {
                    break;
                }
                for (DocumentSummary document : page) {
                    Optional<DocumentEntities> entities = index.document(document.id());
                    counts[0]++;
                    counts[1] += entities.isEmpty() ? 1 : 0;
                    counts[2] += entities.map(e -> e.entities().size()).orElse(0);
                    counts[3] += entities.map(e -> e.dates().size()).orElse(0);
                    writer.write(json.toJson(EntityRows.exported(document, entities)));
                    writer.newLine();
                }
            }
        } catch (IOException e) {
            throw new ExtractionException("cannot write " + file + ": " + e.getMessage(), e);
        }
        System.out.println("wrote " + file + ": " + Human.count(counts[0], "document", "documents") + " ("
                + counts[1] + " never extracted), " + Human.count(counts[2], "entity", "entities") + ", "
                + Human.count(counts[3], "date", "dates"));
        return null;
    }

    private static EntityType typeOf(String type) {
        try {
            return EntityType.of(type);
        } catch (IllegalArgumentException e) {
            throw new ExtractionException("'" + type + "' is not an entity type: use a name like PERSON or LOCATION");
        }
    }

    /** The JSON shapes of entities and documents. */
    static final class EntityRows {
        private static final int CONTEXT = 50;

        private EntityRows() {
        }

        /** The name, with the affiliation that tells it apart when other people share the name. */
        static String shown(Entity e) {
            return e.key().contains("#") && !e.affiliations().isEmpty() ? e.name() + " (" + e.affiliations().get(0) + ")"
                    : e.name();
        }

        static Map<String, Object> of(Entity e) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("key", e.key());
            row.put("name", e.name());
            row.put("type", e.type().name());
            row.put("mentions", e.mentions());
            row.put("documents", e.documents());
            row.put("aliases", e.aliases());
            row.put("roles", e.roles());
            row.put("affiliations", e.affiliations());
            return row;
        }

        /** One export line: {@code document}, {@code id}, {@code title}, {@code entities}, {@code dates}. */
        static Map<String, Object> exported(DocumentSummary document, Optional<DocumentEntities> found) {
            Map<String, Object> row = new LinkedHashMap<>();
            String fileName = document.metadata().fileName();
            row.put("document", fileName == null ? document.id() : fileName);
            row.put("id", document.id());
            row.put("title", document.metadata().title());
            List<Map<String, Object>> entities = new ArrayList<>();
            List<Map<String, Object>> dates = new ArrayList<>();
            found.ifPresent(d -> {
                d.entities().forEach(e -> entities.add(exported(e)));
                d.dates().forEach(m -> dates.add(date(m)));
            });
            row.put("entities", entities);
            row.put("dates", dates);
            return row;
        }

        private static Map<String, Object> exported(Entity e) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("type", e.type().name());
            row.put("name", e.name());
            row.put("aliases", e.aliases());
            row.put("mentions", e.mentions());
            row.put("roles", e.roles());
            row.put("affiliation", e.affiliations().isEmpty() ? null : e.affiliations().get(0));
            return row;
        }

        private static Map<String, Object> date(Mention m) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("text", m.text());
            row.put("iso", m.value() != null ? m.value() : m.features().get(Features.ISO_DATE));
            return row;
        }

        /** The mention between brackets with up to {@code CONTEXT} characters of its sentence on each side. */
        static String inContext(Mention m) {
            String sentence = m.sentenceText();
            int begin = m.span().begin() - m.sentence().begin();
            int end = m.span().end() - m.sentence().begin();
            if (sentence == null || begin < 0 || end > sentence.length()) {
                return "[" + m.text() + "]";
            }
            int from = Math.max(0, begin - CONTEXT);
            int to = Math.min(sentence.length(), end + CONTEXT);
            return (from > 0 ? "…" : "") + sentence.substring(from, begin) + "[" + sentence.substring(begin, end) + "]"
                    + sentence.substring(end, to) + (to < sentence.length() ? "…" : "");
        }
    }
}
