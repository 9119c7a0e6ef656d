// The reviewed synonym list (content/search/synonyms.yaml): valid, and every group has a query that it expands.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { SynonymGroupSchema } from '../../src/schemas/search';
import { compileSynonyms, expandQuery, queryCues } from '../../src/rules/read-query';
import { CONTENT } from './load-content';

const raw = parse(readFileSync(join(CONTENT, 'search/synonyms.yaml'), 'utf8')) as unknown[];
const groups = raw.map((item, i) => {
  const result = SynonymGroupSchema.safeParse(item);
  if (!result.success) throw new Error(`content/search/synonyms.yaml: 第 ${i + 1} 项: ${result.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`);
  return result.data;
});
const synonyms = compileSynonyms(groups);

describe('content/search/synonyms.yaml', () => {
  it('covers the words the issue names (到账/进账, 收款码/二维码/码牌, 冻结/封了/止付/只收不付, 二清/个人打款, 扣两次)', () => {
    const pairs: [string, string][] = [
      ['进账', '到账'], ['二维码', '收款码'], ['码牌', '收款码'], ['封了', '冻结'], ['止付', '冻结'],
      ['只收不付', '司法冻结'], ['个人打款', '二清'], ['扣两次', '重复扣款'], ['没进来', '没到账'],
    ];
    for (const [word, term] of pairs) expect(expandQuery(word, synonyms), word).toContain(term);
  });

  it.each(groups.map((g) => [g.id, g.example, g.term] as const))('group %s: its example “%s” finds %s', (_id, example, term) => {
    const expanded = expandQuery(example, synonyms);
    expect(expanded.includes(term) || example.includes(term)).toBe(true);
    expect(example.includes(term), `the example should use a cashier's word, not “${term}” itself`).toBe(false);
  });

  it.each(groups.filter((g) => g.causes.length > 0).map((g) => [g.id, g.example, g.causes] as const))(
    'group %s: its example “%s” points to %j',
    (_id, example, causes) => {
      const cues = queryCues(example, synonyms);
      for (const cause of causes) expect(cues.get(cause), cause).toBeGreaterThan(0);
    },
  );

  it('never lists a word as its own synonym', () => {
    for (const g of groups) expect(g.words, g.id).not.toContain(g.term);
  });

  it('rejects a gap mark at the start or end of a word, naming the field', () => {
    const result = SynonymGroupSchema.safeParse({ id: 'x', term: '冻结', words: ['卡…'], example: '卡被冻了' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['words', 0]);
  });

  it('rejects a cause id that does not exist, naming the field', () => {
    const result = SynonymGroupSchema.safeParse({ id: 'x', term: '冻结', words: ['冻了'], causes: ['frozen'], example: '卡冻了' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['causes', 0]);
  });

  it('rejects a group without words, naming the field', () => {
    const result = SynonymGroupSchema.safeParse({ id: 'x', term: '到账', words: [], example: '钱没进账' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['words']);
  });
});
