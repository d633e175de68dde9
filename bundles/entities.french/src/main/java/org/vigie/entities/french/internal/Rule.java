package org.vigie.entities.french.internal;

/** One family of evidence: it reads a {@link TextScan} and adds candidates to it. */
interface Rule {

    void apply(TextScan scan);
}
