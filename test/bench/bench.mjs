// npm run bench: page weight, script cost and search speed of the built site, served with gzip like a static host,
// measured in Chromium; and build time at the real size and with 1,000 generated extra articles. Not part of npm test.
import { createServer } from 'node:http';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  mkdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../e2e/chromium.ts';

const ROOT = join(import.meta.dirname, '../..');
const PAGE = '/causes/txn_pending_unknown/';
const COLD_QUERY = '顾客付了钱没到';
// Later queries, each typed into the emptied box (so searched at once); `work` is the search code's own time.
const WARM_QUERIES = ['只收不付', '收款码被换了', '扣了两次钱', 'T+1 结算', '商户号冻结'];
const TYPES = {
  '.html': 'text/html',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
};

function build(root, env = {}) {
  const start = performance.now();
  execFileSync('npx', ['astro', 'build'], { cwd: root, env: { ...process.env, ...env }, stdio: 'ignore' });
  return (performance.now() - start) / 1000;
}

/** Serves a folder with gzip for text, like a typical static host; `server.sent` lists each response's body bytes. */
function serve(dir) {
  const sent = [];
  const server = createServer((req, res) => {
    let path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (path.endsWith('/')) path += 'index.html';
    const file = join(dir, path);
    if (!existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    let body = readFileSync(file);
    const headers = { 'content-type': type, 'cache-control': 'no-cache' };
    if (/text|json|svg|javascript/.test(type) && /gzip/.test(req.headers['accept-encoding'] ?? '')) {
      body = gzipSync(body);
      headers['content-encoding'] = 'gzip';
    }
    sent.push({ path, bytes: body.length });
    res.writeHead(200, headers).end(body);
  });
  server.sent = sent;
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/**
 * Resolves when the header panel shows results for that very query (not the previous one's). Checked on every frame:
 * a locator's waitFor() backs off to half-second polls and would round the timings up.
 */
const shown = (page, q) =>
  page.waitForFunction(
    (query) => document.querySelector(`[data-search-panel][data-for="${CSS.escape(query)}"]:not([hidden]) a`),
    q,
    { polling: 'raf' },
  );

/** The search code every page warms up at idle (bundle, its strings, Pagefind's worker, index entry, synonyms). */
const SEARCH_WARMUP = /^\/_astro\/(search-ui|zh-CN-search)[^/]*\.js$|^\/pagefind\/|^\/search\/data\.json$/;
const isWarmup = (path) => SEARCH_WARMUP.test(path);
/** The search bundle and Pagefind's files: what a page's own JavaScript excludes (the strings chunk is shared with islands). */
const searchCode = (path) => /^\/_astro\/search-ui\.js$|^\/pagefind\//.test(path);

/** Loads the cause page in a fresh browser context and measures what it costs; search bytes as the server sent them. */
async function measurePage(browser, server) {
  const base = `http://127.0.0.1:${server.address().port}`;
  // Service workers blocked: this measures the page itself; measureOffline measures the precache separately.
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  const fetched = [];
  const record = async (request) => {
    const response = await request.response();
    const sizes = await request.sizes();
    const body = response ? await response.body().catch(() => Buffer.alloc(0)) : Buffer.alloc(0);
    fetched.push({
      url: request.url(),
      type: request.resourceType(),
      bytes: sizes.responseBodySize + sizes.responseHeadersSize,
      decoded: body.length,
    });
  };
  const pending = [];
  context.on('requestfinished', (r) => pending.push(record(r)));
  const settle = async () => {
    await page.waitForLoadState('networkidle');
    await Promise.all(pending.splice(0));
  };
  // The page itself: everything fetched until the load event. After it, at idle, the search warms up (the worker, its
  // WebAssembly and index entry, the search bundle): counted apart, since the reader waits for none of it.
  server.sent.length = 0;
  await page.goto(base + PAGE, { waitUntil: 'load' });
  await settle();
  const load = fetched.splice(0).filter((r) => !isWarmup(new URL(r.url).pathname));
  // Counted at the server: Playwright reports no body size for what Pagefind's worker fetches.
  const warmup = server.sent.splice(0).filter((r) => isWarmup(r.path));
  const byType = {};
  for (const r of load) byType[r.type] = (byType[r.type] ?? 0) + r.bytes;
  const total = load.reduce((s, r) => s + r.bytes, 0);
  // Inline module scripts run too: count their source with the fetched ones.
  const inline = await page.evaluate(() =>
    [...document.querySelectorAll('script:not([src])')].reduce((n, s) => n + new Blob([s.textContent ?? '']).size, 0),
  );
  const jsDecoded = inline + load.filter((r) => r.type === 'script').reduce((s, r) => s + r.decoded, 0);
  const warmupBytes = warmup.reduce((s, r) => s + r.bytes, 0);

  const box = page.locator('#site-search');
  // A query counts as answered when the panel shows results for that very query (not the previous one's).
  const answered = (q) => shown(page, q);
  // Counted at the server: Playwright reports no body size for what Pagefind's worker fetches.
  server.sent.length = 0;
  const fetchedSince = async () => {
    await settle();
    const got = server.sent.splice(0);
    const byKind = {};
    for (const r of got) {
      const kind = r.path.replace(/^\/pagefind\/(\w+)\/.*$/, 'pagefind $1 chunks');
      byKind[kind] = (byKind[kind] ?? 0) + r.bytes;
    }
    return { bytes: got.reduce((s, r) => s + r.bytes, 0), requests: got.length, byKind };
  };
  // Time in the search code itself (Pagefind runs, merging, fragments), measured by the page: no typing pause.
  const lastSearchWork = () =>
    page.evaluate(() => Math.round(performance.getEntriesByName('search-work').at(-1)?.duration ?? NaN));
  // The first query is timed from focusing the box (that is when the search code starts loading), as a reader waits.
  const start = Date.now();
  await box.focus();
  await box.fill(COLD_QUERY);
  await answered(COLD_QUERY);
  const cold = { ms: Date.now() - start, work: await lastSearchWork(), ...(await fetchedSince()) };
  const warm = [];
  for (const q of WARM_QUERIES) {
    await box.fill('');
    await page.locator('[data-search-panel]').waitFor({ state: 'hidden' });
    const t0 = Date.now();
    await box.fill(q);
    await answered(q);
    warm.push({ q, ms: Date.now() - t0, work: await lastSearchWork(), ...(await fetchedSince()) });
  }
  await context.close();
  return { total, byType, jsDecoded, requests: load.length, warmupBytes, warmup, cold, warm };
}

/** The worst case: the reader types the first question the moment the page shows, before the idle warm-up has run. */
async function measureEarly(browser, server) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(`http://127.0.0.1:${server.address().port}${PAGE}`, { waitUntil: 'domcontentloaded' });
  const box = page.locator('#site-search');
  const start = Date.now();
  await box.focus();
  await box.fill(COLD_QUERY);
  await shown(page, COLD_QUERY);
  const ms = Date.now() - start;
  await context.close();
  return ms;
}

/** JavaScript a page makes the browser fetch on load (transferred bytes, gzip), e.g. the wizard's island; not the search warm-up. */
async function pageJs(browser, url) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const sizes = [];
  context.on('requestfinished', (r) => {
    if (r.resourceType() === 'script' && !searchCode(new URL(r.url()).pathname))
      sizes.push(r.sizes().then((s) => s.responseBodySize + s.responseHeadersSize));
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  const total = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
  await context.close();
  return total;
}

/** Files the service worker precaches (from the manifest inside dist/sw.js), raw and gzip sizes. */
function precacheSize(dist) {
  const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
  const urls = [...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1]);
  let raw = 0;
  let gz = 0;
  for (const url of urls) {
    const body = readFileSync(join(dist, url));
    raw += body.length;
    gz +=
      /\.(png|wasm|pf_\w+)$/.test(url) || (url.includes('/pagefind/') && !/\.(js|json|css)$/.test(url))
        ? body.length
        : gzipSync(body).length;
  }
  return { files: urls.length, raw, gz };
}

/** First visit with the service worker: what it downloads to precache and how long until the site works offline; then an offline search. */
async function measureOffline(browser, base) {
  const context = await browser.newContext();
  const page = await context.newPage();
  let swBytes = 0;
  const pending = [];
  context.on('requestfinished', (r) => {
    if (r.serviceWorker()) pending.push(r.sizes().then((s) => (swBytes += s.responseBodySize + s.responseHeadersSize)));
  });
  const start = Date.now();
  await page.goto(base + PAGE);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller)
      await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
  });
  const readyMs = Date.now() - start;
  await Promise.all(pending);
  await context.setOffline(true);
  const offlinePage = await context.newPage();
  await offlinePage.goto(base + PAGE);
  const box = offlinePage.locator('#site-search');
  const answered = (q) => shown(offlinePage, q);
  const t0 = Date.now();
  await box.focus();
  await box.fill(COLD_QUERY);
  await answered(COLD_QUERY);
  const coldMs = Date.now() - t0;
  await box.fill('');
  await offlinePage.locator('[data-search-panel]').waitFor({ state: 'hidden' });
  const t1 = Date.now();
  await box.fill(WARM_QUERIES[0]);
  await answered(WARM_QUERIES[0]);
  const warmMs = Date.now() - t1;
  await context.close();
  return { swBytes, readyMs, coldMs, warmMs };
}

/** Copies the project to a temporary folder and adds `count` generated guides. */
function bigCopy(count) {
  const dir = mkdtempSync(join(tmpdir(), 'bench-big-'));
  for (const name of ['package.json', 'tsconfig.json', 'astro.config.mjs', 'src', 'content', 'public'])
    cpSync(join(ROOT, name), join(dir, name), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  const guides = join(dir, 'content/guides');
  mkdirSync(guides, { recursive: true });
  for (let i = 0; i < count; i++) {
    const id = `generated-${String(i).padStart(4, '0')}`;
    const body = Array.from(
      { length: 6 },
      (_, k) =>
        `## 第 ${k + 1} 节\n\n门店 ${i} 号在第 ${k + 1} 次对账时发现扫码收款到账时间和结算周期不一致，店长查单后确认是结算日顺延，记录单号后等待到账。\n`,
    ).join('\n');
    writeFileSync(
      join(guides, `${id}.mdx`),
      `---\nid: ${id}\ntitle: 生成的测试指南 ${i}\nsummary: 用于测量一千篇文章时的构建时间和页面大小。\naudience: [manager]\norder: ${100 + i}\nreviewed: 2026-11-26\n---\n\n${body}`,
    );
  }
  return dir;
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const sum = (xs, key) => xs.reduce((s, x) => s + x[key], 0);
const warmup = (m) => `${kb(m.warmupBytes)} in ${m.warmup.length} requests`;
const coldBytes = (m) => `${kb(m.cold.bytes)} in ${m.cold.requests} requests`;
const warmMs = (m, key) => `${median(m.warm.map((w) => w[key]))} ms`;
const warmWork = (m) => `${median(m.warm.map((w) => w.work))} / ${Math.max(...m.warm.map((w) => w.work))} ms`;

async function main() {
  const realBuild = build(ROOT);
  const executablePath = chromiumPath();
  const browser = await chromium.launch({ args: CHROMIUM_ARGS, ...(executablePath ? { executablePath } : {}) });
  const server = await serve(join(ROOT, 'dist'));
  const real = await measurePage(browser, server);
  real.earlyMs = await measureEarly(browser, server);
  const diagnoseJs = await pageJs(browser, `http://127.0.0.1:${server.address().port}/diagnose/`);
  const quizJs = await pageJs(browser, `http://127.0.0.1:${server.address().port}/training/monthly/`);
  const offlineRun = await measureOffline(browser, `http://127.0.0.1:${server.address().port}`);
  const precache = precacheSize(join(ROOT, 'dist'));
  server.close();

  const big = bigCopy(1000);
  const bigBuild = build(big);
  const bigServer = await serve(join(big, 'dist'));
  const large = await measurePage(browser, bigServer);
  large.earlyMs = await measureEarly(browser, bigServer);
  bigServer.close();
  await browser.close();
  rmSync(big, { recursive: true, force: true });

  const rows = [
    ['cause page first load (transferred)', kb(real.total), kb(large.total)],
    ...Object.keys(real.byType).map((t) => [`  of which ${t}`, kb(real.byType[t]), kb(large.byType[t] ?? 0)]),
    ['JS executed before search is used', kb(real.jsDecoded), kb(large.jsDecoded)],
    ['search warm-up at idle after load (fetched)', warmup(real), warmup(large)],
    ['first search: focus to results', `${real.cold.ms} ms`, `${large.cold.ms} ms`],
    ['first search typed before the warm-up ran', `${real.earlyMs} ms`, `${large.earlyMs} ms`],
    ['first search: of which search work', `${real.cold.work} ms`, `${large.cold.work} ms`],
    ['first search: fetched', coldBytes(real), coldBytes(large)],
    [
      `later searches (${WARM_QUERIES.length}): median time from typing to results`,
      warmMs(real, 'ms'),
      warmMs(large, 'ms'),
    ],
    ['later searches: search work, median / max', warmWork(real), warmWork(large)],
    ['later searches: fetched, all together', kb(sum(real.warm, 'bytes')), kb(sum(large.warm, 'bytes'))],
    ['build time', `${realBuild.toFixed(1)} s`, `${bigBuild.toFixed(1)} s`],
    ['/diagnose/ JavaScript (transferred)', kb(diagnoseJs), ''],
    ['/training/monthly/ JavaScript (transferred)', kb(quizJs), ''],
    [`precache: ${precache.files} files`, `${kb(precache.raw)} raw, ${kb(precache.gz)} gzip`, ''],
    ['first visit: service worker downloads', kb(offlineRun.swBytes), ''],
    ['first visit: until the site works offline', `${offlineRun.readyMs} ms`, ''],
    ['offline: first search / later search', `${offlineRun.coldMs} ms / ${offlineRun.warmMs} ms`, ''],
  ];
  console.log('| measure | real site | +1,000 articles |\n|---|---|---|');
  for (const r of rows) console.log(`| ${r.join(' | ')} |`);
  const growth = (large.total - real.total) / real.total;
  for (const [name, m] of [
    ['real site', real],
    ['+1,000 articles', large],
  ])
    console.log(
      `\nfirst search, bytes by file (${name}):`,
      Object.entries(m.cold.byKind)
        .map(([k, v]) => `${k} ${kb(v)}`)
        .join(', '),
    );
  console.log(`\ncause page size change at 1,000 extra articles: ${(growth * 100).toFixed(1)}%`);
  mkdirSync(join(ROOT, 'test/results'), { recursive: true });
  writeFileSync(
    join(ROOT, 'test/results/bench.json'),
    JSON.stringify({ real, large, realBuild, bigBuild, growth, diagnoseJs, quizJs, precache, offlineRun }, null, 2),
  );
}

await main();
