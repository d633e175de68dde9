package org.vigie.corpus.importers.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.vigie.corpus.api.DocumentImporter;
import org.vigie.corpus.importers.internal.html.HtmlImporter;
import org.vigie.corpus.importers.internal.pdf.PdfImporter;
import org.vigie.corpus.importers.internal.text.PlainTextImporter;

class ImportersTest {

    @Test
    void importersAreRankedHighestFirstThenOldestFirst() {
        List<Importers.Ranked> ranked = Importers.ranked(List.of(
                Fixtures.registered("text", new PlainTextImporter(), "service.ranking", -100, "service.id", 1L),
                Fixtures.registered("html", new HtmlImporter(), "service.id", 3L),
                Fixtures.registered("pdf", new PdfImporter(), "service.id", 2L)));
        assertEquals(List.of("pdf", "html", "text"), ranked.stream().map(Importers.Ranked::id).toList());
    }

    @Test
    void anImporterWithoutIdIsLeftOutAndTheOthersImport() {
        Map.Entry<Map<String, Object>, DocumentImporter> anonymous = Map.entry(Map.of("service.id", 5L),
                new HtmlImporter());
        List<Importers.Ranked> ranked = Importers.ranked(List.of(anonymous,
                Fixtures.registered("text", new PlainTextImporter(), "service.id", 1L)));
        assertEquals(List.of("text"), ranked.stream().map(Importers.Ranked::id).toList());
        assertEquals(Set.of(), ranked.get(0).info().mediaTypes());
    }
}
