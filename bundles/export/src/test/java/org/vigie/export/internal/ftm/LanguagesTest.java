package org.vigie.export.internal.ftm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.vigie.testing.FtmModel;

class LanguagesTest {

    @Test
    void theListIsTheRealModels() throws IOException {
        assertEquals(new FtmModel().model().getType("language").getValues().orElseThrow().keySet(), Languages.FTM);
    }

    @Test
    void isoCodesBecomeFtmCodesWhenFtmKnowsTheLanguage() {
        assertEquals(Optional.of("fra"), Languages.ftm("fr"));
        assertEquals(Optional.of("eng"), Languages.ftm("en"));
        assertEquals(Optional.of("zho"), Languages.ftm("zh"));
        assertEquals(Optional.of("deu"), Languages.ftm("deu"));
        for (String unknown : new String[] {"vi", "unknown", "", "xx"}) {
            assertEquals(Optional.empty(), Languages.ftm(unknown), unknown);
        }
        assertEquals(Optional.empty(), Languages.ftm(null));
        assertEquals(Set.of(), Set.copyOf(Languages.FTM.stream().filter(c -> c.length() != 3).toList()));
    }
}
