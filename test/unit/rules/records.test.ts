import { t, type UiKey } from '../../../src/i18n';
import { describe, expect, it } from 'vitest';
import {
  checkName,
  mergeStores,
  migrateV1,
  migrateV2,
  oldAttempts,
  removeAttempts,
  unknownQuestions,
} from '../../../src/rules/records';
import { storeWith } from './records-arbitraries';

describe('removing old attempts', () => {
  it('stays removed when merged with a copy that still has them', () => {
    const s = storeWith();
    const cleared = removeAttempts(s, oldAttempts(s, '2026-12-01T00:00:00.000Z'), '2026-12-02T00:00:00.000Z');
    expect(cleared.attempts).toEqual([]);
    expect(mergeStores(cleared, s).attempts).toEqual([]);
    expect(mergeStores(s, cleared).attempts).toEqual([]);
  });

  it('only picks finished attempts older than the cut-off', () => {
    const s = storeWith();
    expect(oldAttempts(s, '2026-11-02T08:00:00.000Z')).toEqual([]);
    s.attempts[0]!.finishedAt = null;
    expect(oldAttempts(s, '2027-01-01T00:00:00.000Z')).toEqual([]);
  });
});

describe('migrateV2', () => {
  it('reads the empty active person written by 换人 as nobody, keeping every record', () => {
    const { version: _v, removed: _r, ...rest } = storeWith();
    const { store, active } = migrateV2({ ...rest, version: 2, active: '' });
    expect(active).toBeNull();
    expect(store.profiles).toHaveLength(1);
    expect(store.attempts).toHaveLength(1);
  });

  it('hands the tab the active person when it still exists', () => {
    const { version: _v, removed: _r, ...rest } = storeWith();
    expect(migrateV2({ ...rest, version: 2, active: 'p1' }).active).toBe('p1');
    expect(migrateV2({ ...rest, version: 2, active: 'p9' }).active).toBeNull();
  });
});

describe('unknownQuestions', () => {
  it('lists question ids the bank no longer has', () => {
    expect(unknownQuestions(storeWith(), new Set(['q1']))).toEqual(['q2']);
  });
});

describe('names', () => {
  it.each([
    ['小王', null],
    ['', 'name_empty'],
    ['<img src=x onerror=alert(1)>', 'name_markup'],
    ['王'.repeat(41), 'name_too_long'],
  ])('checks %j', (name, message) => {
    expect(checkName(name)).toBe(message);
  });

  it('has a message for every problem code', () => {
    expect(['name_empty', 'name_too_long', 'name_markup'].map((c) => t(`records_${c}` as UiKey))).toEqual([
      '请填写姓名',
      '姓名最多 40 个字',
      '姓名里不能有 < > 或控制字符',
    ]);
  });
});

describe('removeAttempts and oldAttempts', () => {
  it('removes only the named attempts and remembers when', () => {
    const s = storeWith();
    s.attempts.push({ ...s.attempts[0]!, id: 'a2', finishedAt: '2026-11-30T00:00:00.000Z' });
    const r = removeAttempts(s, ['a1'], '2026-12-02T00:00:00.000Z');
    expect(r.attempts.map((a) => a.id)).toEqual(['a2']);
    expect(r.removed).toEqual({ a1: '2026-12-02T00:00:00.000Z' });
    expect(s.removed).toEqual({});
  });

  it('counts an attempt finished exactly at the cut-off as recent', () => {
    expect(oldAttempts(storeWith(), '2026-11-02T08:10:00.000Z')).toEqual([]);
    expect(oldAttempts(storeWith(), '2026-11-02T08:10:00.001Z')).toEqual(['a1']);
  });
});

describe('migrations', () => {
  it('turns version 1 into attempts with fixed ids and times, passing at 80 %', () => {
    const store = migrateV1({
      version: 1,
      staff: [{ name: ' 小王 ', no: '017' }, { name: '李姐' }],
      results: [
        { staff: '小王', set: 'onboarding', date: '2026-10-02', score: 0.8 },
        { staff: '阿强', set: 'monthly', date: '2026-10-20', score: 0.79 },
      ],
    });
    expect(store).toEqual({
      version: 3,
      profiles: [
        { id: 'p-v1-1', name: '小王', staffNo: '017', createdAt: '1970-01-01T00:00:00.000Z' },
        { id: 'p-v1-2', name: '李姐', staffNo: '', createdAt: '1970-01-01T00:00:00.000Z' },
        { id: 'p-v1-3', name: '阿强', staffNo: '', createdAt: '1970-01-01T00:00:00.000Z' },
      ],
      attempts: [
        {
          id: 'a-v1-1',
          profile: 'p-v1-1',
          set: 'onboarding',
          startedAt: '2026-10-02T12:00:00.000Z',
          finishedAt: '2026-10-02T12:00:00.000Z',
          questions: [],
          orders: {},
          answers: {},
          score: 0.8,
          passed: true,
        },
        {
          id: 'a-v1-2',
          profile: 'p-v1-3',
          set: 'monthly',
          startedAt: '2026-10-20T12:00:00.000Z',
          finishedAt: '2026-10-20T12:00:00.000Z',
          questions: [],
          orders: {},
          answers: {},
          score: 0.79,
          passed: false,
        },
      ],
      reviews: {},
      removed: {},
    });
  });
});

describe('unknownQuestions (more)', () => {
  it('lists asked and answered ids, sorted, once each', () => {
    const s = storeWith();
    s.attempts[0]!.questions = ['q9', 'q1', 'q5'];
    s.attempts[0]!.answers['q7'] = s.attempts[0]!.answers['q1']!;
    expect(unknownQuestions(s, new Set(['q1']))).toEqual(['q5', 'q7', 'q9']);
  });
});

describe('checkName (more)', () => {
  it.each([
    ['  小王  ', null],
    ['   ', 'name_empty'],
    ['王'.repeat(40), null],
    [` ${'王'.repeat(40)} `, null],
    ['a\tb', 'name_markup'],
  ])('checks %j', (name, message) => {
    expect(checkName(name)).toBe(message);
  });
});
