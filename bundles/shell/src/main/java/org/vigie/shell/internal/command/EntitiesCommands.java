package org.vigie.shell.internal.command;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.apache.felix.service.command.annotations.GogoCommand;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vigie.corpus.api.CorpusStore;
import org.vigie.corpus.api.DocumentSummary;
import org.vigie.entities.api.DocumentEntities;
import org.vigie.entities.api.Entity;
import org.vigie.entities.api.EntityIndex;
import org.vigie.entities.api.ExtractionException;
import org.vigie.entities.api.ExtractionPipeline;
import org.vigie.shell.internal.format.JsonLines;
import org.vigie.shell.internal.format.Table;
import org.vigie.shell.internal.format.TerminalText;

/** {@code entities:} commands: who and what the corpus names, extraction on demand, the export for scoring. */
@Component(service = EntitiesCommands.class)
@GogoCommand(scope = "entities", function = {"list", "show", "extract", "export"})
public class EntitiesCommands {
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
    public Object list(@Descriptor("only entities of this type: PERSON, ORGANIZATION, LOCATION, EVENT, LAW or a plugin's")
            @Parameter(names = "--type", absentValue = "") String type,
            @Descriptor("how many entities to show (0: all)") @Parameter(names = "--top", absentValue = "20") int top,
            @Descriptor("one JSON object per line") @Parameter(names = "--json", presentValue = "true",
                    absentValue = "false") boolean json) {
        List<Entity> entities = index.entities(type.isBlank() ? List.of() : List.of(EntityRows.typeOf(type)), List.of(), top);
        EntityRows.staleWarning(index.curation()).ifPresent(System.err::println);
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
    public Object show(@Descriptor("how many mentions to show") @Parameter(names = "--limit", absentValue = "20") int limit,
            @Descriptor("the entity's name, an alias, or its key (case and accents do not matter)") String... name) {
        String wanted = String.join(" ", name).strip();
        Entity entity = index.find(wanted).orElseThrow(() -> new ExtractionException(
                "no entity is named '" + TerminalText.line(wanted) + "': see entities:list for the names known"));
        EntityRows.staleWarning(index.curation()).ifPresent(System.err::println);
        System.out.print(EntityRows.facts(entity));
        if (entity.key().contains("#")) {
            EntityRows.alsoNamedSo(entity, index.entities(List.of(entity.type()), List.of(), 0)).forEach(System.out::println);
        }
        index.links(entity.key()).forEach(link -> System.out.println(EntityRows.merged(entity, link)));
        System.out.println();
        EntityRows.coOccurring(index.coOccurrences(entity.key(), List.of(), 10)).print(System.out);
        System.out.println();
        EntityRows.inContext(index.mentions(entity.key(), List.of(), limit)).print(System.out);
        return null;
    }

    @Descriptor("Extracts entities again, e.g. after an extractor plugin was installed or removed."
            + " Example: entities:extract --all")
    public Object extract(CommandSession session, @Descriptor("every document of the corpus") @Parameter(names = "--all",
            presentValue = "true", absentValue = "false") boolean all,
            @Descriptor("ids of the documents to extract") String... ids) {
        if (!all && ids.length == 0) {
            throw new ExtractionException("say which documents to extract: give their ids, or --all");
        }
        if (pipeline.extractors().isEmpty()) {
            throw new ExtractionException("no entity extractor is running: see plugins:list, or install one");
        }
        ExtractionRun.run(pipeline, all ? List.of() : List.of(ids), all ? corpus.count() : ids.length, session);
        return null;
    }

    @Descriptor("Writes every document's entities as JSON Lines, the format ../shared/gold/score-entities reads."
            + " Example: entities:export --out entities.jsonl")
    public Object export(@Descriptor("the file to write") @Parameter(names = "--out", absentValue = "") String out) {
        if (out.isBlank()) {
            throw new ExtractionException("say where to write the export: --out FILE");
        }
        Path file = Path.of(out).toAbsolutePath();
        long[] counts = new long[4]; // documents, not extracted, entities, dates
        JsonLines json = new JsonLines(System.out);
        try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            List<DocumentSummary> page;
            for (int offset = 0; !(page = corpus.list(offset, 500)).isEmpty(); offset += 500) {
                for (DocumentSummary document : page) {
                    Optional<DocumentEntities> entities = index.document(document.id());
                    EntityRows.count(entities, counts);
                    writer.write(json.toJson(EntityRows.exported(document, entities)));
                    writer.newLine();
                }
            }
        } catch (IOException e) {
            throw new ExtractionException("cannot write " + file + ": " + e.getMessage(), e);
        }
        System.out.println("wrote " + file + ": " + EntityRows.counted(counts));
        return null;
    }
}
