package org.vigie.web.views.internal.http;

import java.io.IOException;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The views' JSON in and out: a request body read as a record (unknown fields refused, so a typo
 * in a field's name is an error, not a silent default), an answer written as JSON, and a problem
 * answered as {@code {"error": "..."}} with its status, as the workbench's other endpoints do.
 */
final class JsonExchange {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private JsonExchange() {
    }

    static <T> T body(HttpServletRequest request, Class<T> type) throws IOException {
        try {
            return MAPPER.readValue(request.getInputStream(), type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("corps de requête illisible : " + e.getOriginalMessage());
        }
    }

    static void answer(HttpServletResponse response, Object value) throws IOException {
        response.setContentType("application/json; charset=UTF-8");
        MAPPER.writeValue(response.getOutputStream(), value);
    }

    static void refuse(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        answer(response, Map.of("error", message));
    }
}
