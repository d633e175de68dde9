package org.vigie.ioc.internal;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

import org.vigie.entities.api.ExtractionException;

/**
 * Base58Check, the encoding of legacy Bitcoin addresses: 25 bytes (a version, 0 for P2PKH or 5
 * for P2SH, a 20-byte hash, then the first 4 bytes of the double SHA-256 of the first 21).
 */
final class Base58Check {

    private static final String ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    private static final BigInteger BASE = BigInteger.valueOf(58);
    private static final int LENGTH = 25;

    private Base58Check() {
    }

    /** Whether the text is a mainnet P2PKH or P2SH address with a valid checksum. */
    static boolean isBitcoinAddress(String address) {
        byte[] bytes = decode(address);
        if (bytes == null || bytes.length != LENGTH || bytes[0] != 0 && bytes[0] != 5) {
            return false;
        }
        byte[] check = doubleSha256(Arrays.copyOf(bytes, LENGTH - 4));
        return Arrays.equals(check, 0, 4, bytes, LENGTH - 4, LENGTH);
    }

    /** The bytes of a Base58 text (each leading {@code 1} is a zero byte), or {@code null}. */
    static byte[] decode(String text) {
        BigInteger value = BigInteger.ZERO;
        int zeros = 0;
        while (zeros < text.length() && text.charAt(zeros) == '1') {
            zeros++;
        }
        for (int i = 0; i < text.length(); i++) {
            int digit = ALPHABET.indexOf(text.charAt(i));
            if (digit < 0) {
                return null;
            }
            value = value.multiply(BASE).add(BigInteger.valueOf(digit));
        }
        byte[] magnitude = value.signum() == 0 ? new byte[0] : value.toByteArray();
        int sign = magnitude.length > 0 && magnitude[0] == 0 ? 1 : 0;
        byte[] bytes = new byte[zeros + magnitude.length - sign];
        System.arraycopy(magnitude, sign, bytes, zeros, magnitude.length - sign);
        return bytes;
    }

    private static byte[] doubleSha256(byte[] data) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return sha.digest(sha.digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new ExtractionException("this Java runtime has no SHA-256, needed to check Bitcoin addresses", e);
        }
    }
}
