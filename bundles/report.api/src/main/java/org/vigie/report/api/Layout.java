package org.vigie.report.api;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Where a section writes, independent of the output format. The layout flows content down the
 * page, wraps lines between words, breaks tables across pages with their header repeated, and
 * turns every citation of a {@link Text} into a link to its {@link #source source entry}.
 */
@ProviderType
public interface Layout {

    /** The width of the text column in points, for sizing drawings. */
    float width();

    /** The document's title, large (a cover). */
    void title(String text);

    /** A framed label such as a handling marking. */
    void label(String text);

    /** A sub-heading within the current section. */
    void heading(String text);

    /** A paragraph. */
    void paragraph(Text text);

    /** A paragraph in smaller, muted type: methods, caveats, counts left out. */
    void note(Text text);

    /** A bulleted list. */
    void bullets(List<Text> items);

    /** A table. */
    void table(Table table);

    /** A vector drawing with its caption. */
    void drawing(Drawing drawing);

    /** The entry of source {@code citation}: the target of every {@code [citation]} link. */
    void source(int citation, Text text);

    /** Vertical space in points. */
    void space(float points);

    /** Continues on a new page. */
    void pageBreak();
}
