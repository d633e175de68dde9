package org.vigie.entities.core.internal.layout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.vigie.entities.core.internal.layout.IndexFields.EntityData;
import org.vigie.entities.core.internal.layout.IndexFields.MarkData;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The streaming writer of entity data gives the very bytes data binding gives, and reads back. */
class EntityJsonTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void writesWhatDataBindingWrites() throws Exception {
        Map<String, String> features = new LinkedHashMap<>();
        features.put("role", "vice-ministre de la Sécurité publique");
        features.put("affiliation", "Ministère de la Sécurité publique");
        features.put("quote", "il a dit « \"non\" »\n\t\\ fin");
        EntityData quang = new EntityData("PERSON:luong tam quang", "ministere de la securite publique", "Lương Tam Quang",
                List.of("Quang", "Luong Tam Quang"), List.of("vice-ministre"), List.of("Ministère de la Sécurité publique"),
                List.of(new MarkData("PERSON", 10, 25, "Lương Tam Quang", "Lương Tam Quang", features, 0),
                        new MarkData("PERSON", 300, 305, "Quang", null, Map.of(), 7),
                        new MarkData("PERSON", 400, 405, "Quang", "Lương Tam Quang", null, 12)));
        EntityData bare = new EntityData("LOCATION:hanoi", "-", "Hanoï", List.of(), List.of(), List.of(), List.of());
        EntityData nulls = new EntityData("EVENT:x", null, null, null, Arrays.asList("a", null), List.of(), List.of());
        for (EntityData data : List.of(quang, bare, nulls)) {
            byte[] streamed = new EntityJson(json.getFactory()).write(data);
            assertArrayEquals(json.writerFor(EntityData.class).writeValueAsBytes(data), streamed, new String(streamed,
                    java.nio.charset.StandardCharsets.UTF_8));
            assertEquals(data, json.readValue(streamed, EntityData.class));
        }
    }

    @Test
    void theNamingIsReadWithoutTheMentionsFromNewAndOlderData() throws Exception {
        EntityData hoa = new EntityData("PERSON:tran thi hoa", "onudc", "Trần Thị Hoa", List.of("Tran Thi Hoa"),
                List.of("experte", "analyste"), List.of("ONUDC"),
                List.of(new MarkData("PERSON", 0, 12, "Trần Thị Hoa", "Trần Thị Hoa", Map.of("role", "experte"), 0)));
        EntityJson entities = new EntityJson(json.getFactory());
        byte[] streamed = entities.write(hoa);
        byte[] bound = json.writeValueAsString(hoa).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        for (byte[] data : List.of(streamed, bound)) {
            EntityJson.Naming naming = entities.naming(data, 0, data.length);
            assertEquals(new EntityJson.Naming("Trần Thị Hoa", List.of("Tran Thi Hoa"), List.of("experte", "analyste"),
                    List.of("ONUDC")), naming);
        }
        byte[] framed = ("xx" + new String(streamed, java.nio.charset.StandardCharsets.UTF_8))
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertEquals("Trần Thị Hoa", entities.naming(framed, 2, framed.length - 2).name(), "an offset into a larger array");
    }
}
