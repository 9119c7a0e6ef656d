// Every number a shop could act on (a rate, a number of days or hours, a limit, a count, a phone number) in content/
// either has a source on its page (a `sources` entry whose `supports` names the number) or is hedged in its sentence.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { reportNumbers, type ClaimText } from '../../src/lib/number-claims';
import { CONTENT } from './load-content';

// Keys whose values are ids, links, dates, quotes of what people say, the scene of a quiz question (its amounts and
// times set the scene, they are not rules), the wizard's answer labels (what staff see, e.g. 超过 24 小时, not a rule),
// or data the schemas check themselves.
const SKIP_KEYS = new Set([
  'id', 'link', 'causes', 'topics', 'related', 'contacts', 'evidence', 'stage', 'alsoIn', 'audience', 'locale', 'reviewed',
  'phrasings', 'aliases', 'en', 'see', 'phone', 'verify', 'source', 'sources', 'type', 'difficulty', 'answer', 'correct',
  'order', 'letter', 'shop', 'date', 'covers', 'holidays', 'workdays', 'situation', 'when', 'code', 'label',
]);

/** A quiz choice that is not a right answer: a deliberate mistake, not something the site claims. */
const isDistractor = (v: unknown) => typeof v === 'object' && v !== null && 'text' in v && 'id' in v && !(v as { correct?: boolean }).correct;

/** Every string under `value`, with a dotted path, skipping SKIP_KEYS. */
function strings(value: unknown, path: string): { field: string; text: string }[] {
  if (typeof value === 'string') return [{ field: path, text: value }];
  if (Array.isArray(value)) {
    return value.flatMap((v, i) => (path.endsWith('choices') && isDistractor(v) ? [] : strings(v, `${path}.${(v as { id?: string })?.id ?? i}`)));
  }
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => (SKIP_KEYS.has(k) ? [] : strings(v, path ? `${path}.${k}` : k)));
  }
  return [];
}

// A phone number is written once in contacts.yaml; where that entry names its source, the number is sourced everywhere.
const contactSources = (parse(readFileSync(join(CONTENT, 'data/contacts.yaml'), 'utf8')) as { phone?: string; source?: unknown }[])
  .filter((c) => c.phone && c.source)
  .map((c) => `电话 ${c.phone}`);

function mdxTexts(dir: string): ClaimText[] {
  return readdirSync(join(CONTENT, dir)).filter((f) => f.endsWith('.mdx')).sort().flatMap((name) => {
    const file = `content/${dir}/${name}`;
    const [, front = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(readFileSync(join(CONTENT, dir, name), 'utf8')) ?? [];
    const data = parse(front) as { sources?: { supports: string }[] };
    const supports = [...(data.sources ?? []).map((s) => s.supports), ...contactSources];
    return [...strings(data, ''), { field: '正文', text: body }].map((t) => ({ file, ...t, supports }));
  });
}

function yamlTexts(relative: string): ClaimText[] {
  const file = `content/${relative}`;
  return strings(parse(readFileSync(join(CONTENT, relative), 'utf8')), '').map((t) => ({ file, ...t, supports: contactSources }));
}

const texts: ClaimText[] = [
  ...['causes', 'guides', 'cases'].flatMap(mdxTexts),
  ...['glossary/terms.yaml', 'data/contacts.yaml', 'data/evidence.yaml', 'data/emergency.yaml', 'data/stages.yaml'].flatMap(yamlTexts),
  ...readdirSync(join(CONTENT, 'training/questions')).filter((f) => f.endsWith('.yaml')).sort().flatMap((f) => yamlTexts(`training/questions/${f}`)),
  ...readdirSync(join(CONTENT, 'diagnosis')).filter((f) => /^(questions.*|rules)\.yaml$/.test(f)).sort().flatMap((f) => yamlTexts(`diagnosis/${f}`)),
];

describe('numbers in content/', () => {
  const report = reportNumbers(texts);

  it('each have a source on their page or a hedge in their sentence', () => {
    const lines = report.unbacked.map((u) => `${u.file}: ${u.field}: “${u.number}” 没有来源也没有“以…为准”之类的说明：${u.sentence}`);
    expect(lines).toEqual([]);
  });

  it('include sourced numbers, not only hedged ones', () => {
    console.info(`numbers in content/: ${report.sourced} sourced, ${report.hedged} hedged`);
    expect(report.sourced).toBeGreaterThan(0);
  });
});
