package org.vigie.curation.api;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The workspace's curation log: an append-only JSON Lines file, one {@link Decision} a line,
 * that the analyst can read, share and put under version control. Undoing appends an
 * {@link Decision#UNDO} decision; nothing is ever rewritten in place. Thread-safe; appends are
 * durable (forced to disk) before a method returns, and a line cut short by a crash is reported
 * and skipped, never fatal.
 */
@ProviderType
public interface CurationLog {

    /**
     * Records a decision taken now by the current operating-system user.
     *
     * @return the decision as recorded
     * @throws CurationException when the action or its targets are malformed
     */
    Decision record(String action, List<String> targets, Map<String, String> arguments, String note);

    /** The decisions in force, oldest first: every decision recorded and not undone, undo decisions excluded. */
    List<Decision> inForce();

    /** Every line of the log, undo decisions included, oldest first. */
    List<Decision> history();

    /**
     * Undoes the newest {@code count} decisions in force, newest first, by recording one
     * {@link Decision#UNDO} each.
     *
     * @return the decisions undone, newest first
     */
    List<Decision> undo(int count, String note);

    /**
     * Appends the decisions of another log (an export) that this log does not hold yet, by id:
     * importing the same file twice changes nothing.
     *
     * @return how many decisions were new
     * @throws CurationException naming the file and the line when it is not a curation log
     */
    int importFrom(Path file);

    /** Writes the whole log to {@code file} (atomically: a temporary file, then a rename). */
    void exportTo(Path file);

    /** A number that grows with every change to the log: readers cache what they derive from it by it. */
    long revision();
}
