package org.vigie.entities.french.internal.rule;

import org.vigie.entities.french.internal.scan.TextScan;

/** One family of evidence: it reads a {@link TextScan} and adds candidates to it. */
public interface Rule {

    void apply(TextScan scan);
}
