package org.vigie.corpus.api;

import java.nio.file.Path;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Imports files and folders (recursively) into the corpus store: picks an importer per file,
 * detects the language, adds provenance, stores, and tells {@link CorpusListener}s. A file that
 * cannot be imported is reported with its reason and the batch goes on.
 */
@ProviderType
public interface CorpusImporter {

    /**
     * Imports the given paths.
     *
     * @param paths files or folders
     * @param options source, language override and tags applied to every document
     * @param progress told after each file; may be {@code null}
     */
    ImportReport importPaths(List<Path> paths, ImportOptions options, ImportProgress progress);
}
