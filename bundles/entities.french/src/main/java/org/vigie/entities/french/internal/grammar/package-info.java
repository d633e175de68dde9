/**
 * How French news phrases names: the complement of a head noun ({@code PhraseGrammar}), a
 * role before or after a name ({@code RoleReader}), what a person's name looks like
 * ({@code PersonNames}) and a name's value from its tokens ({@code NamePhrase}). The rules use them.
 */
package org.vigie.entities.french.internal.grammar;
