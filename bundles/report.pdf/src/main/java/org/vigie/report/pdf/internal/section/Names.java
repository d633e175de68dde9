package org.vigie.report.pdf.internal.section;

import org.vigie.entities.api.Entity;
import org.vigie.entities.api.NameKey;

/**
 * How the briefing names an entity: its canonical name, or the spelling of it with the most
 * diacritics among its aliases ({@code Lương Tam Quang} rather than {@code Luong Tam Quang}), since
 * a source that wrote the accents is the one that spelled the name right ({@link NameKey#accents}).
 */
public final class Names {

    private Names() {
    }

    public static String of(Entity entity) {
        String best = entity.name();
        String key = NameKey.fold(best);
        for (String alias : entity.aliases()) {
            if (NameKey.fold(alias).equals(key)) {
                best = NameKey.moreAccented(best, alias);
            }
        }
        return best;
    }
}
