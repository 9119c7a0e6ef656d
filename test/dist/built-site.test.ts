// Checks over the built site in dist/: links, anchors, the cause pages, and what scripts article pages ship.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CAUSE_IDS } from '../../src/schemas/common';

const DIST = join(import.meta.dirname, '../../dist');

function htmlFiles(dir = DIST): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'pagefind' ? [] : htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

const pages = new Map(htmlFiles().map((file) => [`/${relative(DIST, file)}`.replace(/index\.html$/, ''), readFileSync(file, 'utf8')]));
const idsOf = (html: string) => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));

describe('the built site', () => {
  it('has no broken internal links or anchors', () => {
    const broken: string[] = [];
    for (const [from, html] of pages) {
      for (const [, raw] of html.matchAll(/\shref="([^"]+)"/g)) {
        const href = raw!.replace(/&amp;/g, '&');
        if (/^(https?:|tel:|mailto:)/.test(href)) continue;
        const [pathPart = '', hash] = href.split('#');
        const path = pathPart === '' ? from : pathPart.split('?')[0]!;
        const target = pages.get(path);
        if (target === undefined) {
          if (!existsSync(join(DIST, path))) broken.push(`${from} → ${href}`);
          continue;
        }
        if (hash && !idsOf(target).has(decodeURIComponent(hash))) broken.push(`${from} → ${href} (no anchor)`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('has a page for every cause, marked with its id', () => {
    for (const id of CAUSE_IDS) expect(pages.get(`/causes/${id}/`), id).toContain(`data-cause-id="${id}"`);
  });

  it('ships article pages with one small module script and no framework code', () => {
    const html = pages.get('/causes/txn_pending_unknown/')!;
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts).toHaveLength(1);
    expect(html).not.toContain('astro-island');
    const src = /src="([^"]+)"/.exec(scripts[0]!)?.[1];
    const size = src ? statSync(join(DIST, src)).size : /<script\b[^>]*>([\s\S]*?)<\/script>/.exec(html)![1]!.length;
    expect(size).toBeLessThan(2048);
  });

  it('indexes the pages for search in Chinese', () => {
    const entry = JSON.parse(readFileSync(join(DIST, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(Object.keys(entry.languages)).toEqual(['zh-cn']);
    expect(entry.languages['zh-cn']!.page_count).toBeGreaterThan(35);
  });
});
