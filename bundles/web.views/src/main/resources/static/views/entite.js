// The Entité view (?key=KEY): facts, mentions in context (the name marked by its offsets in the
// sentence), neighbours, timeline, curation history; the actions append to the curation log.
import { api, el, links, typeName } from '/static/api.js';

const params = new URLSearchParams(location.search);
let key = params.get('key');
const status = document.getElementById('status');
const said = document.getElementById('action-status');

function facts(e) {
  const rows = [['Type', typeName(e.type)], ['Alias', e.aliases.join(' · ')], ['Fonctions', e.roles.join(' · ')],
    ['Affiliations', e.affiliations.join(' · ')], ['Mentions', `${e.mentionCount} dans ${e.documentCount} documents`],
    ['Clé', e.key]];
  return rows.filter(([, v]) => v).flatMap(([k, v]) => [el('dt', {}, k), el('dd', {}, v)]);
}

function mention(m, i) {
  const s = m.sentence;
  return el('li', {},
    el('input', { type: 'checkbox', class: 'split-pick', id: `pick-${i}`, value: m.documentId,
      'aria-label': `séparer le document ${m.title || m.documentId}` }), ' ',
    el('q', {}, s.substring(0, m.begin), el('mark', {}, s.substring(m.begin, m.end)), s.substring(m.end)), ' ',
    el('a', { href: links.document(m.documentId), class: 'meta' }, [m.title || m.documentId.substring(0, 12), m.published]
      .filter(Boolean).join(' · ')));
}

function timeline(months) {
  const max = Math.max(1, ...months.map((m) => m.mentions));
  return months.map((m) => {
    const bar = el('span', { class: 'bar' });
    bar.style.width = `${Math.round(100 * m.mentions / max)}%`;
    return el('tr', {}, el('th', { scope: 'row' }, m.month), el('td', { class: 'bar-cell' }, bar), el('td', {}, m.mentions));
  });
}

function history(rows) {
  return rows.map((h) => el('tr', {}, el('td', {}, h.at.substring(0, 16).replace('T', ' ')), el('td', {}, h.by),
    el('td', {}, h.action), el('td', {}, h.detail || h.targets.join(' + ')), el('td', {}, h.note), el('td', {}, h.status)));
}

async function show() {
  if (!key) {
    status.textContent = 'Aucune entité demandée : ouvrez-en une depuis un document ou le graphe.';
    return;
  }
  try {
    const e = await api(`/api/entity?key=${encodeURIComponent(key)}`);
    key = e.key;
    document.title = `${e.name} · Vigie`;
    document.getElementById('entity-name').replaceChildren(e.name, ' ', el('span', { class: `tag t-${e.type}` }, typeName(e.type)));
    document.getElementById('facts').replaceChildren(...facts(e));
    document.getElementById('mentions').replaceChildren(...e.mentions.map(mention));
    document.getElementById('neighbours').replaceChildren(...(e.coOccurring.length ? e.coOccurring.map((n) => el('li', {},
      el('a', { href: links.entity(n.key) }, n.label || n.name), ' ', el('span', { class: `tag t-${n.type}` }, typeName(n.type)),
      ' ', el('span', { class: 'count' }, `${n.sentences} phrases`))) : [el('li', {}, 'Aucune.')]));
    document.querySelector('#timeline tbody').replaceChildren(...timeline(e.timeline));
    document.getElementById('dated').replaceChildren(...(e.dated.length ? e.dated.map((d) => el('li', {},
      el('strong', {}, d.date), ' ', el('a', { href: links.document(d.documentId) }, d.sentence))) : [el('li', {}, 'Aucune.')]));
    document.querySelector('#history tbody').replaceChildren(...(e.history.length ? history(e.history)
      : [el('tr', {}, el('td', { colspan: 6 }, 'Aucune décision sur cette entité.'))]));
    status.textContent = `${e.mentions.length} mentions montrées sur ${e.mentionCount}.`;
  } catch (error) {
    status.replaceChildren(el('span', { class: 'error' }, error.message));
  }
}

function note() {
  return document.getElementById('note').value;
}

async function act(action, body, event) {
  event.preventDefault();
  try {
    const answer = await api(`/api/curation/${action}`, { method: 'POST', body: { ...body, note: note() } });
    said.textContent = `Décision ${answer.decisions.map((d) => d.id.substring(0, 8)).join(', ')} enregistrée (${action}).`;
    if (action === 'merge' || action === 'rename') {
      const target = action === 'merge' ? body.as || null : body.newName;
      if (target) key = target;
    }
    await show();
  } catch (error) {
    said.replaceChildren(el('span', { class: 'error' }, error.message));
  }
}

document.getElementById('merge-form').addEventListener('submit', (event) => act('merge',
  { names: [key, document.getElementById('merge-with').value], as: document.getElementById('merge-as').value }, event));
document.getElementById('rename-form').addEventListener('submit', (event) => act('rename',
  { name: key, newName: document.getElementById('rename-to').value }, event));
document.getElementById('split-form').addEventListener('submit', (event) => act('split',
  { name: key, documents: [...new Set([...document.querySelectorAll('.split-pick:checked')].map((c) => c.value))] }, event));
document.getElementById('reject-form').addEventListener('submit', (event) => act('reject', { name: key }, event));
document.getElementById('undo-form').addEventListener('submit', (event) => act('undo', {}, event));

show();
