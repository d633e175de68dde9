package org.vigie.ioc.internal.web;

import java.io.IOException;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vigie.entities.api.EntityIndex;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code GET /api/indicateurs}: the indicators extracted, by kind ({@link IndicatorList}). The
 * pattern is a plain property for the reason {@link IndicatorsView} gives.
 */
@Component(service = Servlet.class, property = "osgi.http.whiteboard.servlet.pattern=/api/indicateurs")
public class IndicatorsServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final transient IndicatorList indicators;

    @Activate
    public IndicatorsServlet(@Reference EntityIndex index) {
        this.indicators = new IndicatorList(index);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("application/json; charset=UTF-8");
        JSON.writeValue(response.getOutputStream(), indicators.kinds());
    }
}
