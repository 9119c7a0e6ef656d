// The codec's import and export side: files managers move between devices.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { t } from '../../../src/i18n';
import { decodeImport, exportStore, mergeImports } from '../../../src/islands/training/records-codec';
import { teamReport } from '../../../src/rules/team-report';
import { EXPORT_KIND } from '../../../src/schemas/records';
import { storeWith } from '../rules/records-arbitraries';

const v2 = readFileSync(join(import.meta.dirname, '../../fixtures/training/store-v2-switched.json'), 'utf8');

describe('decodeImport', () => {
  const exported = JSON.stringify(exportStore(storeWith(), [], '2026-11-26T10:00:00.000Z'));
  const tamper = (edit: (x: { store: ReturnType<typeof storeWith> }) => void) => {
    const x = JSON.parse(exported);
    edit(x);
    const text = JSON.stringify(x);
    return [text, text.length] as const;
  };

  it('accepts an export of this site, and one made by the previous version', () => {
    expect(decodeImport(t, exported, exported.length).ok).toBe(true);
    const old = JSON.stringify({ kind: EXPORT_KIND, version: 2, exportedAt: 'x', store: JSON.parse(v2) });
    const read = decodeImport(t, old, old.length);
    expect(read.ok && read.data.store.attempts.length).toBe(2);
  });

  it.each([
    ['a huge file', [exported, 3 * 1024 * 1024], '文件太大'],
    ['not JSON', ['hello', 5], '不是有效的 JSON'],
    ['another JSON file', ['{"name":"package"}', 18], '不是本站导出'],
    ['an unknown version', [JSON.stringify({ kind: EXPORT_KIND, version: 7 }), 44], '版本'],
    [
      'markup in a name',
      [exported.replace('小王', '<script>alert(1)</script>'), exported.length],
      'name：姓名里有 < >',
    ],
    [
      'a finish time that is not a date',
      tamper((x) => (x.store.attempts[0]!.finishedAt = 'soon')),
      'finishedAt：时间不是有效的日期时间',
    ],
    [
      'an answer keyed constructor',
      tamper(
        (x) =>
          (x.store.attempts[0]!.answers = JSON.parse(
            '{"constructor":{"response":["a"],"points":1,"correct":true,"at":"2026-11-02T08:01:00.000Z"}}',
          )),
      ),
      'constructor',
    ],
    ['points above 1', tamper((x) => (x.store.attempts[0]!.answers['q1']!.points = 7)), 'points：分数不能大于 1'],
  ] as const)('refuses %s, naming the problem', (_, [text, bytes], message) => {
    const read = decodeImport(t, text, bytes);
    expect(read.ok).toBe(false);
    expect(read.ok ? '' : read.error).toContain(message);
  });

  it('never lets an answer keyed __proto__ reach the prototype', () => {
    const x = JSON.parse(exported);
    x.store.attempts[0].answers = JSON.parse(
      '{"__proto__":{"response":["a"],"points":1,"correct":true,"at":"2026-11-02T08:01:00.000Z"}}',
    );
    const text = JSON.stringify(x);
    expect(text).toContain('__proto__');
    const read = decodeImport(t, text, text.length);
    const answers = read.ok ? read.data.store.attempts[0]!.answers : {};
    expect(Object.getPrototypeOf(answers)).toBe(Object.prototype);
    expect(Object.hasOwn(answers, '__proto__')).toBe(false);
  });

  it('warns about question ids the bank does not have, and still imports', () => {
    const read = decodeImport(t, exported, exported.length, new Set(['q1']));
    expect(read.ok && read.warnings.join('')).toContain('1 道题在当前题库里找不到');
  });

  it('merges exports from several devices without duplicates', () => {
    const other = storeWith();
    other.profiles.push({ id: 'p2', name: '李姐', staffNo: '', createdAt: '2026-11-01T09:00:00.000Z' });
    const team = mergeImports([
      exportStore(storeWith(), [], 'x'),
      exportStore(storeWith(), [], 'y'),
      exportStore(other, [], 'z'),
    ]);
    expect(team.profiles.map((p) => p.name)).toEqual(['小王', '李姐']);
    expect(team.attempts).toHaveLength(1);
    const report = teamReport(
      team,
      [
        { id: 'onboarding', cadenceDays: 365 },
        { id: 'monthly', cadenceDays: 30 },
      ],
      '2026-11-26',
    );
    expect(report[0]!.sets).toEqual([
      { set: 'onboarding', status: { kind: 'passed', due: '2027-11-02' }, lastScore: 0.9 },
      { set: 'monthly', status: { kind: 'never' }, lastScore: null },
    ]);
  });
});

describe('exportStore', () => {
  it('exports only the people asked for, with their attempts and reviews', () => {
    const s = storeWith();
    s.profiles.push({ id: 'p2', name: '李姐', staffNo: '', createdAt: '2026-11-01T09:00:00.000Z' });
    s.attempts.push({ ...s.attempts[0]!, id: 'a2', profile: 'p2' });
    s.reviews = { p1: { q1: { box: 1, due: '2026-11-03' } }, p2: { q1: { box: 2, due: '2026-11-05' } } };
    const one = exportStore(s, ['p2'], 'now');
    expect(one).toEqual({
      kind: EXPORT_KIND,
      version: 3,
      exportedAt: 'now',
      store: {
        version: 3,
        profiles: [s.profiles[1]],
        attempts: [s.attempts[1]],
        reviews: { p2: s.reviews['p2'] },
        removed: {},
      },
    });
    expect(exportStore(s, [], 'now').store.attempts).toHaveLength(2);
  });
});

describe('decodeImport (details)', () => {
  const exported = JSON.stringify(exportStore(storeWith(), [], '2026-11-26T10:00:00.000Z'));

  it('accepts a file of exactly 2 MB and names the size of a larger one', () => {
    expect(decodeImport(t, exported, 2 * 1024 * 1024).ok).toBe(true);
    expect(decodeImport(t, exported, 2 * 1024 * 1024 + 1)).toEqual({
      ok: false,
      error: '文件太大（2049 KB），上限是 2 MB，可能不是本站导出的文件。',
    });
  });

  it('quotes at most ten characters of an unknown version', () => {
    const text = JSON.stringify({ kind: EXPORT_KIND, version: 'x'.repeat(30) });
    expect(decodeImport(t, text, text.length)).toEqual({
      ok: false,
      error: '文件版本（xxxxxxxxxx）不受支持，请用最新版本的本站重新导出。',
    });
  });

  it('reads an export without a date as exported at an unknown time', () => {
    const x = JSON.parse(exported);
    delete x.exportedAt;
    const text = JSON.stringify(x);
    const read = decodeImport(t, text, text.length);
    expect(read.ok && read.data.exportedAt).toBe('');
    expect(read.ok && read.warnings).toEqual([]);
  });

  it('lists at most five unknown question ids in its warning', () => {
    const s = storeWith();
    s.attempts[0]!.questions = ['q1', 'q2', 'q3', 'q4', 'q5', 'q6', 'q7'];
    const text = JSON.stringify(exportStore(s, [], 'x'));
    const read = decodeImport(t, text, text.length, new Set());
    expect(read.ok && read.warnings).toEqual([
      '有 7 道题在当前题库里找不到（可能已下线），只计入总分，不计入各原因的统计：q1、q2、q3、q4、q5 等。',
    ]);
    const few = decodeImport(t, exported, exported.length, new Set());
    expect(few.ok && few.warnings).toEqual([
      '有 2 道题在当前题库里找不到（可能已下线），只计入总分，不计入各原因的统计：q1、q2。',
    ]);
  });

  it('migrates the store of a version-2 export', () => {
    const { removed: _r, version: _v, ...rest } = storeWith();
    const text = JSON.stringify({
      kind: EXPORT_KIND,
      version: 2,
      exportedAt: 'x',
      store: { ...rest, version: 2, active: 'p1' },
    });
    const read = decodeImport(t, text, text.length);
    expect(read.ok && read.data.store).toEqual(storeWith());
  });

  it('refuses a version-3 export whose store is of version 2', () => {
    const { removed: _r, version: _v, ...rest } = storeWith();
    const text = JSON.stringify({
      kind: EXPORT_KIND,
      version: 3,
      store: { ...rest, version: 2, active: null },
    });
    expect(decodeImport(t, text, text.length).ok).toBe(false);
  });
});
