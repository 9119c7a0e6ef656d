// Checks over the built site in dist/: links, anchors, the cause pages, and what scripts article pages ship.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
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

  it('publishes the validated diagnosis model with a version', () => {
    const model = JSON.parse(readFileSync(join(DIST, 'diagnose/model.json'), 'utf8')) as {
      version: string;
      questions: { id: string; cost: string; first?: boolean }[];
      causes: { id: string; ruleOut: { question: string; lookAlike: string }[] }[];
    };
    // Format 2 (vocabulary v2): every question says where its answer comes from, `problem` opens, causes carry rule-outs.
    expect(model.version).toMatch(/^2\.\d{4}-\d{2}-\d{2}$/);
    expect(model.causes.map((c) => c.id).sort()).toEqual([...CAUSE_IDS].sort());
    expect(model.questions.length).toBeGreaterThanOrEqual(25);
    expect(model.questions.filter((q) => q.first).map((q) => q.id)).toEqual(['problem']);
    expect(model.questions.every((q) => ['till', 'app', 'bank', 'history'].includes(q.cost))).toBe(true);
    expect(model.causes.find((c) => c.id === 'notice_missed_but_paid')!.ruleOut.length).toBeGreaterThan(0);
    expect(pages.get('/diagnose/map/')).toContain('下结论前先问清');
  });

  // Budgets raised with issue 12 (strings behind the locale): every island now ships the whole zh-CN dictionary
  // (about 11 KB gzip). Loading only each feature's strings would win most of that back; until then these hold the line.
  it.each([
    ['/diagnose/', 32],
    ['/training/monthly/', 41],
    ['/training/team/', 41],
  ])('keeps the JavaScript of %s under %i KB gzip', (path, budget) => {
    const html = pages.get(path)!;
    const seen = new Set<string>();
    const visit = (url: string) => {
      if (seen.has(url)) return;
      seen.add(url);
      const code = readFileSync(join(DIST, url), 'utf8');
      for (const [, dep] of code.matchAll(/from\s*"\.\/([^"]+\.js)"/g)) visit(`/_astro/${dep}`);
    };
    [...html.matchAll(/(?:component-url|renderer-url)="([^"]+)"/g)].forEach((m) => visit(m[1]!));
    const bytes = [...seen].reduce((n, url) => n + gzipSync(readFileSync(join(DIST, url))).length, 0);
    expect(seen.size).toBeGreaterThan(0);
    expect(bytes).toBeLessThan(budget * 1024);
  });

  it('indexes the pages for search in Chinese', () => {
    const entry = JSON.parse(readFileSync(join(DIST, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(Object.keys(entry.languages)).toEqual(['zh-cn']);
    expect(entry.languages['zh-cn']!.page_count).toBeGreaterThan(35);
  });

  it('tells the query side which synonym words the index holds whole, and thins nothing on a site this small', () => {
    const data = JSON.parse(readFileSync(join(DIST, 'search/data.json'), 'utf8')) as {
      synonyms: [string, string[]][];
      whole: string[];
      everywhere?: string[];
    };
    const lexicon = new Set(data.synonyms.flatMap(([term, said]) => [term, ...said]));
    expect(data.whole.length).toBeGreaterThan(50);
    expect(data.whole.filter((word) => !lexicon.has(word))).toEqual([]);
    expect(data.whole).toContain('冻结');
    expect(data.everywhere).toBeUndefined();
  });
});

describe('the training pages', () => {
  it('link every question to a section that exists', async () => {
    const { loadYamlList, CONTENT } = await import('../content/load-content');
    const { TrainingQuestionSchema } = await import('../../src/schemas/training');
    const files = readdirSync(join(CONTENT, 'training/questions')).filter((f) => f.endsWith('.yaml'));
    const broken: string[] = [];
    for (const f of files) {
      for (const q of loadYamlList(`training/questions/${f}`, TrainingQuestionSchema)) {
        const [path = '', hash] = q.data.link.split('#');
        const target = pages.get(path);
        if (target === undefined || (hash && !idsOf(target).has(hash))) broken.push(`${f}: ${q.id} → ${q.data.link}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('export the bank for Moodle (XML) and in GIFT', () => {
    const xml = readFileSync(join(DIST, 'training/export/moodle.xml'), 'utf8');
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<quiz>')).toBe(true);
    expect((xml.match(/<question type="(multichoice|truefalse|ordering)">/g) ?? []).length).toBeGreaterThanOrEqual(150);
    expect(xml).not.toMatch(/<text>[^<]*&(?!amp;|lt;|gt;|quot;)/);
    const gift = readFileSync(join(DIST, 'training/export/gift.txt'), 'utf8');
    expect((gift.match(/^::[a-z0-9-]+::/gm) ?? []).length).toBeGreaterThanOrEqual(150);
  });
});
