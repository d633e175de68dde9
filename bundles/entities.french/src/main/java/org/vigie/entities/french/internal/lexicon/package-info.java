/**
 * What the extractor knows before it reads: the gazetteers of countries, places, organisations
 * and laws ({@code Gazetteer}), the roles, given names, family names, stopwords and country
 * adjectives ({@code FrenchLexicon}), loaded from the resources beside these classes, and the
 * phrase tables that match them over tokens ({@code PhraseTable}).
 */
package org.vigie.entities.french.internal.lexicon;
