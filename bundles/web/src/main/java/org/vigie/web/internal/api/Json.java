package org.vigie.web.internal.api;

import java.io.IOException;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import jakarta.servlet.http.HttpServletResponse;

/** Writes the JSON API's answers and its errors ({@code {"error": "..."}}) with one Jackson mapper. */
public final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    private Json() {
    }

    public static void write(HttpServletResponse response, Object value) throws IOException {
        response.setContentType("application/json; charset=UTF-8");
        MAPPER.writeValue(response.getOutputStream(), value);
    }

    /** A one-line French error the page shows as it is. */
    public static void error(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        write(response, Map.of("error", message));
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }
}
