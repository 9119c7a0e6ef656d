// The e2e tests' web server: serves a fresh copy of dist/ (tests may change files in it; dist/ stays as built) and
// sends the headers of dist/_headers, so the tests run under the Content-Security-Policy as an HTTP header, as a host
// like Netlify or Cloudflare Pages would send it.  Usage: node test/e2e/serve.mjs <port> <copy-folder> [<built-folder>]
// (the built folder is dist/ unless given: the pseudo-locale build is served from its own).
import { cpSync, existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const [port, root] = [Number(process.argv[2]), process.argv[3]];
const dist = process.argv[4] ?? join(import.meta.dirname, '../../dist');
if (!existsSync(join(dist, 'index.html')))
  throw new Error(`${dist} is missing: run \`npm run build\` (and \`npm run build:pseudo\`) first.`);
rmSync(root, { recursive: true, force: true });
cpSync(dist, root, { recursive: true });

/** Rules of a `_headers` file: [path pattern, [name, value][]]. */
function readHeaders(text) {
  const rules = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push([line.trim(), []]);
    else {
      const i = line.indexOf(':');
      rules.at(-1)[1].push([line.slice(0, i).trim(), line.slice(i + 1).trim()]);
    }
  }
  return rules;
}
const rules = existsSync(join(root, '_headers')) ? readHeaders(readFileSync(join(root, '_headers'), 'utf8')) : [];
const matches = (pattern, path) => (pattern.endsWith('/*') ? path.startsWith(pattern.slice(0, -1)) : pattern === path);

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json',
};

createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  let path;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    path = '/';
  }
  let file = normalize(join(root, path));
  if (!file.startsWith(root + sep) && file !== root) file = join(root, '404.html');
  let status = 200;
  if (existsSync(file) && statSync(file).isDirectory()) {
    if (!path.endsWith('/')) {
      res.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
      return;
    }
    file = join(file, 'index.html');
  }
  if (!existsSync(file) || statSync(file).isDirectory()) {
    file = join(root, '404.html');
    status = 404;
  }
  const headers = { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' };
  for (const [pattern, list] of rules) if (matches(pattern, url.pathname)) for (const [k, v] of list) headers[k] = v;
  const body = readFileSync(file);
  res.writeHead(status, headers).end(req.method === 'HEAD' ? undefined : body);
}).listen(port, '127.0.0.1', () => console.log(`serving a copy of dist/ at http://127.0.0.1:${port}/`));
