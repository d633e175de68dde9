package org.vigie.lucene.copies;

import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.vigie.corpus.api.Document;

/**
 * A document's MinHash signature over its {@link WordShingles}: one-permutation hashing (each
 * shingle hash falls in one of {@value #BINS} bins by its top bits and the bin keeps its least
 * value), empty bins filled by optimal densification (Shrivastava 2017), and the low 16 bits of
 * each minimum kept (b-bit MinHash), so a signature is 128 bytes and the share of equal bins
 * estimates the Jaccard similarity of two documents' shingle sets. One pass over the shingles, so
 * signing costs about as much as reading the text once.
 *
 * @param bins the 16-bit minima, {@value #BINS} of them
 * @param publishedDay the publication day (epoch day), {@link Integer#MAX_VALUE} when unknown
 */
public record CopySignature(short[] bins, int publishedDay) {
    static final int BINS = 64;
    /** Texts with fewer shingles are too short to tell a copy from a common phrase. */
    static final int MIN_SHINGLES = 16;
    private static final int SHIFT = Long.SIZE - Integer.numberOfTrailingZeros(BINS);
    private static final byte FORMAT = 1;
    private static final int BYTES = 1 + Integer.BYTES + BINS * Short.BYTES;

    /**
     * Signs a batch of documents on the calling thread (the import's), leaving out those too short
     * to sign. Not on a pool: about 15 µs a document, and on a busy machine a fork-join wait cost
     * more wall time than it saved.
     */
    public static Map<String, CopySignature> sign(Collection<Document> documents) {
        Map<String, CopySignature> signed = new HashMap<>();
        for (Document document : documents) {
            CopySignature signature = of(document);
            if (signature != null) {
                signed.put(document.id(), signature);
            }
        }
        return signed;
    }

    /** The document's signature, or {@code null} when its text is too short to sign. */
    public static CopySignature of(Document document) {
        long[] shingles = WordShingles.of(document.text());
        if (shingles.length < MIN_SHINGLES) {
            return null;
        }
        long[] min = new long[BINS];
        java.util.Arrays.fill(min, Long.MAX_VALUE);
        for (long shingle : shingles) {
            long h = mix(shingle);
            int bin = (int) (h >>> SHIFT);
            long rest = h & (-1L >>> (Long.SIZE - SHIFT));
            if (rest < min[bin]) {
                min[bin] = rest;
            }
        }
        LocalDate published = document.metadata().published();
        return new CopySignature(densified(min), published == null ? Integer.MAX_VALUE : (int) published.toEpochDay());
    }

    /** The estimated Jaccard similarity of the two documents' shingle sets, in [0, 1]. */
    public double similarity(CopySignature other) {
        int equal = 0;
        for (int i = 0; i < BINS; i++) {
            if (bins[i] == other.bins[i]) {
                equal++;
            }
        }
        double chance = 1.0 / (1 << Short.SIZE); // two different minima share their low 16 bits
        return Math.max(0, ((double) equal / BINS - chance) / (1 - chance));
    }

    /** The value of band {@code band} ({@code rows} bins from {@code band * rows}), hashed to 32 bits. */
    int band(int band, int rows) {
        long h = band + 1;
        for (int i = band * rows; i < (band + 1) * rows; i++) {
            h = h * 0x10001L + (bins[i] & 0xffff);
        }
        return (int) mix(h);
    }

    public byte[] bytes() {
        ByteBuffer out = ByteBuffer.allocate(BYTES).put(FORMAT).putInt(publishedDay);
        for (short bin : bins) {
            out.putShort(bin);
        }
        return out.array();
    }

    /** Reads {@link #bytes()} back; {@code null} for bytes of another format. */
    public static CopySignature read(byte[] bytes, int offset, int length) {
        if (length != BYTES || bytes[offset] != FORMAT) {
            return null;
        }
        ByteBuffer in = ByteBuffer.wrap(bytes, offset + 1, length - 1);
        int published = in.getInt();
        short[] bins = new short[BINS];
        for (int i = 0; i < BINS; i++) {
            bins[i] = in.getShort();
        }
        return new CopySignature(bins, published);
    }

    /** Each empty bin takes the value of the first full bin its own random probe sequence meets. */
    private static short[] densified(long[] min) {
        short[] bins = new short[BINS];
        for (int i = 0; i < BINS; i++) {
            long value = min[i];
            for (int attempt = 1; value == Long.MAX_VALUE; attempt++) {
                value = min[(int) (mix(i * 0x9E3779B97F4A7C15L + attempt) >>> SHIFT)];
            }
            bins[i] = (short) value;
        }
        return bins;
    }

    /** Murmur3's 64-bit finaliser. */
    static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb93fe53a3e87L;
        return h ^ (h >>> 33);
    }
}
