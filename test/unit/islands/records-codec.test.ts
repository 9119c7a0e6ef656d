import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeImport, decodeStore, decodeStoreText, exportStore, mergeImports } from '../../../src/islands/training/records-codec';
import { teamReport } from '../../../src/rules/exports';
import { arbStore, storeWith } from '../rules/records-arbitraries';

const v1 = readFileSync(join(import.meta.dirname, '../../fixtures/training/store-v1.json'), 'utf8');
const v2 = readFileSync(join(import.meta.dirname, '../../fixtures/training/store-v2-switched.json'), 'utf8');

describe('decodeStore', () => {
  it('reads nothing as empty', () => {
    expect(decodeStore(undefined)).toEqual({ kind: 'empty' });
    expect(decodeStoreText(null)).toEqual({ kind: 'empty' });
  });

  it('round-trips any valid store through JSON', () => {
    fc.assert(fc.property(arbStore, (s) => { expect(decodeStoreText(JSON.stringify(s))).toEqual({ kind: 'ok', store: s, dropped: [] }); }));
  });

  it('migrates a version-1 store, keeping every person and result', () => {
    const read = decodeStoreText(v1);
    expect(read.kind === 'ok' && read.migratedFrom).toBe(1);
    if (read.kind !== 'ok') return;
    expect(read.store.profiles.map((p) => [p.name, p.staffNo])).toEqual([['小王', '017'], ['李姐', '']]);
    expect(read.store.attempts.map((a) => [a.set, a.score, a.passed])).toEqual([['onboarding', 0.9, true], ['monthly', 0.6, false]]);
  });

  it('reads a version-2 store after 换人 (active: "") with every record, and nobody active', () => {
    const read = decodeStoreText(v2);
    expect(read).toMatchObject({ kind: 'ok', migratedFrom: 2, active: null, dropped: [] });
    expect(read.kind === 'ok' && [read.store.profiles.length, read.store.attempts.length]).toEqual([2, 2]);
  });

  it('leaves a store of a newer version alone: read-only, never corrupt', () => {
    const newer = { ...storeWith(), version: 4, devices: ['pos-1'] };
    const read = decodeStore(newer);
    expect(read.kind).toBe('newer');
    expect(read.kind === 'newer' && read.store.profiles.map((p) => p.name)).toEqual(['小王']);
  });

  it('keeps every readable part of a damaged store and names what it left out', () => {
    const s = JSON.parse(JSON.stringify(storeWith())) as Record<string, unknown> & { attempts: Record<string, unknown>[] };
    s.attempts.push({ ...s.attempts[0]!, id: 'a2', finishedAt: 'yesterday' });
    const read = decodeStore(s);
    expect(read.kind).toBe('ok');
    if (read.kind !== 'ok') return;
    expect(read.store.attempts.map((a) => a.id)).toEqual(['a1']);
    expect(read.dropped).toEqual(['答题记录第 2 项 › finishedAt：时间不是有效的日期时间']);
  });

  it.each([
    ['not JSON', '{"version":3,', '不是有效的 JSON'],
    ['no version', '{"profiles":[]}', '版本号'],
    ['a list', '[1,2]', '不是一个对象'],
  ])('reports %s as corrupt', (_, raw, reason) => {
    const read = decodeStoreText(raw);
    expect(read.kind === 'corrupt' && read.reason).toContain(reason);
  });
});

describe('decodeImport', () => {
  const exported = JSON.stringify(exportStore(storeWith(), [], '2026-11-26T10:00:00.000Z'));
  const tamper = (edit: (x: { store: ReturnType<typeof storeWith> }) => void) => {
    const x = JSON.parse(exported);
    edit(x);
    const text = JSON.stringify(x);
    return [text, text.length] as const;
  };

  it('accepts an export of this site, and one made by the previous version', () => {
    expect(decodeImport(exported, exported.length).ok).toBe(true);
    const old = JSON.stringify({ kind: 'saoma-training-export', version: 2, exportedAt: 'x', store: JSON.parse(v2) });
    const read = decodeImport(old, old.length);
    expect(read.ok && read.data.store.attempts.length).toBe(2);
  });

  it.each([
    ['a huge file', [exported, 3 * 1024 * 1024], '文件太大'],
    ['not JSON', ['hello', 5], '不是有效的 JSON'],
    ['another JSON file', ['{"name":"package"}', 18], '不是本站导出'],
    ['an unknown version', ['{"kind":"saoma-training-export","version":7}', 44], '版本'],
    ['markup in a name', [exported.replace('小王', '<script>alert(1)</script>'), exported.length], 'name：姓名里有 < >'],
    ['a finish time that is not a date', tamper((x) => (x.store.attempts[0]!.finishedAt = 'soon')), 'finishedAt：时间不是有效的日期时间'],
    ['an answer keyed constructor', tamper((x) => (x.store.attempts[0]!.answers = JSON.parse('{"constructor":{"response":["a"],"points":1,"correct":true,"at":"2026-11-02T08:01:00.000Z"}}'))), 'constructor'],
    ['points above 1', tamper((x) => (x.store.attempts[0]!.answers['q1']!.points = 7)), 'points：分数不能大于 1'],
  ] as const)('refuses %s, naming the problem', (_, [text, bytes], message) => {
    const read = decodeImport(text, bytes);
    expect(read.ok).toBe(false);
    expect(read.ok ? '' : read.error).toContain(message);
  });

  it('never lets an answer keyed __proto__ reach the prototype', () => {
    const x = JSON.parse(exported);
    x.store.attempts[0].answers = JSON.parse('{"__proto__":{"response":["a"],"points":1,"correct":true,"at":"2026-11-02T08:01:00.000Z"}}');
    const text = JSON.stringify(x);
    expect(text).toContain('__proto__');
    const read = decodeImport(text, text.length);
    const answers = read.ok ? read.data.store.attempts[0]!.answers : {};
    expect(Object.getPrototypeOf(answers)).toBe(Object.prototype);
    expect(Object.hasOwn(answers, '__proto__')).toBe(false);
  });

  it('warns about question ids the bank does not have, and still imports', () => {
    const read = decodeImport(exported, exported.length, new Set(['q1']));
    expect(read.ok && read.warnings.join('')).toContain('1 道题在当前题库里找不到');
  });

  it('merges exports from several devices without duplicates', () => {
    const other = storeWith();
    other.profiles.push({ id: 'p2', name: '李姐', staffNo: '', createdAt: '2026-11-01T09:00:00.000Z' });
    const team = mergeImports([exportStore(storeWith(), [], 'x'), exportStore(storeWith(), [], 'y'), exportStore(other, [], 'z')]);
    expect(team.profiles.map((p) => p.name)).toEqual(['小王', '李姐']);
    expect(team.attempts).toHaveLength(1);
    const report = teamReport(team, [{ id: 'onboarding', cadenceDays: 365 }, { id: 'monthly', cadenceDays: 30 }], '2026-11-26');
    expect(report[0]!.sets).toEqual([
      { set: 'onboarding', status: { kind: 'passed', due: '2027-11-02' }, lastScore: 0.9 },
      { set: 'monthly', status: { kind: 'never' }, lastScore: null },
    ]);
  });
});
