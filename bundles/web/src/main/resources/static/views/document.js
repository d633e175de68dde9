// The Document view (?id=ID): metadata, the text with every stored annotation marked by type
// (the runs come cut at the spans' boundaries by the server), the entities with links, the copies.
import { api, el, links, typeName } from '/static/api.js';

const status = document.getElementById('status');

function metadata(meta) {
  const rows = [['Source', meta.source], ['Publié le', meta.published], ['Langue', meta.language],
    ['Adresse', meta.url], ['Fichier', meta.fileName], ['Importé le', meta.imported && new Date(meta.imported).toLocaleString('fr-FR')]];
  Object.entries(meta.tags || {}).forEach(([k, v]) => rows.push([k, v]));
  return rows.filter(([, v]) => v).flatMap(([k, v]) => [el('dt', {}, k), el('dd', {}, v)]);
}

function text(answer) {
  return answer.runs.map((run) => {
    const piece = answer.text.substring(run.begin, run.end);
    if (!run.marks.length) return piece;
    const covering = run.marks.map((i) => answer.marks[i]);
    const inner = covering[covering.length - 1];
    const title = covering.map((m) => `${typeName(m.type)} : ${m.text}${m.value && m.value !== m.text ? ` (${m.value})` : ''}`).join('\n');
    const mark = el('mark', { class: `t-${inner.type}`, title, 'data-type': inner.type }, piece);
    return inner.entityKey ? el('a', { href: links.entity(inner.entityKey), class: 'mention' }, mark) : mark;
  });
}

function legend(marks) {
  const types = [...new Set(marks.map((m) => m.type))];
  return types.map((t) => el('span', { class: `tag t-${t}` }, typeName(t)));
}

function entity(e) {
  return el('li', {}, el('a', { href: links.entity(e.key) }, e.name), ' ',
    el('span', { class: `tag t-${e.type}` }, typeName(e.type)), ' ',
    el('span', { class: 'count' }, `${e.mentionsHere} mention${e.mentionsHere > 1 ? 's' : ''}`));
}

function copy(c) {
  return el('li', {}, el('a', { href: links.document(c.id) }, c.title || c.id), ' ',
    el('span', { class: 'meta' }, [c.original ? 'original' : 'copie', c.source, c.published,
      `similarité ${Math.round(c.similarity * 100)} %`].filter(Boolean).join(' · ')));
}

async function show() {
  const id = new URLSearchParams(location.search).get('id');
  if (!id) {
    status.textContent = 'Aucun document demandé : ouvrez-en un depuis la recherche.';
    return;
  }
  try {
    const answer = await api(`/api/documents/${encodeURIComponent(id)}`);
    document.title = `${answer.metadata.title || answer.id} · Vigie`;
    document.getElementById('doc-title').textContent = answer.metadata.title || answer.id;
    document.getElementById('metadata').replaceChildren(...metadata(answer.metadata));
    document.getElementById('legend').replaceChildren(...legend(answer.marks));
    document.getElementById('text').replaceChildren(...text(answer));
    document.getElementById('entities').replaceChildren(...(answer.entities.length ? answer.entities.map(entity)
      : [el('li', {}, answer.extracted ? 'Aucune entité.' : 'Entités pas encore extraites (entities:extract).')]));
    document.getElementById('copies').replaceChildren(...(answer.copies.length ? answer.copies.map(copy) : [el('li', {}, 'Aucune.')]));
    status.textContent = `${answer.marks.length} annotations, ${answer.entities.length} entités.`;
  } catch (error) {
    status.textContent = `Erreur : ${error.message}`;
    status.className = 'error';
  }
}

show();
