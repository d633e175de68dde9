package org.vigie.entities.core.internal.cluster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.vigie.entities.api.ExtractionException;
import org.vigie.entities.api.ExtractionResult;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * A document's extraction result as the cluster keeps it: JSON (features in key order, so one
 * result always has one text) and its stamp, a hash of that text that tells a replica whether
 * its copy is the cluster's.
 */
final class ResultJson {

    static final ObjectMapper JSON = new ObjectMapper()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private ResultJson() {
    }

    static String write(ExtractionResult result) {
        try {
            return JSON.writeValueAsString(result);
        } catch (IOException e) {
            throw new ExtractionException("cannot write the entities of " + result.documentId() + ": " + e.getMessage(), e);
        }
    }

    static ExtractionResult read(String documentId, JsonNode result) {
        try {
            return JSON.treeToValue(result, ExtractionResult.class);
        } catch (IOException | IllegalArgumentException e) {
            throw new ExtractionException("cannot read the entities of " + documentId + " from the cluster: " + e.getMessage(), e);
        }
    }

    static String stamp(String json) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(json.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }

    /** The JSON text of a string. */
    static String quoted(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonNode parse(String json, String what) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new ExtractionException("cannot read the cluster's answer to " + what + ": " + e.getMessage(), e);
        }
    }
}
