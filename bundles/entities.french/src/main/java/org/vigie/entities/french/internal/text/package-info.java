/**
 * Reading French text: the tokenizer ({@code FrenchTokenizer}), its tokens ({@code Token}) and the
 * word classes every token carries ({@code WordClass}, looked up once in the {@code Vocabulary},
 * a {@code WordTable}).
 */
package org.vigie.entities.french.internal.text;
