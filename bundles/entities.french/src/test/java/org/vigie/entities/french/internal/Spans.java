package org.vigie.entities.french.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.vigie.entities.api.Annotation;
import org.vigie.entities.api.EntityType;

/**
 * Annotations as DKPro Core's tests show them, one line each: {@code [10,18) PERSON John Doe}, the
 * span over the text, the type and the text, then {@code = value} when the value is not the text
 * ({@code [4,12) LOCATION Viêt Nam = Vietnam}, {@code [3,13) DATE 26 octobre = 2025-10-26}). A test
 * that compares such lines pins where a mention starts and ends, not only what it is worth.
 */
public final class Spans {

    private Spans() {
    }

    /** One annotation's line. */
    public static String of(int begin, int end, EntityType type, String text, String value) {
        String span = "[" + begin + "," + end + ") " + type + " " + text;
        return Objects.equals(text, value) ? span : span + " = " + value;
    }

    public static String of(Annotation a) {
        return of(a.span().begin(), a.span().end(), a.type(), a.text(), a.value());
    }

    /** The lines of the annotations of these types (all types when none is given), in their order. */
    public static List<String> of(List<Annotation> annotations, EntityType... types) {
        List<EntityType> wanted = Arrays.asList(types);
        return annotations.stream().filter(a -> wanted.isEmpty() || wanted.contains(a.type())).map(Spans::of).toList();
    }
}
