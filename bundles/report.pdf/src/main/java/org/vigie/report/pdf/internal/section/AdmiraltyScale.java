package org.vigie.report.pdf.internal.section;

import java.util.Collection;

import org.vigie.report.api.Citations;
import org.vigie.report.api.Grade;
import org.vigie.report.api.Text;

/** The Admiralty (NATO) grades in the analyst's words, in French, as the briefing says them. */
final class AdmiraltyScale {

    private static final String[] RELIABILITY = {"source complètement fiable", "source habituellement fiable",
        "source assez fiable", "source pas toujours fiable", "source peu fiable",
        "fiabilité de la source impossible à évaluer"};
    private static final String[] CREDIBILITY = {"information confirmée par d’autres sources",
        "information probablement vraie", "information possiblement vraie", "information douteuse",
        "information improbable", "véracité de l’information impossible à évaluer"};

    /** What the grades in citations ({@code [3 · B2]}) and in the sources list mean. */
    static final String LEGEND = "Cotations de l’analyste (échelle OTAN), citées avec le numéro de la source : "
            + "fiabilité de la source de A (complètement fiable) à F (impossible à évaluer), crédibilité de "
            + "l’information de 1 (confirmée par d’autres sources) à 6 (impossible à évaluer).";

    private AdmiraltyScale() {
    }

    /** {@code Cotation B2 : source habituellement fiable, information probablement vraie.}, or empty when ungraded. */
    static Text rating(Grade grade) {
        if (!grade.known()) {
            return Text.EMPTY;
        }
        String reliability = grade.reliability() == null ? null : RELIABILITY[grade.reliability().charAt(0) - 'A'];
        String credibility = grade.credibility() == 0 ? null : CREDIBILITY[grade.credibility() - 1];
        String words = reliability == null ? credibility : credibility == null ? reliability : reliability + ", " + credibility;
        return Text.EMPTY.bold("Cotation " + grade.label()).then(" : " + words + ".");
    }

    /**
     * The caveat of a statement backed only by doubtful documents (unreliable source, E or F, or
     * improbable information, 5 or 6): {@code (source peu fiable : F)}; empty when one backing
     * document is not doubtful or is ungraded.
     */
    static String caveat(Citations citations, Collection<String> backing) {
        Grade weakest = null;
        for (String id : backing) {
            Grade g = citations.grade(id);
            if (!g.doubtful()) {
                return "";
            }
            weakest = weakest == null ? g : weakest;
        }
        if (weakest == null) {
            return "";
        }
        return "(" + (weakest.unreliableSource() ? "source peu fiable" : "information peu crédible") + " : "
                + weakest.label() + ")";
    }
}
