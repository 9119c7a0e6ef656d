import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { attemptsCsv, csvField, exportStore, mergeImports, parseImport, teamReport } from '../../../src/rules/exports';
import { checkName, emptyStore, mergeStores, readStore, type Store } from '../../../src/rules/records';

const v1 = readFileSync(join(import.meta.dirname, '../../fixtures/training/store-v1.json'), 'utf8');

function storeWith(name = '小王'): Store {
  const s = emptyStore();
  s.profiles.push({ id: 'p1', name, staffNo: '017', createdAt: '2026-11-01T08:00:00.000Z' });
  s.active = 'p1';
  s.attempts.push({
    id: 'a1', profile: 'p1', set: 'onboarding', startedAt: '2026-11-02T08:00:00.000Z', finishedAt: '2026-11-02T08:10:00.000Z',
    questions: ['q1', 'q2'], orders: {}, answers: { q1: { response: ['a'], points: 1, correct: true, at: '2026-11-02T08:01:00.000Z' } },
    score: 0.9, passed: true,
  });
  return s;
}

describe('readStore', () => {
  it('reads nothing as an empty store', () => {
    expect(readStore(null)).toEqual({ kind: 'empty' });
  });

  it('round-trips a valid store', () => {
    const s = storeWith();
    expect(readStore(JSON.stringify(s))).toEqual({ kind: 'ok', store: s });
  });

  it('migrates a version-1 store, keeping every person and result', () => {
    const read = readStore(v1);
    expect(read.kind).toBe('ok');
    if (read.kind !== 'ok') return;
    expect(read.migratedFrom).toBe(1);
    expect(read.store.profiles.map((p) => [p.name, p.staffNo])).toEqual([['小王', '017'], ['李姐', '']]);
    expect(read.store.attempts.map((a) => [a.set, a.score, a.passed])).toEqual([['onboarding', 0.9, true], ['monthly', 0.6, false]]);
  });

  it.each([
    ['not JSON', '{"version":2,', '不是有效的 JSON'],
    ['wrong shape', '{"version":2,"profiles":"x"}', '格式不对'],
    ['a future version', '{"version":9}', '更新的版本'],
    ['a broken version 1', '{"version":1,"staff":[{"name":"<b>"}],"results":[]}', '旧版本'],
  ])('reports %s as corrupt instead of dropping it', (_, raw, reason) => {
    const read = readStore(raw);
    expect(read.kind).toBe('corrupt');
    expect(read.kind === 'corrupt' && read.reason).toContain(reason);
  });
});

describe('mergeStores', () => {
  it('keeps answers written by two tabs at once', () => {
    const a = storeWith();
    const b = storeWith();
    a.attempts[0]!.answers['q2'] = { response: ['b'], points: 0, correct: false, at: '2026-11-02T08:02:00.000Z' };
    b.attempts.push({ ...b.attempts[0]!, id: 'a2', set: 'daily' });
    const merged = mergeStores(a, b);
    expect(merged.attempts.map((x) => x.id).sort()).toEqual(['a1', 'a2']);
    expect(Object.keys(merged.attempts.find((x) => x.id === 'a1')!.answers)).toEqual(['q1', 'q2']);
  });
});

describe('names', () => {
  it.each([
    ['小王', null],
    ['', '请填写姓名'],
    ['<img src=x onerror=alert(1)>', '姓名里不能有 < > 或控制字符'],
    ['王'.repeat(41), '姓名最多 40 个字'],
  ])('checks %j', (name, message) => {
    expect(checkName(name)).toBe(message);
  });
});

describe('CSV export', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=SUM(A1)', "'=SUM(A1)"],
  ])('escapes %j', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it('starts with a BOM so Excel reads Chinese', () => {
    const csv = attemptsCsv(storeWith('王,"小"'), { onboarding: '新员工入职' });
    expect(csv.startsWith('\uFEFF姓名,工号,题组')).toBe(true);
    expect(csv).toContain('"王,""小""",017,新员工入职');
  });
});

describe('imports', () => {
  const exported = JSON.stringify(exportStore(storeWith(), [], '2026-11-26T10:00:00.000Z'));

  it('accepts an export of this site', () => {
    const parsed = parseImport(exported, exported.length);
    expect(parsed.ok).toBe(true);
  });

  it.each([
    ['a huge file', exported, 3 * 1024 * 1024, '文件太大'],
    ['not JSON', 'hello', 5, '不是有效的 JSON'],
    ['another JSON file', '{"name":"package"}', 18, '不是本站导出'],
    ['an unknown version', '{"kind":"saoma-training-export","version":7}', 44, '版本'],
    ['markup in a name', exported.replace('小王', '<script>alert(1)</script>'), exported.length, '姓名里有 < >'],
  ])('rejects %s with a message', (_, text, bytes, message) => {
    const parsed = parseImport(text, bytes);
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? '' : parsed.error).toContain(message);
  });

  it('merges exports from several devices without duplicates', () => {
    const other = storeWith();
    other.profiles.push({ id: 'p2', name: '李姐', staffNo: '', createdAt: '2026-11-01T08:00:00.000Z' });
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
