// The page shell every view loads: the header with the navigation, drawn from /api/views at load
// and again every few seconds, so a plugin's view appears when it is installed and goes when it
// is removed. The current view is the <body data-view="ID">.
import { api, el } from '/static/api.js';

const POLL_MILLIS = 3000;
let drawn = '';

async function drawNavigation() {
  const header = document.getElementById('vigie-header');
  if (!header) return;
  let views;
  try {
    views = await api('/api/views');
  } catch (error) {
    header.replaceChildren(el('p', { class: 'error', role: 'alert' }, `Navigation indisponible : ${error.message}`));
    return;
  }
  const key = JSON.stringify(views);
  if (key === drawn) return;
  drawn = key;
  const current = document.body.dataset.view;
  const items = views.filter((v) => v.menu).map((v) => el('li', {},
    el('a', { href: v.path, 'data-view': v.id, 'aria-current': v.id === current ? 'page' : null }, v.title)));
  header.replaceChildren(
    el('a', { class: 'brand', href: '/' }, 'Vigie'),
    el('nav', { 'aria-label': 'Vues du poste de travail' }, el('ul', { id: 'views' }, items)),
  );
}

drawNavigation();
setInterval(drawNavigation, POLL_MILLIS);
