package org.vigie.entities.french.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.vigie.entities.api.Annotation;
import org.vigie.entities.api.EntityType;
import org.vigie.entities.api.Features;
import org.vigie.entities.api.Span;

/**
 * Quantities with their unit: {@code 100 000 cas}, {@code 36%}, {@code 34 millions de
 * personnes}, {@code 7 milliards d'euros}, {@code 100 M€}. The value is the number as written
 * without its thousands separators, then the unit.
 */
final class QuantityRule {

    private static final String NUMBER = "\\d{1,3}(?:[ \u00a0\u202f'.]\\d{3})*(?:,\\d+)?|\\d+(?:[.,]\\d+)?";
    private static final String SCALE = "(?:\\s+(millions?|milliards?|mille))?";
    private static final String UNITS = "%|pour cent|M€|Md€|€|\\$|euros?|dollars?|USD|tonnes?|kilos?|kg|km|mètres?"
            + "|cas|personnes|pays|délégations|morts|blessés|suspects|victimes|membres|habitants|soldats|ans|heures"
            + "|jours|minutes|organisations|entreprises|drones|navires|armes|milliards|millions";
    private static final Pattern QUANTITY = Pattern.compile("(?u)(?<![\\d,.])(" + NUMBER + ")" + SCALE
            + "(?:\\s*(?:de\\s+|d[’'])?)(" + UNITS + ")(?![\\p{L}\\d])");

    List<Annotation> find(String text, String extractorId) {
        List<Annotation> quantities = new ArrayList<>();
        Matcher m = QUANTITY.matcher(text);
        while (m.find()) {
            String number = m.group(1).replaceAll("[ \u00a0\u202f'.](?=\\d{3})", "");
            String scale = m.group(2) == null ? "" : " " + m.group(2);
            String unit = m.group(3);
            quantities.add(new Annotation(new Span(m.start(), m.end()), EntityType.QUANTITY, m.group(), number + scale
                    + " " + unit, Map.of(Features.UNIT, unit), 0.8, extractorId));
        }
        return quantities;
    }
}
