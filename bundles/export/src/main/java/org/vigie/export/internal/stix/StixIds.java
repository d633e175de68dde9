package org.vigie.export.internal.stix;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * Deterministic STIX identifiers: {@code type--UUIDv5} (RFC 9562, SHA-1 name-based) in Vigie's
 * own namespace, named by Vigie's ids (an entity key, a document id). The same selection of the
 * same corpus therefore exports with the same ids, and an importer (OpenCTI, MISP) updates the
 * objects of an earlier export instead of duplicating them.
 */
final class StixIds {

    /** Vigie's STIX namespace: fixed once (a random UUIDv4), never to change. */
    static final UUID NAMESPACE = UUID.fromString("cce8a1a3-5f0c-4186-9a4c-c83a195074b0");

    private final MessageDigest sha1;
    private final UUID namespace;
    private boolean first = true;

    StixIds() {
        this(NAMESPACE);
    }

    StixIds(UUID namespace) {
        this.namespace = namespace;
        try {
            sha1 = MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-1, which every Java platform must have", e);
        }
        start();
    }

    /** The id of an object of a type, named by one Vigie id: exactly UUIDv5(namespace, name). */
    String id(String type, String name) {
        return add(name).finish(type);
    }

    /** Adds a part of a name made of several (a selection's document ids), after a line feed. */
    StixIds add(String part) {
        if (!first) {
            sha1.update((byte) '\n');
        }
        first = false;
        sha1.update(part.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    /** The id named by the parts added since the last one. */
    String finish(String type) {
        byte[] hash = sha1.digest();
        start();
        hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
        hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
        ByteBuffer b = ByteBuffer.wrap(hash, 0, 16);
        return type + "--" + new UUID(b.getLong(), b.getLong());
    }

    private void start() {
        first = true;
        sha1.reset();
        sha1.update(ByteBuffer.allocate(16).putLong(namespace.getMostSignificantBits())
                .putLong(namespace.getLeastSignificantBits()).array());
    }
}
