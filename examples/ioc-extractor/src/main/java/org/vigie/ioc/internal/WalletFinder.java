package org.vigie.ioc.internal;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Cryptocurrency addresses: Bitcoin P2PKH/P2SH ({@code 1...}, {@code 3...}) whose Base58Check
 * checksum holds, Bitcoin SegWit ({@code bc1...}) whose bech32 or bech32m checksum holds, and
 * Ethereum ({@code 0x} and 40 hex digits; the EIP-55 mixed-case checksum needs Keccak, which the
 * JDK lacks, so it is not checked).
 */
final class WalletFinder implements IndicatorFinder {

    private static final String EDGE_BEFORE = "(?<![\\p{L}\\p{N}_])";
    private static final String EDGE_AFTER = "(?![\\p{L}\\p{N}_])";
    private static final Pattern BASE58 = Pattern.compile(
            EDGE_BEFORE + "[13][1-9A-HJ-NP-Za-km-z]{25,34}" + EDGE_AFTER);
    private static final Pattern BECH32 = Pattern.compile(
            EDGE_BEFORE + "bc1[02-9ac-hj-np-z]{8,87}" + EDGE_AFTER, Pattern.CASE_INSENSITIVE);
    private static final Pattern ETHEREUM = Pattern.compile(
            EDGE_BEFORE + "0x[0-9a-f]{40}" + EDGE_AFTER, Pattern.CASE_INSENSITIVE);

    @Override
    public void find(String text, Tokens tokens, List<Indicator> found) {
        tokens.scan(BASE58, 26, c -> c == '1' || c == '3', m -> {
            if (Base58Check.isBitcoinAddress(m.group())) {
                found.add(new Indicator(m.start(), m.end(), IndicatorKind.BTC, m.group()));
            }
        });
        tokens.scan(BECH32, 11, c -> c == '1', m -> {
            if (Bech32.isSegwitAddress(m.group())) {
                found.add(new Indicator(m.start(), m.end(), IndicatorKind.BTC, m.group().toLowerCase(Locale.ROOT)));
            }
        });
        tokens.scan(ETHEREUM, 42, c -> c == 'x' || c == 'X', m -> found.add(
                new Indicator(m.start(), m.end(), IndicatorKind.ETH, m.group().toLowerCase(Locale.ROOT))));
    }
}
