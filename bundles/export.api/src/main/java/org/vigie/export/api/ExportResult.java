package org.vigie.export.api;

import java.nio.file.Path;

/**
 * What an export wrote.
 *
 * @param path the file written
 * @param format the format's id
 * @param bytes its size
 * @param documents how many documents were selected
 * @param millis how long it took
 */
public record ExportResult(Path path, String format, long bytes, int documents, long millis) {
}
