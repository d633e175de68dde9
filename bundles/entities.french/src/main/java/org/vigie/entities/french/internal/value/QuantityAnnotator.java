package org.vigie.entities.french.internal.value;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.vigie.entities.api.Annotation;
import org.vigie.entities.api.EntityType;
import org.vigie.entities.api.Features;
import org.vigie.entities.api.Span;
import org.vigie.entities.french.internal.rule.Rule;
import org.vigie.entities.french.internal.scan.TextScan;
import org.vigie.entities.french.internal.text.Token;
import org.vigie.entities.french.internal.text.WordClass;

/**
 * Quantities with their unit: {@code 100 000 cas}, {@code 36%}, {@code 34 millions de
 * personnes}, {@code 7 milliards d'euros}, {@code 100 M€}. Read over the tokens: a number (groups
 * of three digits after a space join it), an optional scale, an optional {@code de}, a unit. The
 * value is the number without its thousands separators, the scale and the unit. Not a {@link Rule}:
 * like {@link DateAnnotator}, it makes annotations straight away, never settled against names.
 */
public final class QuantityAnnotator {

    public List<Annotation> find(TextScan scan, String extractorId) {
        List<Annotation> quantities = new ArrayList<>();
        int i = 0;
        while (i < scan.size()) {
            int end = scan.token(i).kind() == Token.Kind.NUMBER && !scan.isPunct(i - 1, ',') ? quantityEnd(scan, i) : -1;
            if (end > 0) {
                quantities.add(annotation(scan, i, end, extractorId));
                i = end;
            } else {
                i++;
            }
        }
        return quantities;
    }

    private static int quantityEnd(TextScan scan, int i) {
        int j = i + 1;
        while (j < scan.size() && scan.token(j).kind() == Token.Kind.NUMBER && scan.token(j).text().length() == 3
                && scan.token(j).begin() - scan.token(j - 1).end() == 1 && scan.token(j - 1).text().length() <= 3) {
            j++;
        }
        if (scan.isPunct(j, ',') && j + 1 < scan.size() && scan.token(j + 1).kind() == Token.Kind.NUMBER
                && scan.token(j + 1).begin() == scan.token(j).end()) {
            j += 2;
        }
        if (j < scan.size() && scan.token(j).in(WordClass.SCALE)) {
            j++;
        }
        if (scan.is(j, "de") || scan.is(j, "d'")) {
            j++;
        }
        return j < scan.size() && scan.token(j).in(WordClass.UNIT) ? j + 1 : -1;
    }

    private static Annotation annotation(TextScan scan, int start, int end, String extractorId) {
        StringBuilder value = new StringBuilder();
        for (int k = start; k < end; k++) {
            Token t = scan.token(k);
            boolean digits = t.kind() == Token.Kind.NUMBER;
            boolean glued = k > start && digits && scan.token(k - 1).kind() == Token.Kind.NUMBER;
            boolean afterElision = k > start && scan.token(k - 1).kind() == Token.Kind.ELISION;
            if (k > start && !glued && !afterElision && !scan.isPunct(k, ',') && !scan.isPunct(k - 1, ',')
                    && !t.is("%")) {
                value.append(' ');
            }
            value.append(t.text());
        }
        String unit = scan.token(end - 1).text();
        Span span = new Span(scan.token(start).begin(), scan.token(end - 1).end());
        return new Annotation(span, EntityType.QUANTITY, span.of(scan.text), value.toString(),
                Map.of(Features.UNIT, unit), 0.8, extractorId);
    }
}
