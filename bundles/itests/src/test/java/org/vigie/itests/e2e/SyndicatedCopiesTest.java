package org.vigie.itests.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A dispatch run by three outlets, through ./vigie: found at import, listed, shown, cited once in a briefing. */
class SyndicatedCopiesTest {
    private static final String[] DISPATCH = {
        "La police de Lyon a interpellé lundi trois hommes soupçonnés d'avoir diffusé un logiciel de rançon contre "
            + "des hôpitaux de la région, a indiqué mardi le parquet de Lyon dans un communiqué.",
        "Selon le parquet, les suspects, âgés de vingt-deux à trente et un ans, louaient leurs outils à d'autres "
            + "groupes criminels en échange d'une part des rançons versées en cryptomonnaies par les victimes.",
        "Les enquêteurs de la gendarmerie nationale ont saisi plusieurs serveurs et des portefeuilles numériques "
            + "avec l'aide d'Europol, qui a apporté à la police de Lyon son soutien technique pendant dix-huit mois.",
        "Les trois hommes ont été présentés à un juge d'instruction et placés en détention provisoire. Ils encourent "
            + "jusqu'à dix ans d'emprisonnement pour extorsion en bande organisée.",
    };
    private static final String OTHER = "Le parquet de Lyon a ouvert mercredi une enquête sur une fuite de données "
            + "touchant une mutuelle de santé de la région. Selon la mutuelle, les noms et adresses de plusieurs milliers "
            + "d'adhérents ont été dérobés lors d'une intrusion repérée par ses équipes techniques. La gendarmerie "
            + "nationale a été saisie et Europol pourrait être associée aux investigations si les auteurs se trouvent "
            + "hors de France. La mutuelle invite ses adhérents à se méfier des messages frauduleux.";

    @TempDir
    Path dir;

    @Test
    void copiesAreFoundListedShownAndCitedOnceWithTheirNumber() throws Exception {
        Path workspace = dir.resolve("ws");
        Path folder = Files.createDirectories(dir.resolve("depeches"));
        Files.writeString(folder.resolve("fil.jsonl"), String.join("\n",
                line("Rançongiciel : trois interpellations à Lyon", "Agence Test", "2025-11-04", String.join("\n\n", DISPATCH)),
                line("Hôpitaux visés : trois suspects arrêtés", "Quotidien Test", "2025-11-05", "LYON - "
                        + DISPATCH[0].substring(0, DISPATCH[0].indexOf(", a indiqué")) + ".\n\n" + DISPATCH[1]
                        .replace("cryptomonnaies", "cryptomonaies") + "\n\n" + DISPATCH[2] + "\n\nTous droits réservés."),
                line("Trois hommes écroués", "Hebdo Test", "2025-11-06", String.join("\n\n", DISPATCH[0], DISPATCH[1],
                        DISPATCH[3], "Notre rédaction n'a pas pu joindre les avocats des suspects.")),
                line("Fuite de données dans une mutuelle", "Agence Test", "2025-11-05", OTHER)) + "\n",
                StandardCharsets.UTF_8);

        VigieProcess.Result listed = VigieProcess.run(workspace, "-c", "corpus:import " + folder + "; corpus:duplicates");

        assertEquals(0, listed.exitCode(), listed.toString());
        assertTrue(listed.out().lines().anyMatch(l -> l.equals("imported 1, unchanged 0, failed 0, 2 copies of earlier articles")),
                listed.toString());
        List<String> rows = listed.out().lines().filter(l -> l.startsWith("original") || l.startsWith("copy")).toList();
        assertEquals(3, rows.size(), listed.toString());
        assertTrue(rows.get(0).contains("Agence Test") && rows.get(0).contains("2025-11-04"), listed.toString());
        assertTrue(rows.get(1).contains("Quotidien Test") && rows.get(2).contains("Hebdo Test"), listed.toString());
        assertFalse(listed.out().contains("Fuite de données"), listed.toString());
        assertTrue(listed.out().contains("1 original with 2 copies"), listed.toString());
        String original = rows.get(0).split("\\s+")[1];
        String copy = rows.get(1).split("\\s+")[1];

        VigieProcess.Result shown = VigieProcess.run(workspace, "-c", "corpus:show " + copy + "; corpus:duplicates --json;"
                + " report:brief --format markdown --out " + dir.resolve("note.md") + " --date 2025-11-10");

        assertEquals(0, shown.exitCode(), shown.toString());
        assertTrue(shown.out().lines().anyMatch(l -> l.startsWith("copy of    " + original + "  Agence Test  2025-11-04")),
                shown.toString());
        assertTrue(shown.out().lines().anyMatch(l -> l.startsWith("{\"original\":{\"id\":\"" + original)), shown.toString());
        String note = Files.readString(dir.resolve("note.md"), StandardCharsets.UTF_8);
        assertTrue(note.lines().anyMatch(l -> l.startsWith("- « ") && l.contains("[\\[1\\]](#source-1) *\\(repris par 2\\)")), note);
        assertTrue(note.contains("Repris par 2 : Quotidien Test, 5 novembre 2025"), note);
        assertTrue(note.contains("soit 2 sources indépendantes"), note);

        VigieProcess.Result removed = VigieProcess.run(workspace, "-c", "corpus:remove " + rows.get(2).split("\\s+")[1]);
        assertEquals(0, removed.exitCode(), removed.toString());
        VigieProcess.Result after = VigieProcess.run(workspace, "-c", "corpus:duplicates");
        assertFalse(after.out().contains("Hebdo Test"), after.toString());
        assertTrue(after.out().contains("1 original with 1 copy"), after.toString());
    }

    private static String line(String title, String source, String published, String text) {
        return "{\"title\":\"" + title + "\",\"source\":\"" + source + "\",\"published\":\"" + published + "\",\"text\":\""
                + text.replace("\"", "\\\"").replace("\n", "\\n") + "\"}";
    }
}
