package org.vigie.entities.core.internal.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** A value derived from the index is built once per index version. */
class PerVersionTest {

    @Test
    void theValueIsKeptForItsVersionAndBuiltAgainForAnother() {
        List<Long> built = new ArrayList<>();
        PerVersion<StringBuilder> names = new PerVersion<>();
        StringBuilder first = names.get(7, v -> {
            built.add(v);
            return new StringBuilder("v" + v);
        });
        assertSame(first, names.get(7, v -> new StringBuilder("again")));
        assertEquals("v8", names.get(8, v -> {
            built.add(v);
            return new StringBuilder("v" + v);
        }).toString());
        assertEquals(List.of(7L, 8L), built);
    }
}
