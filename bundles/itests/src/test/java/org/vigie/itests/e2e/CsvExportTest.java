package org.vigie.itests.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/**
 * export:formats and export:write --format csv through ./vigie on the sample articles, the
 * archive read back with Jackson's CSV reader; a selection writes fewer documents; errors are one line.
 */
class CsvExportTest {

    @TempDir
    Path dir;

    @Test
    void theSamplesExportAsCsvThatAReaderReadsBack() throws Exception {
        Path ws = dir.resolve("ws");
        Path all = dir.resolve("all.zip");
        Path some = dir.resolve("interpol.zip");
        VigieProcess.Result run = VigieProcess.run(ws, "-c", "corpus:import " + VigieProcess.REPO.resolve("samples/articles")
                + "; export:formats; export:write --format csv --out " + all + "; export:write --format CSV --out " + some
                + " --query Interpol");
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().lines().anyMatch(l -> l.matches("csv +zip +application/zip +.* org\\.vigie\\.export")), run.toString());

        Map<String, List<Map<String, String>>> tables = read(all);
        assertEquals(List.of("documents.csv", "entities.csv", "mentions.csv"), List.copyOf(tables.keySet()));
        List<Map<String, String>> documents = tables.get("documents.csv");
        assertTrue(run.out().contains("wrote " + all + " (csv): "), run.toString());
        assertTrue(run.out().contains(documents.size() + " documents in"), run.toString());
        assertTrue(documents.stream().allMatch(d -> d.get("id").matches("[0-9a-f]{64}")), documents.toString());
        List<String> ids = documents.stream().map(d -> d.get("id")).toList();
        List<Map<String, String>> mentions = tables.get("mentions.csv");
        assertFalse(mentions.isEmpty());
        for (Map<String, String> m : mentions) {
            assertTrue(ids.contains(m.get("document")), m.toString());
            String sentence = m.get("sentence");
            int at = Integer.parseInt(m.get("begin")) - Integer.parseInt(m.get("sentence_begin"));
            assertTrue(sentence.startsWith(m.get("text"), at), m.toString());
        }
        List<String> keys = tables.get("entities.csv").stream().map(e -> e.get("key")).toList();
        assertTrue(mentions.stream().allMatch(m -> keys.contains(m.get("entity"))), "every mentioned entity is listed");

        int selected = read(some).get("documents.csv").size();
        assertTrue(selected > 0 && selected < documents.size(), selected + " of " + documents.size());

        VigieProcess.Result unknown = VigieProcess.run(ws, "-c", "export:write --format nope --out " + dir.resolve("x"));
        assertNotEquals(0, unknown.exitCode());
        // one line naming the installed formats, whichever others (stix, ...) are installed beside csv
        assertEquals(1, errors(unknown).size(), unknown.toString());
        assertTrue(errors(unknown).get(0).matches("error: unknown format 'nope': export:formats lists (.*, )?csv(, .*)?"),
                unknown.toString());
        Path none = dir.resolve("none.zip");
        VigieProcess.Result empty = VigieProcess.run(ws, "-c", "export:write --format csv --query zzqxw --out " + none);
        assertNotEquals(0, empty.exitCode());
        assertEquals(List.of("error: no document matches requête « zzqxw »: there is nothing to export"), errors(empty),
                empty.toString());
        assertFalse(Files.exists(none), "nothing written for an empty selection");
        Path missing = dir.resolve("no/such/dir/x.zip");
        VigieProcess.Result unwritable = VigieProcess.run(ws, "-c", "export:write --format csv --out " + missing);
        assertEquals(List.of("error: cannot write " + missing + ": directory " + missing.getParent() + " does not exist"),
                errors(unwritable));
    }

    private static List<String> errors(VigieProcess.Result result) {
        return result.err().strip().lines().toList();
    }

    private static Map<String, List<Map<String, String>>> read(Path zip) throws IOException {
        Map<String, List<Map<String, String>>> tables = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                tables.put(e.getName(), rows(in));
            }
        }
        return tables;
    }

    private static List<Map<String, String>> rows(InputStream in) throws IOException {
        byte[] bytes = in.readAllBytes();
        List<Map<String, String>> rows = new ArrayList<>();
        try (MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(bytes)) {
            while (it.hasNext()) {
                rows.add(new HashMap<>(it.next()));
            }
        }
        return rows;
    }
}
