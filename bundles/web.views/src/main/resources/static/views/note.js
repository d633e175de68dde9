// The Note view: a selection and sections chosen, the PDF written by the briefing service
// (POST /api/briefing), then a link to download it.
import { api, el } from '/static/api.js';

const form = document.getElementById('briefing-form');
const status = document.getElementById('status');

async function sections() {
  try {
    const offered = await api('/api/briefing/sections');
    document.getElementById('sections').append(...offered.map((s) => el('label', {},
      el('input', { type: 'checkbox', name: 'sections', value: s.id, checked: true }), ` ${s.title}`)));
  } catch (error) {
    status.replaceChildren(el('span', { class: 'error' }, error.message));
  }
}

async function write(event) {
  event.preventDefault();
  const data = new FormData(form);
  const body = { sections: data.getAll('sections') };
  ['q', 'from', 'to', 'entity', 'title', 'marking'].forEach((name) => { body[name] = data.get(name) || null; });
  status.textContent = 'Écriture de la note…';
  document.getElementById('download').replaceChildren();
  try {
    const written = await api('/api/briefing', { method: 'POST', body });
    status.textContent = `Note écrite : ${written.pages} pages, ${written.documents} documents, sections ${written.sections.join(', ')}.`
      + (written.problems.length ? ` Problèmes : ${written.problems.join(' ; ')}` : '');
    document.getElementById('download').replaceChildren(el('a', { href: `/api/briefing/${written.id}.pdf`, id: 'download-link',
      download: 'note-vigie.pdf' }, 'Télécharger le PDF'));
  } catch (error) {
    status.replaceChildren(el('span', { class: 'error' }, error.message));
  }
}

form.addEventListener('submit', write);
sections();
