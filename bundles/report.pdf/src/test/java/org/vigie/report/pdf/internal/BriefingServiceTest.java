package org.vigie.report.pdf.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.report.api.Briefing;
import org.vigie.report.api.BriefingFormat;
import org.vigie.report.api.BriefingRequest;
import org.vigie.report.api.BriefingResult;
import org.vigie.report.api.BriefingSection;
import org.vigie.report.api.Layout;
import org.vigie.report.api.ReportException;
import org.vigie.report.api.SectionInfo;
import org.vigie.report.api.Text;
import org.vigie.testing.FakeEntityIndex;
import org.vigie.testing.MemoryCorpusStore;

/** Selection, section whiteboard, isolation of a failing section, and the other formats. */
class BriefingServiceTest {

    @TempDir
    Path dir;

    @SuppressWarnings("unchecked")
    private WhiteboardBriefingService service(TestSection... extra) throws IOException {
        return Fixtures.service(Fixtures.articles(), Fixtures.tagger(),
                java.util.Arrays.stream(extra).map(TestSection::registered).toArray(java.util.Map.Entry[]::new));
    }

    private BriefingRequest request(String query, LocalDate from, LocalDate to, String entity, List<String> sections,
            BriefingFormat format) {
        return new BriefingRequest(dir.resolve("b." + format.extension()), null, query, from, to, entity, sections, null,
                LocalDate.of(2026, 12, 1), format);
    }

    @Test
    void selectsBySearchQuery() throws IOException {
        BriefingResult r = service().brief(request("ASEAN", null, null, null, List.of(), BriefingFormat.PDF));
        assertEquals(1, r.documents());
        assertTrue(BriefingPdfTest.text(r.path()).contains("requête « ASEAN »"));
    }

    @Test
    void selectsByPublicationDateRangeLeavingUndatedOut() throws IOException {
        BriefingResult r = service().brief(request(null, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), null,
                List.of(), BriefingFormat.PDF));
        assertEquals(3, r.documents());
        String text = BriefingPdfTest.text(r.path());
        assertFalse(text.contains("Interpol ouvre son complexe"), "the 2015 article is outside the range");
        assertFalse(text.contains("Sans date : note"), "undated articles are outside any range");
    }

    @Test
    void selectsTheDocumentsMentioningAnEntityWhateverTheAccents() throws IOException {
        BriefingResult r = service().brief(request(null, null, null, "luong tam quang", List.of(), BriefingFormat.PDF));
        assertEquals(2, r.documents());
        assertTrue(BriefingPdfTest.text(r.path()).contains("documents mentionnant « Lương Tam Quang »"));
    }

    @Test
    void unknownEntitySectionOrEmptySelectionAreOneLineErrors() throws IOException {
        WhiteboardBriefingService service = service();
        ReportException entity = assertThrows(ReportException.class,
                () -> service.brief(request(null, null, null, "Nobody Known", List.of(), BriefingFormat.PDF)));
        assertTrue(entity.getMessage().startsWith("no entity named 'Nobody Known'"), entity.getMessage());
        ReportException section = assertThrows(ReportException.class,
                () -> service.brief(request(null, null, null, null, List.of("weather"), BriefingFormat.PDF)));
        assertTrue(section.getMessage().startsWith("unknown section weather: report:sections lists cover, bluf"),
                section.getMessage());
        ReportException none = assertThrows(ReportException.class,
                () -> service.brief(request("introuvable", null, null, null, List.of(), BriefingFormat.PDF)));
        assertEquals("no document matches requête « introuvable »: there is nothing to brief", none.getMessage());
        assertFalse(Files.exists(dir.resolve("b.pdf")));
    }

    @Test
    void aFailingSectionIsLeftOutAndReported() throws IOException {
        TestSection broken = new TestSection("broken", 250) {
            @Override
            public void write(Briefing briefing, Layout layout) {
                layout.paragraph(Text.of("TEXTE PARTIEL QUI NE DOIT PAS PARAÎTRE"));
                throw new IllegalStateException("index offline");
            }
        };
        WhiteboardBriefingService service = service(broken);
        BriefingResult r = service.brief(request(null, null, null, null, List.of(), BriefingFormat.PDF));
        assertEquals(List.of("section broken failed: java.lang.IllegalStateException: index offline"), r.problems());
        assertEquals("java.lang.IllegalStateException: index offline", service.failures.lastFailure("broken").orElseThrow());
        assertTrue(service.failures.lastFailure("cover").isEmpty());
        assertEquals(7, r.sections().size());
        assertFalse(BriefingPdfTest.text(r.path()).contains("TEXTE PARTIEL"));
    }

    @Test
    void pluginSectionsSlotInByOrderAndReplaceBySameId() throws IOException {
        TestSection custom = new TestSection("indicators", 450);
        TestSection cover = new TestSection("cover", 100);
        WhiteboardBriefingService service = service(custom, cover);
        List<String> ids = service.sections().stream().map(SectionInfo::id).toList();
        assertEquals(List.of("cover", "bluf", "actors", "timeline", "indicators", "relations", "sources", "appendix"), ids);
        assertEquals("Section de test indicators", service.sections().get(4).title());
        assertEquals("Section de test cover", service.sections().get(0).title(), "the later (higher ranked) one wins");
    }

    @Test
    void aSectionWithoutItsPropertiesIsLeftOutAndTheBriefingGoesOn() throws IOException {
        WhiteboardBriefingService service = Fixtures.service(Fixtures.articles(), Fixtures.tagger(),
                java.util.Map.entry(java.util.Map.of(SectionInfo.ID, "untitled"), new TestSection("untitled", 450)));
        assertEquals(7, service.sections().size());
        BriefingResult r = service.brief(request(null, null, null, null, List.of(), BriefingFormat.MARKDOWN));
        assertTrue(r.problems().isEmpty(), r.problems().toString());
        assertFalse(r.sections().contains("untitled"));
        assertEquals(7, r.sections().size());
    }

    @Test
    void writesMarkdownAndHtmlWithLinkedCitations() throws IOException {
        WhiteboardBriefingService service = service();
        String md = Files.readString(service.brief(request(null, null, null, null, List.of(), BriefingFormat.MARKDOWN)).path());
        assertTrue(md.contains("## L’essentiel") && md.contains("](#source-1)") && md.contains("<a id=\"source-1\"></a>"));
        assertTrue(md.contains("Lương Tam Quang") && md.contains("| Nom | Fonctions |"));
        String html = Files.readString(service.brief(request(null, null, null, null, List.of(), BriefingFormat.HTML)).path());
        assertTrue(html.contains("<a href=\"#source-1\">[1]</a>") && html.contains("<p id=\"source-1\">"));
        assertTrue(html.contains("<svg") && html.contains("Trần Đại Quang"));
    }

    @Test
    void aCorpusWithoutExtractedEntitiesStillGivesAnHonestBriefing() throws IOException {
        WhiteboardBriefingService service = Fixtures.service(new MemoryCorpusStore(Fixtures.articles()),
                new FakeEntityIndex(java.util.Map.of(), List.of()));
        BriefingResult r = service.brief(request(null, null, null, null, List.of(), BriefingFormat.PDF));
        assertTrue(r.problems().isEmpty(), r.problems().toString());
        String text = BriefingPdfTest.text(r.path());
        assertTrue(text.contains("n’ont peut-être pas encore été extraites (entities:extract)"));
        assertTrue(text.contains("Aucune date n’a été extraite"));
        assertTrue(text.contains("entités non extraites"));
        assertTrue(text.contains("Interpol ouvre son complexe mondial"), "the sources are still listed");
    }

    @Test
    void anUnwritableFileIsAOneLineError() throws IOException {
        Path blocker = Files.writeString(dir.resolve("not-a-folder"), "x");
        BriefingRequest r = new BriefingRequest(blocker.resolve("b.pdf"), null, null, null, null, null, List.of(), null,
                null, BriefingFormat.PDF);
        ReportException e = assertThrows(ReportException.class, () -> service().brief(r));
        assertTrue(e.getMessage().startsWith("cannot write " + blocker.resolve("b.pdf")), e.getMessage());
    }

    /** A section titled "Section de test {id}", registered with its id and order as service properties. */
    static class TestSection implements BriefingSection {
        private final String id;
        private final int order;

        TestSection(String id, int order) {
            this.id = id;
            this.order = order;
        }

        /** This section with the properties its {@code @BriefingSectionService} would give. */
        java.util.Map.Entry<java.util.Map<String, Object>, BriefingSection> registered() {
            return Fixtures.registered(id, "Section de test " + id, order, true, this);
        }

        @Override
        public void write(Briefing briefing, Layout layout) {
            layout.paragraph(Text.of("Contenu de " + id));
        }
    }
}
