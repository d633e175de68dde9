// Calls to the workbench's JSON API. Every state-changing request carries the CSRF value, read
// from the cookie the server set when the token was presented (vigie_csrf_PORT, SameSite=Strict).

export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

function csrf() {
  const name = `vigie_csrf_${location.port}=`;
  const found = document.cookie.split('; ').find((c) => c.startsWith(name));
  return found ? found.substring(name.length) : '';
}

export async function api(path, { method = 'GET', body } = {}) {
  const headers = { Accept: 'application/json' };
  if (method !== 'GET' && method !== 'HEAD') {
    headers['X-Vigie-CSRF'] = csrf();
  }
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  const response = await fetch(path, {
    method, headers, credentials: 'same-origin',
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  let data = null;
  try {
    data = text ? JSON.parse(text) : null;
  } catch {
    data = { error: text.trim() };
  }
  if (!response.ok) {
    throw new ApiError(response.status, (data && data.error) || `erreur ${response.status}`);
  }
  return data;
}

// Builds an element: el('a', { href: '/x', class: 'y' }, 'text', child). Text goes in text nodes only.
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key.startsWith('on')) node.addEventListener(key.substring(2), value);
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

// Where the views live: links between views go through these.
export const links = {
  document: (id) => `/vues/document?id=${encodeURIComponent(id)}`,
  entity: (key) => `/vues/entite?key=${encodeURIComponent(key)}`,
  search: (q) => `/vues/recherche?q=${encodeURIComponent(q)}`,
};

export const typeNames = {
  PERSON: 'Personne', ORGANIZATION: 'Organisation', LOCATION: 'Lieu', EVENT: 'Événement', LAW: 'Texte de loi',
  DATE: 'Date', QUANTITY: 'Quantité',
};

export function typeName(type) {
  return typeNames[type] || type.charAt(0) + type.substring(1).toLowerCase().replaceAll('_', ' ');
}
