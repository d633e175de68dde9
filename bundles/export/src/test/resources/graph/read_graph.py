"""Reads a GraphML or GEXF file with NetworkX and prints it as one JSON object:
{"nodes": {id: {attr: value}}, "edges": [[source, target, {attr: value}]]}.
Used by the Java tests to check that a real reader reads what Vigie writes."""
import json
import sys

import networkx

path, kind = sys.argv[1], sys.argv[2]
graph = networkx.read_graphml(path) if kind == "graphml" else networkx.read_gexf(path)
print(json.dumps({
    "directed": graph.is_directed(),
    "nodes": {node: data for node, data in graph.nodes(data=True)},
    "edges": [[a, b, data] for a, b, data in graph.edges(data=True)],
}, ensure_ascii=False))
