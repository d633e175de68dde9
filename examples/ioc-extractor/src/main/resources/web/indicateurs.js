// The Indicateurs view of the ioc-extractor plugin: the indicators extracted, by kind, each a link
// to the workbench's entity view.
import { api, el, links } from '/static/api.js';

const status = document.getElementById('status');

async function show() {
  try {
    const kinds = await api('/api/indicateurs');
    const total = kinds.reduce((n, k) => n + k.indicators.length, 0);
    status.textContent = total ? `${total} indicateurs de ${kinds.length} sortes.`
      : 'Aucun indicateur extrait : lancez entities:extract --all depuis que le greffon est installé.';
    document.getElementById('kinds').replaceChildren(...kinds.map((k) => el('li', {},
      el('h2', {}, `${k.kind} (${k.indicators.length})`),
      el('ul', {}, k.indicators.map((i) => el('li', {}, el('a', { href: links.entity(i.key) }, el('code', {}, i.value)),
        ' ', el('span', { class: 'count' }, `${i.mentions} mentions · ${i.documents} doc.`)))))));
  } catch (error) {
    status.replaceChildren(el('span', { class: 'error' }, error.message));
  }
}

show();
