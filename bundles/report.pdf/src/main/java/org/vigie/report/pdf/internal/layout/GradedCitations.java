package org.vigie.report.pdf.internal.layout;

import java.util.ArrayList;
import java.util.List;

import org.vigie.report.api.Citations;
import org.vigie.report.api.Drawing;
import org.vigie.report.api.Grade;
import org.vigie.report.api.Layout;
import org.vigie.report.api.SelectedDocument;
import org.vigie.report.api.Table;
import org.vigie.report.api.Text;

/**
 * Writes the analyst's grade into every citation a section wrote, {@code [3]} becoming
 * {@code [3 · B2]} (only what is known: {@code [3 · B]}, {@code [3]} when ungraded), so that every
 * section, a plugin's too, cites graded sources without knowing of grades.
 */
public final class GradedCitations implements Layout {

    private static final String DOT = "\u00a0·\u00a0"; // kept with the number when a line wraps

    private final Layout target;
    private final Citations citations;

    public GradedCitations(Layout target, Citations citations) {
        this.target = target;
        this.citations = citations;
    }

    /** The text with its citations' labels graded. */
    public Text graded(Text text) {
        List<SelectedDocument> cited = citations.cited();
        List<Text.Run> runs = new ArrayList<>(text.runs().size());
        for (Text.Run run : text.runs()) {
            int n = run.citation();
            boolean label = n > 0 && n <= cited.size() && run.text().equals("[" + n + "]");
            Grade grade = label ? citations.grade(cited.get(n - 1).document().id()) : Grade.NONE;
            runs.add(grade.known() ? new Text.Run("[" + n + DOT + grade.label() + "]", run.style(), n) : run);
        }
        return new Text(runs);
    }

    @Override
    public float width() {
        return target.width();
    }

    @Override
    public void title(String text) {
        target.title(text);
    }

    @Override
    public void label(String text) {
        target.label(text);
    }

    @Override
    public void heading(String text) {
        target.heading(text);
    }

    @Override
    public void paragraph(Text text) {
        target.paragraph(graded(text));
    }

    @Override
    public void note(Text text) {
        target.note(graded(text));
    }

    @Override
    public void bullets(List<Text> items) {
        target.bullets(items.stream().map(this::graded).toList());
    }

    @Override
    public void table(Table table) {
        target.table(new Table(table.columns(),
                table.rows().stream().map(row -> row.stream().map(this::graded).toList()).toList()));
    }

    @Override
    public void drawing(Drawing drawing) {
        target.drawing(drawing);
    }

    @Override
    public void source(int citation, Text text) {
        target.source(citation, graded(text));
    }

    @Override
    public void space(float points) {
        target.space(points);
    }

    @Override
    public void pageBreak() {
        target.pageBreak();
    }
}
