// The Recherche view: the query in the address (?q=&offset=), results with marked snippets,
// facets that narrow the query, paging. Keyboard: "/" goes to the search field.
import { api, el, links, typeName } from '/static/api.js';

const LIMIT = 20;
const input = document.getElementById('q');
const status = document.getElementById('status');

function params() {
  const p = new URLSearchParams(location.search);
  return { q: p.get('q') || '', offset: Math.max(0, parseInt(p.get('offset') || '0', 10) || 0) };
}

function go(q, offset = 0) {
  const p = new URLSearchParams();
  if (q) p.set('q', q);
  if (offset) p.set('offset', String(offset));
  history.pushState(null, '', `${location.pathname}?${p}`);
  run();
}

function snippet(runs) {
  return runs.map((r) => (r.match ? el('mark', {}, r.text) : r.text));
}

function hit(h) {
  const meta = [h.source, h.published, h.language].filter(Boolean).join(' · ');
  return el('li', { class: 'hit' },
    el('h2', {}, el('a', { href: links.document(h.id) }, h.title || h.id)),
    el('p', { class: 'meta' }, meta),
    h.snippet.length ? el('p', { class: 'snippet' }, snippet(h.snippet)) : null);
}

function facetList(title, counts, narrow) {
  const entries = Object.entries(counts || {});
  if (!entries.length) return null;
  return el('section', { class: 'facet' }, el('h2', {}, title), el('ul', {}, entries.slice(0, 15).map(([value, count]) =>
    el('li', {}, narrow && value !== 'unknown'
      ? el('a', { href: '#', onclick: (e) => { e.preventDefault(); narrow(value); } }, value)
      : el('span', {}, value === 'unknown' ? 'inconnu' : value), ' ', el('span', { class: 'count' }, String(count))))));
}

function quote(value) {
  return `"${value.replaceAll('"', '\\"')}"`;
}

function monthRange(month) {
  const [y, m] = month.split('-').map(Number);
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `published:[${month}-01 TO ${month}-${String(last).padStart(2, '0')}]`;
}

function facets(query, f) {
  const and = (clause) => go(query ? `(${query}) AND ${clause}` : clause);
  const aside = document.getElementById('facets');
  const note = f.sampled ? el('p', { class: 'hint' }, `Filtres comptés sur les ${f.counted} premiers résultats.`) : null;
  const top = f.entities.length ? el('section', { class: 'facet' }, el('h2', {}, 'Entités principales'),
    el('ul', {}, f.entities.map((e) => el('li', {},
      el('a', { href: links.entity(e.key) }, e.name), ' ', el('span', { class: `tag t-${e.type}` }, typeName(e.type)),
      ' ', el('span', { class: 'count' }, String(e.mentions)))))) : null;
  aside.replaceChildren(...[note,
    facetList('Source', f.source, (v) => and(`source:${quote(v)}`)),
    facetList('Langue', f.language, (v) => and(`lang:${v}`)),
    facetList('Mois', f.month, (v) => and(monthRange(v))),
    facetList('Types d’entités', Object.fromEntries(Object.entries(f.entityType).map(([k, v]) => [typeName(k), v]))),
    top].filter(Boolean));
}

function pages(answer) {
  const nav = document.getElementById('pages');
  const prev = answer.offset > 0;
  const next = answer.offset + answer.hits.length < answer.total;
  nav.replaceChildren(
    prev ? el('a', { href: '#', rel: 'prev', onclick: (e) => { e.preventDefault(); go(answer.query, Math.max(0, answer.offset - LIMIT)); } }, '← Précédents') : '',
    el('span', {}, answer.total ? `${answer.offset + 1}–${answer.offset + answer.hits.length} sur ${answer.total}` : ''),
    next ? el('a', { href: '#', rel: 'next', onclick: (e) => { e.preventDefault(); go(answer.query, answer.offset + LIMIT); } }, 'Suivants →') : '');
}

async function run() {
  const { q, offset } = params();
  input.value = q;
  status.textContent = 'Recherche…';
  // the hits first, the facets (slower on a broad query) when they come
  const counted = api(`/api/search/facets?q=${encodeURIComponent(q)}`);
  try {
    const answer = await api(`/api/search?q=${encodeURIComponent(q)}&offset=${offset}&limit=${LIMIT}`);
    status.textContent = answer.total === 0 ? 'Aucun document ne correspond.'
      : `${answer.total} document${answer.total > 1 ? 's' : ''}${q ? '' : ' dans le corpus'}.`;
    document.getElementById('hits').replaceChildren(...answer.hits.map(hit));
    pages(answer);
  } catch (error) {
    status.textContent = `Erreur : ${error.message}`;
    status.className = 'error';
  }
  const aside = document.getElementById('facets');
  aside.setAttribute('aria-busy', 'true');
  try {
    facets(q, await counted);
  } catch (error) {
    aside.replaceChildren(el('p', { class: 'hint' }, `Filtres indisponibles : ${error.message}`));
  } finally {
    aside.removeAttribute('aria-busy');
  }
}

document.getElementById('search-form').addEventListener('submit', (e) => {
  e.preventDefault();
  status.className = '';
  go(input.value.trim());
});
document.addEventListener('keydown', (e) => {
  if (e.key === '/' && document.activeElement !== input) {
    e.preventDefault();
    input.focus();
  }
});
window.addEventListener('popstate', run);
run();
