import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeImport,
  decodeStore,
  decodeStoreText,
  exportStore,
  mergeImports,
} from '../../../src/islands/training/records-codec';
import { emptyStore } from '../../../src/rules/records';
import { teamReport } from '../../../src/rules/team-report';
import { EXPORT_KIND } from '../../../src/schemas/records';
import { arbStore, storeWith } from '../rules/records-arbitraries';

const v1 = readFileSync(join(import.meta.dirname, '../../fixtures/training/store-v1.json'), 'utf8');
const v2 = readFileSync(join(import.meta.dirname, '../../fixtures/training/store-v2-switched.json'), 'utf8');

describe('decodeStore', () => {
  it('reads nothing as empty', () => {
    expect(decodeStore(undefined)).toEqual({ kind: 'empty' });
    expect(decodeStoreText(null)).toEqual({ kind: 'empty' });
  });

  it('round-trips any valid store through JSON', () => {
    fc.assert(
      fc.property(arbStore, (s) => {
        expect(decodeStoreText(JSON.stringify(s))).toEqual({ kind: 'ok', store: s, dropped: [] });
      }),
    );
  });

  it('migrates a version-1 store, keeping every person and result', () => {
    const read = decodeStoreText(v1);
    expect(read.kind === 'ok' && read.migratedFrom).toBe(1);
    if (read.kind !== 'ok') return;
    expect(read.store.profiles.map((p) => [p.name, p.staffNo])).toEqual([
      ['小王', '017'],
      ['李姐', ''],
    ]);
    expect(read.store.attempts.map((a) => [a.set, a.score, a.passed])).toEqual([
      ['onboarding', 0.9, true],
      ['monthly', 0.6, false],
    ]);
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
    const s = JSON.parse(JSON.stringify(storeWith())) as Record<string, unknown> & {
      attempts: Record<string, unknown>[];
    };
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
    const old = JSON.stringify({ kind: EXPORT_KIND, version: 2, exportedAt: 'x', store: JSON.parse(v2) });
    const read = decodeImport(old, old.length);
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
    const read = decodeImport(text, bytes);
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

describe('decodeStore (every branch)', () => {
  const v3 = () => JSON.parse(JSON.stringify(storeWith())) as Record<string, any>;

  it.each([
    ['null', null],
    ['an empty string', ''],
  ])('reads %s as empty', (_, value) => {
    expect(decodeStore(value)).toEqual({ kind: 'empty' });
  });

  it('reads empty text as empty', () => {
    expect(decodeStoreText('')).toEqual({ kind: 'empty' });
  });

  it.each([
    ['a version that is not a whole number', 4.5],
    ['a version written as text', '4'],
    ['version 0', 0],
  ])('reports %s as corrupt, not as newer', (_, version) => {
    expect(decodeStore({ ...v3(), version })).toEqual({ kind: 'corrupt', reason: '记录没有可识别的版本号' });
  });

  it('reads what a newer version wrote, for display only, without naming parts it does not know', () => {
    const read = decodeStore({ ...v3(), version: 5, attempts: [{ id: 'x' }] });
    expect(read).toMatchObject({ kind: 'newer', version: 5 });
    expect(read.kind === 'newer' && read.store.attempts).toEqual([]);
  });

  it('names the first problem of a broken version 1', () => {
    expect(decodeStore({ version: 1, staff: [{ name: '<b>' }], results: [] })).toEqual({
      kind: 'corrupt',
      reason: '旧版本（1）的记录不完整：staff › 第 1 项 › name：姓名里有 < > 或控制字符',
    });
  });

  it('keeps the readable parts of a damaged version 2 and nobody active', () => {
    const v2: Record<string, any> = { ...v3(), version: 2, active: 'p1', removed: undefined };
    v2['attempts'].push({ id: 'a2' });
    const read = decodeStore(v2);
    expect(read).toMatchObject({ kind: 'ok', migratedFrom: 2, active: null });
    expect(read.kind === 'ok' && [read.store.attempts.length, read.dropped.length]).toEqual([1, 1]);
  });

  it('names every part it leaves out, in every list and map', () => {
    const s = v3();
    s['profiles'].push({ id: 'p2', name: '', staffNo: '', createdAt: '2026-11-01T08:00:00.000Z' });
    s['reviews'] = {
      p1: { q1: { box: 9, due: '2026-11-03' } },
      'bad key': {},
      p3: { q2: { box: 1, due: '2026-11-03' } },
    };
    s['removed'] = { a9: 'soon', a8: '2026-11-01T00:00:00.000Z' };
    const read = decodeStore(s);
    expect(read.kind === 'ok' && read.dropped).toEqual([
      '人员第 2 项 › name：姓名是空的',
      '复习计划 › p1：格式不对',
      '复习计划 › bad key：格式不对',
      '已删除记录 › a9：格式不对',
    ]);
    expect(read.kind === 'ok' && [read.store.profiles.length, read.store.reviews, read.store.removed]).toEqual([
      1,
      { p3: { q2: { box: 1, due: '2026-11-03' } } },
      { a8: '2026-11-01T00:00:00.000Z' },
    ]);
  });

  it('says so when a list is not a list, and reads missing parts as empty', () => {
    const read = decodeStore({ version: 3, profiles: 'everyone', reviews: [] });
    expect(read).toEqual({
      kind: 'ok',
      store: emptyStore(),
      dropped: ['人员：不是列表'],
    });
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
    expect(decodeImport(exported, 2 * 1024 * 1024).ok).toBe(true);
    expect(decodeImport(exported, 2 * 1024 * 1024 + 1)).toEqual({
      ok: false,
      error: '文件太大（2049 KB），上限是 2 MB，可能不是本站导出的文件。',
    });
  });

  it('quotes at most ten characters of an unknown version', () => {
    const text = JSON.stringify({ kind: EXPORT_KIND, version: 'x'.repeat(30) });
    expect(decodeImport(text, text.length)).toEqual({
      ok: false,
      error: '文件版本（xxxxxxxxxx）不受支持，请用最新版本的本站重新导出。',
    });
  });

  it('reads an export without a date as exported at an unknown time', () => {
    const x = JSON.parse(exported);
    delete x.exportedAt;
    const text = JSON.stringify(x);
    const read = decodeImport(text, text.length);
    expect(read.ok && read.data.exportedAt).toBe('');
    expect(read.ok && read.warnings).toEqual([]);
  });

  it('lists at most five unknown question ids in its warning', () => {
    const s = storeWith();
    s.attempts[0]!.questions = ['q1', 'q2', 'q3', 'q4', 'q5', 'q6', 'q7'];
    const text = JSON.stringify(exportStore(s, [], 'x'));
    const read = decodeImport(text, text.length, new Set());
    expect(read.ok && read.warnings).toEqual([
      '有 7 道题在当前题库里找不到（可能已下线），只计入总分，不计入各原因的统计：q1、q2、q3、q4、q5 等。',
    ]);
    const few = decodeImport(exported, exported.length, new Set());
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
    const read = decodeImport(text, text.length);
    expect(read.ok && read.data.store).toEqual(storeWith());
  });

  it('refuses a version-3 export whose store is of version 2', () => {
    const { removed: _r, version: _v, ...rest } = storeWith();
    const text = JSON.stringify({
      kind: EXPORT_KIND,
      version: 3,
      store: { ...rest, version: 2, active: null },
    });
    expect(decodeImport(text, text.length).ok).toBe(false);
  });
});
