package org.vigie.ioc.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HexFormat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Keccak256Test {

    @ParameterizedTest
    @CsvSource({
        "'', c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470",
        "abc, 4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45"})
    void digestsAsEthereumDoes(String text, String hex) {
        assertEquals(hex, HexFormat.of().formatHex(Keccak256.digest(text)));
    }

    @ParameterizedTest
    @CsvSource({"135", "136", "137", "300"})
    void longTextsSpanSeveralBlocksDeterministically(int length) {
        String text = "a".repeat(length);
        assertEquals(HexFormat.of().formatHex(Keccak256.digest(text)), HexFormat.of().formatHex(Keccak256.digest(text)));
        assertEquals(32, Keccak256.digest(text).length);
    }
}
