package org.vigie.itests.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Variants of one name across articles written for this test ({@code aliases/variants}, also
 * measured by {@code bench/aliases.sh}): a Vietnamese or Chinese name in
 * the other word order, {@code ONU}/{@code Nations unies}, an acronym without brackets, a
 * country-qualified ministry and its short form; and a name two people share, kept apart by their
 * roles.
 */
class NameVariantsTest {

    @TempDir
    Path dir;

    @Test
    void eachThingIsOneEntityAndTwoPeopleOfOneNameAreTwo() throws Exception {
        Path articles = VigieProcess.REPO.resolve("bundles/itests/src/test/resources/aliases/variants");
        VigieProcess.Result listed = VigieProcess.run(dir.resolve("ws"), "-c", "corpus:import " + articles
                + "; entities:list --top 0");
        assertEquals(0, listed.exitCode(), listed.toString());
        String table = listed.out();
        assertOneRowIn(table, 2, "Tô Lâm", "Lâm Tô");
        assertOneRowIn(table, 2, "Xi Jinping", "Jinping Xi");
        assertOneRowIn(table, 2, "Lương Tam Quang", "Tam Quang Lương");
        assertOneRowIn(table, 2, "Organisation des Nations Unies", "ONU", "Nations unies");
        assertOneRowIn(table, 2, "Office des Nations unies contre la drogue et le crime", "ONUDC");
        assertOneRowIn(table, 2, "Ministère de la Sécurité publique", "Ministère vietnamien de la Sécurité publique");
        assertEquals(2, rows(table, List.of("Nguyễn Văn Toàn")).size(), table);

        VigieProcess.Result shown = VigieProcess.run(dir.resolve("ws"), "-c", "entities:show Tô Lâm");
        assertEquals(0, shown.exitCode(), shown.toString());
        assertTrue(shown.out().contains("« Le dirigeant vietnamien Lâm Tô a rencontré à Pékin"), shown.toString());
        assertTrue(shown.out().contains("« Le secrétaire général Tô Lâm a reçu mardi"), shown.toString());
    }

    /** Exactly one row of the table names one of {@code names}, and its last column counts {@code documents}. */
    private static void assertOneRowIn(String table, int documents, String... names) {
        List<String> rows = rows(table, List.of(names));
        assertEquals(1, rows.size(), String.join(" | ", names) + "\n" + table);
        assertTrue(rows.get(0).strip().endsWith(" " + documents), rows.get(0) + "\n" + table);
    }

    private static List<String> rows(String table, List<String> names) {
        return table.lines().filter(row -> names.stream().anyMatch(name -> row.startsWith(name + "  ")
                || row.startsWith(name + " ("))).toList();
    }
}
