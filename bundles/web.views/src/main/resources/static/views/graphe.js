// The Graphe view: the co-occurrence network of a selection (/api/graph), drawn by VigieGraph
// (graph.js, Cytoscape.js + fCoSE); a click on a node, or a link of the list, opens the entity.
import { api, el, links, typeName } from '/static/api.js';

const form = document.getElementById('graph-form');
const status = document.getElementById('status');

function query() {
  const data = new FormData(form);
  const params = new URLSearchParams();
  ['q', 'from', 'to', 'min', 'nodes'].forEach((name) => { if (data.get(name)) params.set(name, data.get(name)); });
  params.set('types', data.getAll('types').join(','));
  return params;
}

async function draw(event) {
  if (event) event.preventDefault();
  const params = query();
  history.replaceState(null, '', `?${params}`);
  status.textContent = 'Calcul du graphe…';
  try {
    const graph = await api(`/api/graph?${params}`);
    status.textContent = `${graph.nodes.length} entités, ${graph.edges.length} liens — ${graph.documents} documents (${graph.scope}). Mise en page…`;
    const drawn = await window.VigieGraph.draw(document.getElementById('graph'), graph, (id) => { location.href = links.entity(id); });
    window.vigieGraph = drawn.cy; // the browser tests and the benchmark read the drawn graph
    document.body.dataset.layoutMillis = drawn.millis;
    status.textContent = `${graph.nodes.length} entités, ${graph.edges.length} liens — ${graph.documents} documents (${graph.scope}); `
      + `mise en page en ${drawn.millis} ms.`;
    document.getElementById('legend-nodes').replaceChildren(...graph.nodes.slice(0, 30).map((n) => el('li', {},
      el('a', { href: links.entity(n.id) }, n.label), ' ', el('span', { class: `tag t-${n.type}` }, typeName(n.type)),
      ' ', el('span', { class: 'count' }, `poids ${n.weight}`))));
  } catch (error) {
    status.replaceChildren(el('span', { class: 'error' }, error.message));
  }
}

const given = new URLSearchParams(location.search);
['q', 'from', 'to', 'min', 'nodes'].forEach((name) => { if (given.get(name)) form.elements[name].value = given.get(name); });
if (given.get('types')) {
  const kept = given.get('types').split(',');
  form.querySelectorAll('input[name=types]').forEach((box) => { box.checked = kept.includes(box.value); });
}
form.addEventListener('submit', draw);
draw();
