package org.vigie.corpus.stores.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.vigie.corpus.api.CorpusException;

/**
 * Reads a password from its file when it is needed, so that it is held by no configuration, log
 * or message: an error names the file, never its content.
 */
final class PasswordFile {
    private PasswordFile() {
    }

    /** The file's first line (a final newline is not part of the password). */
    static String read(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                throw new CorpusException("cannot read password file " + file + ": no such file");
            }
            String text = Files.readString(file, StandardCharsets.UTF_8);
            int end = text.indexOf('\n');
            String password = (end < 0 ? text : text.substring(0, end)).replace("\r", "");
            if (password.isEmpty()) {
                throw new CorpusException("cannot read password file " + file + ": it is empty");
            }
            return password;
        } catch (IOException e) {
            throw new CorpusException("cannot read password file " + file + ": " + e.getClass().getSimpleName(), e);
        }
    }
}
