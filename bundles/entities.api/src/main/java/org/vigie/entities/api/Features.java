package org.vigie.entities.api;

/** Well-known {@link Annotation#features() annotation feature} names. */
public interface Features {
    /** A PERSON's title or role as written ({@code vice-ministre de la Sécurité publique}). */
    String ROLE = "role";
    /** The organisation or country a PERSON's role belongs to. */
    String AFFILIATION = "affiliation";
    /** A DATE's ISO value when known. */
    String ISO_DATE = "iso-date";
    /** An alias the text gives for the entity (e.g. the acronym in brackets after a name). */
    String ALIAS = "alias";
    /** The country an ORGANIZATION belongs to when the text tells ({@code ministère vietnamien ...}). */
    String COUNTRY = "country";
    /**
     * A name the text declares for the same thing as this mention ({@code X, dite Y},
     * {@code X (Y)}, {@code connue sous le nom de Y}, {@code baptisée Y}, {@code aussi appelée Y}):
     * the entity index links the entities of both names across the corpus, keeping this mention's
     * document and sentence as the evidence. Several names are written one per line.
     */
    String DECLARED = "declared";
    /** A QUANTITY's unit. */
    String UNIT = "unit";
    /** A gazetteer or knowledge-base id the extractor linked the mention to. */
    String LINK = "link";
}
