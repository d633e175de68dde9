package org.vigie.corpus.api;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Where an importer hands what it reads from one file, as it reads it, so that a file holding
 * many documents (a JSON Lines dump) never has to be held in memory whole. The corpus importer
 * provides it; the documents are stored in batches while the file is still being read.
 */
@ProviderType
public interface ImportSink {

    /** One document read from the file. */
    void document(ParsedDocument document);

    /**
     * A remark on the file, reported with its outcome: a part skipped ("line 7: invalid JSON
     * (...)") or repaired ("lines 3, 9: not UTF-8, read as windows-1252"). One line, no file name.
     */
    void note(String remark);
}
