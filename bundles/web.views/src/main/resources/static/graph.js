/*
 * The co-occurrence graph drawn with Cytoscape.js and the fCoSE layout (static/lib, from the npm
 * registry at build time). VigieGraph.draw(container, graph, open) draws the JSON the graph
 * endpoint answers ({nodes: [{id, label, type, mentions, weight}], edges: [{source, target, weight}]})
 * and resolves with {cy, millis} once the layout is done; a click (tap) or Enter on a node calls
 * open(id). At 500 nodes only the heaviest nodes' labels show until the analyst zooms in.
 */
(function () {
  'use strict';
  if (window.cytoscapeFcose && !window.VigieGraph) {
    cytoscape.use(window.cytoscapeFcose);
  }
  // the node fills are the borders of the workbench's type tags (vigie.css); labels are dark on white
  var COLOURS = {PERSON: '#1d4ed8', ORGANIZATION: '#15803d', LOCATION: '#a16207', EVENT: '#be185d', LAW: '#6d28d9'};

  function elements(graph) {
    var max = graph.nodes.reduce(function (m, n) { return Math.max(m, n.weight); }, 1);
    var labelled = graph.nodes.length > 80 ? 40 : graph.nodes.length;
    var nodes = graph.nodes.map(function (n, i) {
      return {data: {id: n.id, label: n.label, type: n.type, size: 12 + 38 * Math.sqrt(n.weight / max),
        shown: i < labelled ? n.label : ''}};
    });
    var edges = graph.edges.map(function (e, i) {
      return {data: {id: 'e' + i, source: e.source, target: e.target, weight: e.weight}};
    });
    return nodes.concat(edges);
  }

  function style() {
    return [
      {selector: 'node', style: {'width': 'data(size)', 'height': 'data(size)', 'label': 'data(shown)',
        'background-color': function (n) { return COLOURS[n.data('type')] || '#555555'; },
        'font-size': 13, 'color': '#111111', 'text-background-color': '#ffffff', 'text-background-opacity': 0.85,
        'text-background-padding': 1, 'text-valign': 'bottom', 'text-margin-y': 2, 'min-zoomed-font-size': 5}},
      {selector: 'node:selected, node.focus', style: {'label': 'data(label)', 'border-width': 3, 'border-color': '#111111'}},
      {selector: 'edge', style: {'width': 'mapData(weight, 1, 20, 1, 6)', 'line-color': '#7a7a7a', 'opacity': 0.45,
        'curve-style': 'haystack'}}
    ];
  }

  function draw(container, graph, open) {
    var started = performance.now();
    var cy = cytoscape({container: container, elements: elements(graph), style: style(), wheelSensitivity: 0.3,
      minZoom: 0.05, maxZoom: 6});
    cy.on('tap', 'node', function (event) { open(event.target.id()); });
    cy.on('mouseover', 'node', function (event) { event.target.addClass('focus'); });
    cy.on('mouseout', 'node', function (event) { event.target.removeClass('focus'); });
    // a crowded graph needs strong repulsion to keep its nodes apart (GraphLayoutTest); a small one
    // would be spread so thin that its labels shrink out of reading when fitted
    var crowded = graph.nodes.length > 150;
    return new Promise(function (resolve) {
      var layout = cy.layout({name: window.cytoscapeFcose ? 'fcose' : 'cose', animate: false, randomize: true,
        quality: 'default', nodeRepulsion: crowded ? 400000 : 30000, idealEdgeLength: crowded ? 150 : 90,
        edgeElasticity: 0.3, gravity: 0.05,
        nodeSeparation: 40, numIter: 1000, samplingType: true, sampleSize: 25, packComponents: true});
      layout.one('layoutstop', function () {
        cy.fit(undefined, 20);
        resolve({cy: cy, millis: Math.round(performance.now() - started)});
      });
      layout.run();
    });
  }

  window.VigieGraph = {draw: draw, colours: COLOURS};
})();
