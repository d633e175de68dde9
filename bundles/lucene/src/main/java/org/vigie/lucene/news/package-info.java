/**
 * Vigie's query language over French news, shared by the corpus stores: the per-field analysis
 * ({@link org.vigie.lucene.news.CorpusFieldAnalyzer}: French elision, lower case, diacritic folding
 * and light stemming for prose; one folded term for exact values), the field names
 * ({@link org.vigie.lucene.news.NewsFields}) and the parser
 * ({@link org.vigie.lucene.news.NewsQueryParser}) that turns a query into a Lucene {@code Query}
 * whose terms are already analysed. The embedded store runs that query; a remote store
 * translates it, and must index with an equivalent analysis for its terms to match.
 */
@Export
@Version("1.0.0")
package org.vigie.lucene.news;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
