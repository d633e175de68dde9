package org.vigie.report.pdf.internal.section;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.corpus.api.DocumentMetadata;
import org.vigie.corpus.api.DocumentSummary;
import org.vigie.corpus.api.copies.Copy;
import org.vigie.corpus.api.copies.CopyCluster;
import org.vigie.entities.api.Entity;
import org.vigie.entities.api.EntityType;
import org.vigie.entities.api.Mention;
import org.vigie.entities.api.Span;
import org.vigie.report.api.Briefing;
import org.vigie.report.api.BriefingRequest;
import org.vigie.report.api.BriefingSection;
import org.vigie.report.api.Selection;
import org.vigie.report.pdf.internal.BriefingCitations;
import org.vigie.testing.FakeEntityIndex;
import org.vigie.report.pdf.internal.Fixtures;
import org.vigie.report.pdf.internal.markdown.MarkdownLayout;

/**
 * One dispatch run by three outlets against one sentence told by two independent outlets: the
 * dispatch has more documents, mentions and shared sentences, the sentence more sources, so every
 * ranking that counts sources puts the sentence first.
 */
class CopiesCountedOnceTest {
    private static final String DISPATCH = "Europol et Interpol ont saisi des serveurs le 4 novembre 2025.";
    private static final String TOLD = "La Gendarmerie et Interpol ont arrêté deux suspects le 5 novembre 2025.";
    private static final Map<String, Entity> ENTITIES = Map.of(
            "europol", entity("europol", "Europol"), "interpol", entity("interpol", "Interpol"),
            "gendarmerie", entity("gendarmerie", "Gendarmerie"));

    @TempDir
    Path dir;

    private final List<DocumentSummary> documents = new ArrayList<>();
    private final List<Mention> mentions = new ArrayList<>();

    @Test
    void keyActorsAreRankedBySourcesNotByCopies() throws Exception {
        String md = write(new KeyActorsSection(Fixtures.configured(KeyActorsSection.Config.class, Map.of())));
        assertTrue(md.contains("nombre de sources indépendantes qui citent"), md);
        assertTrue(md.indexOf("| Gendarmerie") < md.indexOf("| Europol"), md);
    }

    @Test
    void theTimelineKeepsTheDateGivenByMoreSources() throws Exception {
        String md = write(new TimelineSection(Fixtures.configured(TimelineSection.Config.class, Map.of("dated", 1))));
        assertTrue(md.contains("5 novembre 2025"), md);
        assertTrue(md.contains("1 autre date n’est pas reprise"), md);
        assertEquals(-1, md.indexOf("| 4 novembre 2025"), md);
    }

    @Test
    void sentencesRepeatedByCopiesAreCountedOnceInTheLinks() throws Exception {
        String md = write(new RelationshipsSection(Fixtures.configured(RelationshipsSection.Config.class, Map.of())));
        List<String> links = md.lines().filter(l -> l.matches("\\| [A-Z].*\\| \\d+ \\|")).toList();
        assertEquals(List.of("| Gendarmerie | Interpol | 2 |", "| Europol | Interpol | 1 |"), links, md);
    }

    private String write(BriefingSection section) throws Exception {
        DocumentSummary agency = add("a", "Agence", 4, DISPATCH, "europol", "interpol");
        List<Copy> copies = List.of(new Copy(add("b", "Quotidien", 5, DISPATCH, "europol", "interpol"), 0.9),
                new Copy(add("c", "Hebdo", 6, DISPATCH, "europol", "interpol"), 0.9));
        add("d", "Radio", 5, TOLD, "gendarmerie", "interpol");
        add("e", "Télé", 5, TOLD, "gendarmerie", "interpol");
        Selection all = new Selection(documents, "tout le corpus", true);
        BriefingCitations citations = new BriefingCitations(all, List.of(new CopyCluster(new Copy(agency, 1), copies)), null);
        Briefing briefing = new Briefing(BriefingRequest.of(dir.resolve("x.md")), "Test", null, LocalDate.of(2025, 11, 10),
                "Vigie test", all, citations, new FakeEntityIndex(ENTITIES, mentions));
        MarkdownLayout layout = new MarkdownLayout();
        section.write(briefing, layout);
        layout.save(dir.resolve("x.md"), null);
        return Files.readString(dir.resolve("x.md"));
    }

    private DocumentSummary add(String id, String source, int day, String text, String... keys) {
        DocumentSummary summary = new DocumentSummary(id, new DocumentMetadata("Titre " + id, source, null,
                LocalDate.of(2025, 11, day), "fr", id + ".txt", "/news/" + id + ".txt", null, "text/plain", Map.of()), text.length());
        documents.add(summary);
        Span sentence = new Span(0, text.length());
        for (String key : keys) {
            String name = ENTITIES.get(key).name();
            int at = text.indexOf(name);
            mentions.add(new Mention(id, key, EntityType.ORGANIZATION, new Span(at, at + name.length()), name, null,
                    Map.of(), sentence, text));
        }
        String date = text.substring(text.lastIndexOf("le ") + 3, text.length() - 1);
        int at = text.indexOf(date);
        mentions.add(new Mention(id, null, EntityType.DATE, new Span(at, at + date.length()), date,
                text.contains("4 novembre") ? "2025-11-04" : "2025-11-05", Map.of(), sentence, text));
        return summary;
    }

    private static Entity entity(String key, String name) {
        return new Entity(key, EntityType.ORGANIZATION, name, List.of(), List.of(), List.of(), 0, 0);
    }
}
