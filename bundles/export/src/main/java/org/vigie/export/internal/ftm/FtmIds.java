package org.vigie.export.internal.ftm;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * FtM ids derived from Vigie's ids, the same on every run: {@code vigie-doc-} and the document's
 * SHA-256 id (kept as it is, so an analyst finds the document back in Vigie; hashed when it is not
 * a SHA-256), {@code vigie-ent-} and the SHA-1 of the entity key, {@code vigie-doc-ent-} and the
 * SHA-1 of both for the link between them. Only letters, digits and dashes, as FtM's
 * {@code entity} type wants.
 */
final class FtmIds {

    private FtmIds() {
    }

    static String document(String documentId) {
        return "vigie-doc-" + (documentId.matches("[0-9a-f]{64}") ? documentId : sha1(documentId));
    }

    static String entity(String entityKey) {
        return "vigie-ent-" + sha1(entityKey);
    }

    static String documentation(String documentId, String entityKey) {
        return "vigie-doc-ent-" + sha1(documentId + '\n' + entityKey);
    }

    private static String sha1(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-1", e);
        }
    }
}
