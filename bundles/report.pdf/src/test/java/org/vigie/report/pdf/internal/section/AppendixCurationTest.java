package org.vigie.report.pdf.internal.section;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.vigie.entities.api.CurationReport;

class AppendixCurationTest {

    @Test
    void theAppendixSaysHowManyDecisionsOfTheAnalystApplied() {
        assertEquals("3 décisions de l’analyste appliquées aux entités (entities:history les détaille).",
                AppendixSection.curation(new CurationReport(3, Map.of("x", List.of("LAW:gone")))).orElseThrow());
        assertEquals("1 décision de l’analyste appliquée aux entités (entities:history les détaille).",
                AppendixSection.curation(new CurationReport(1, Map.of())).orElseThrow());
    }

    @Test
    void noDecisionAppliedSaysNothing() {
        assertTrue(AppendixSection.curation(CurationReport.NONE).isEmpty());
        assertTrue(AppendixSection.curation(new CurationReport(0, Map.of("x", List.of("LAW:gone")))).isEmpty());
    }
}
