/**
 * Fakes of the workbench's services for plain JUnit tests that construct components directly:
 * {@link org.vigie.testing.MemoryCorpusStore} (a {@code CorpusStore} in memory) and
 * {@link org.vigie.testing.DirectoryWorkspace} (a {@code Workspace} over a directory), and
 * {@link org.vigie.testing.WholeWords} for the stand-in extractors that mark whole words. Modules
 * depend on this jar with test scope only; it never ships in the distribution.
 */
package org.vigie.testing;
