import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-check';
import { CAUSE_IDS, STAGE_IDS } from '../../src/schemas/common';
import { loadAll } from './load-content';

const content = loadAll();
const causeIds = new Set<string>(content.causes.map((c) => c.data.id));

describe('the real content/', () => {
  it('has one article for each of the 21 causes', () => {
    expect([...causeIds].sort()).toEqual([...CAUSE_IDS].sort());
  });

  it('passes every cross-entry check', () => {
    expect(checkContent(content)).toEqual([]);
  });

  it('has at least 8 guides, 5 cases and 40 glossary terms', () => {
    expect(content.guides.length).toBeGreaterThanOrEqual(8);
    expect(content.cases.length).toBeGreaterThanOrEqual(5);
    expect(content.glossary.length).toBeGreaterThanOrEqual(40);
  });

  it('puts at least one cause in each of the six stages', () => {
    for (const stage of STAGE_IDS) expect(content.causes.some((c) => c.data.stage === stage), stage).toBe(true);
  });

  it('numbers the home page emergency steps 1, 2, 3… in file order, starting with checking your own side', () => {
    expect(content.emergency.map((e) => e.data.step)).toEqual(content.emergency.map((_, i) => i + 1));
    expect(content.emergency.slice(0, 2).map((e) => e.id)).toEqual(['trust-merchant-side', 'query-first']);
  });

  it('includes the seed convenience store case', () => {
    const store = content.cases.find((c) => c.id === 'convenience-store-outage');
    expect(store?.data.causes).toEqual(expect.arrayContaining(['platform_or_bank_outage', 'duplicate_charge']));
  });

  it('links from article bodies only to pages and anchors that exist', () => {
    const routes = new Set([
      '/', '/stages/', '/guides/', '/cases/', '/glossary/', '/search/', '/tools/settlement/',
      ...content.stages.map((s) => `/stages/${s.id}/`),
      ...content.causes.map((c) => `/causes/${c.id}/`),
      ...content.guides.map((g) => `/guides/${g.id}/`),
      ...content.cases.map((c) => `/cases/${c.id}/`),
    ]);
    const terms = new Set(content.glossary.map((g) => g.id));
    const broken: string[] = [];
    for (const entry of [...content.causes, ...content.guides, ...content.cases]) {
      for (const [, href] of entry.body.matchAll(/\]\((\/[^)\s]*)\)/g)) {
        const [path = '', hash] = href!.split('#');
        if (!routes.has(path)) broken.push(`${entry.filePath}: ${href}`);
        else if (path === '/glossary/' && hash && !terms.has(hash)) broken.push(`${entry.filePath}: ${href}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('keeps every cause phrasing distinct across articles, so search can tell causes apart', () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const cause of content.causes) {
      for (const p of cause.data.phrasings) {
        if (seen.has(p)) clashes.push(`${p} (${seen.get(p)}, ${cause.id})`);
        seen.set(p, cause.id);
      }
    }
    expect(clashes).toEqual([]);
  });
});

describe('the public search fixture', () => {
  const queries = JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/search/queries.json'), 'utf8')) as { q: string; expect: string }[];

  it('has at least 60 queries, each expecting a real cause', () => {
    expect(queries.length).toBeGreaterThanOrEqual(60);
    for (const q of queries) expect(causeIds.has(q.expect), q.q).toBe(true);
  });

  it('covers every cause', () => {
    expect(new Set(queries.map((q) => q.expect)).size).toBe(CAUSE_IDS.length);
  });
});
