// A demo clinic website on its own origin, embedding the check with the README's snippet.
// `npm run demo` serves it at http://localhost:4000 for an app at http://localhost:3000.
// The browser tests serve it on two more ports (two more origins) to test the allowlist.
//
// Query parameters (for trying things out): ?app=<origin of the check>, and any embed
// attribute to override the demo's value or set one it leaves out, e.g. ?theme-color=%23a00,
// ?clinic-phone=bad, ?theme=dark, ?start=skip or ?events=detailed.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';

const template = readFileSync(new URL('./clinic.html', import.meta.url), 'utf8');
const ports = (process.env.DEMO_PORTS ?? process.env.DEMO_PORT ?? '4000').split(',').map(Number);
const defaultApp = process.env.APP_ORIGIN ?? 'http://localhost:3000';

const DEMO_ATTRIBUTES = {
  'clinic-name': 'Riverside Health Centre',
  'clinic-phone': '+44 20 7946 0000',
  'emergency-number': '999',
  'theme-color': '#005eb8',
  lang: 'en',
};
// Attributes the demo leaves at the check's defaults (theme auto, the start page shown),
// which a query parameter can still set.
const QUERY_ONLY_ATTRIBUTES = ['theme', 'start', 'events'];

const escapeHtml = (text) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function appOrigin(value) {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : defaultApp;
  } catch {
    return defaultApp;
  }
}

function render(url) {
  const attributes = { ...DEMO_ATTRIBUTES };
  for (const name of [...Object.keys(DEMO_ATTRIBUTES), ...QUERY_ONLY_ATTRIBUTES]) {
    if (url.searchParams.has(name)) attributes[name] = url.searchParams.get(name);
  }
  if (url.searchParams.get('bare') === '1') for (const name of Object.keys(attributes)) delete attributes[name];
  const attrs = Object.entries(attributes)
    .map(([name, value]) => `${name}="${escapeHtml(value)}"`)
    .join(' ');
  // Functions, not strings, as replacements: a `$` in a value must stay literal.
  const origin = escapeHtml(appOrigin(url.searchParams.get('app') ?? defaultApp));
  return template.replaceAll('{{APP_ORIGIN}}', () => origin).replace('{{ATTRIBUTES}}', () => attrs);
}

for (const port of ports) {
  createServer((request, response) => {
    const url = new URL(request.url ?? '/', `http://localhost:${port}`);
    if (url.pathname === '/favicon.ico') {
      response.writeHead(204).end();
      return;
    }
    if (url.pathname !== '/' && url.pathname !== '/index.html') {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
      return;
    }
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' }).end(render(url));
  }).listen(port, '127.0.0.1', () => console.log(`demo clinic: http://127.0.0.1:${port}/ (check at ${defaultApp})`));
}
