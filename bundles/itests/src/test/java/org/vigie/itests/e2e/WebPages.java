package org.vigie.itests.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Pages and scripts the browser tests and bench/web-graph-layout share. */
final class WebPages {

    private WebPages() {
    }

    /**
     * Draws a random graph (seeded: the same on every run) of {@code arguments[0]} nodes and
     * {@code arguments[1]} edges with VigieGraph, then answers the node count, the layout time and
     * the share of nodes that overlap another (closer to it than the two radii).
     */
    static final String DRAW_RANDOM_GRAPH = """
            var done = arguments[arguments.length - 1], n = arguments[0], m = arguments[1], seed = 7;
            function random() { seed = (seed * 16807) % 2147483647; return seed / 2147483647; }
            var types = ['PERSON', 'ORGANIZATION', 'LOCATION', 'EVENT', 'LAW'], nodes = [], edges = [];
            for (var i = 0; i < n; i++) nodes.push({id: 'n' + i, label: 'Entité ' + i, type: types[i % 5], mentions: 1, weight: 1 + Math.floor(50 / (1 + i))});
            for (var j = 0; j < m; j++) { var a = Math.floor(Math.pow(random(), 2) * n), b = Math.floor(random() * n); if (a !== b) edges.push({source: 'n' + a, target: 'n' + b, weight: 1 + Math.floor(random() * 5)}); }
            window.opened = [];
            VigieGraph.draw(document.getElementById('graph'), {nodes: nodes, edges: edges}, function (id) { window.opened.push(id); })
              .then(function (drawn) {
                window.drawn = drawn;
                var ns = drawn.cy.nodes(), overlapping = 0;
                for (var p = 0; p < ns.length; p++) { for (var q = 0; q < ns.length; q++) { if (p === q) continue;
                  var a = ns[p].position(), b = ns[q].position();
                  if (Math.hypot(a.x - b.x, a.y - b.y) < (ns[p].width() + ns[q].width()) / 2) { overlapping++; break; } } }
                done({nodes: ns.length, millis: drawn.millis, overlapping: overlapping / ns.length});
              }, function (e) { done({error: String(e)}); });
            """;

    /** A page in {@code dir} with the web.views bundle's graph library and graph.js, and a 1200×800 container. */
    static Path graphPage(Path dir) throws IOException {
        StringBuilder html = new StringBuilder("<!doctype html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>graphe</title>");
        for (String script : new String[] {"lib/cytoscape.min.js", "lib/layout-base.js", "lib/cose-base.js",
                "lib/cytoscape-fcose.js", "graph.js"}) {
            html.append("<script src=\"").append(Chromium.staticFile(script)).append("\"></script>");
        }
        html.append("</head><body><div id=\"graph\" style=\"width:1200px;height:800px\"></div></body></html>");
        Path page = dir.resolve("graph.html");
        Files.writeString(page, html, StandardCharsets.UTF_8);
        return page;
    }
}
