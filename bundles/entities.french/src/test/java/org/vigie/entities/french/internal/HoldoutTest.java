package org.vigie.entities.french.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.vigie.corpus.api.Document;

/**
 * Generalisation check: short French news paragraphs written for Vigie in styles the rules were
 * not written on (Sahel, sanctions, a ransomware arrest, a UN vote, an Interpol notice, an ASEAN
 * summit, a Five Eyes attribution, a French court), annotated by hand in {@code holdout/holdout.json}
 * following {@code shared/gold/ANNOTATION.md}, scored as {@code score-entities} scores.
 */
class HoldoutTest {

    /** The floor honestly reached (the README and docs/BENCHMARKS.md give the current figure). */
    private static final double FLOOR = 0.95;

    private final FrenchExtractor extractor = new FrenchExtractor();

    @Test
    void holdoutMicroF1IsAtLeastTheFloor() throws IOException {
        assertEquals(10, score("holdout.json", FLOOR));
    }

    /** Written after the rules were fixed on the first set; its first, unseen score was 0.917. */
    @Test
    void secondHoldoutMicroF1IsAtLeastTheFloor() throws IOException {
        assertEquals(6, score("holdout-2.json", FLOOR));
    }

    /** Written after the fixes on the first two sets; its first, unseen score was 0.891. */
    @Test
    void thirdHoldoutMicroF1IsAtLeastTheFloor() throws IOException {
        assertEquals(10, score("holdout3.json", FLOOR));
    }

    /**
     * Written and annotated before any run (85463ae); its first, unseen score was 0.797 (0.806 once
     * the nested places it had forgotten were made optional, f34e2dc). The floor is the score
     * reached after the general fixes (0.899, then 0.919 with those made on the fifth set).
     */
    @Test
    void fourthHoldoutMicroF1IsAtLeastTheScoreAfterFixes() throws IOException {
        assertEquals(40, score("holdout4.json", 0.915));
    }

    /**
     * Written and annotated before any run (7dd49bf), on topics and outlets absent from all earlier
     * sets; its first, unseen score was 0.825 (docs/BENCHMARKS.md has the per-type table). The
     * floor is the score reached after the general fixes of FifthSetGeneralisationTest (0.907).
     */
    @Test
    void fifthHoldoutMicroF1IsAtLeastTheFloor() throws IOException {
        assertEquals(41, score("holdout5.json", 0.895));
    }

    /**
     * Written and annotated before any run (5ab326a), on topics and outlets absent from all earlier
     * sets; its first, unseen score was 0.803 (docs/BENCHMARKS.md has the per-type table). The floor
     * is the score reached after the general fixes of SixthSetGeneralisationTest (0.878).
     */
    @Test
    void sixthHoldoutMicroF1IsAtLeastTheScoreAfterFixes() throws IOException {
        assertEquals(40, score("holdout6.json", 0.875));
    }

    /**
     * Written and annotated before any run (0cdc7a3), after the holdout6 fixes, on topics and outlets
     * absent from all earlier sets; the floor is its first, unseen score, 0.872, rounded down
     * (docs/BENCHMARKS.md has the per-type table).
     */
    @Test
    void seventhHoldoutMicroF1IsAtLeastItsFirstSightScore() throws IOException {
        assertEquals(42, score("holdout7.json", 0.87));
    }

    /**
     * Written and annotated before any run (d815474), after the holdout7 fixes, on topics and outlets
     * absent from all earlier sets; its first, unseen score was 0.813 (0.822 once the nested places
     * it had forgotten were made optional, 71a0e04). The floor is the score reached after the
     * general fixes of EighthSetGeneralisationTest (0.882), rounded down.
     */
    @Test
    void eighthHoldoutMicroF1IsAtLeastTheScoreAfterFixes() throws IOException {
        assertEquals(48, score("holdout8.json", 0.875));
    }

    /** Scores one gold file, asserts the floor, returns how many documents it holds. */
    private int score(String goldFile, double floor) throws IOException {
        JsonNode gold = new ObjectMapper().readTree(resource(goldFile)).get("documents");
        HoldoutScore score = new HoldoutScore();
        for (Iterator<Map.Entry<String, JsonNode>> it = gold.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> doc = it.next();
            String text = new String(resource(doc.getKey()).readAllBytes(), StandardCharsets.UTF_8);
            Document document = SampleDocuments.document(doc.getKey(), text);
            assertEquals(doc.getValue().get("published").asText(), String.valueOf(document.metadata().published()),
                    doc.getKey() + ": publication date");
            score.score(doc.getKey(), doc.getValue(), EntityGrouping.group(extractor.extract(document)));
        }
        System.out.printf("%s micro-F1 %.3f %s%n%s%n", goldFile, score.microF1(), score.table(),
                String.join("\n", score.errors));
        assertTrue(score.microF1() >= floor, goldFile + " micro-F1 " + score.microF1() + " below " + floor + ": " + score.errors);
        return gold.size();
    }

    @Test
    void scoringFollowsTheScorersRules() {
        assertEquals("luong tam quang", HoldoutScore.fold("Lương  Tam\u00a0QUANG"));
        assertEquals("d'interpol - x", HoldoutScore.fold("d\u2019Interpol \u2013 X"));
        assertEquals("dang", HoldoutScore.fold("Đặng"));
    }

    private static InputStream resource(String name) {
        InputStream in = HoldoutTest.class.getResourceAsStream("/holdout/" + name);
        assertTrue(in != null, "test resource holdout/" + name + " is missing");
        return in;
    }
}
