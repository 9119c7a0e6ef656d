import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { t } from '../../../src/i18n';
import { decodeStore, decodeStoreText } from '../../../src/islands/training/records-codec';
import { emptyStore } from '../../../src/rules/records';
import { arbStore, storeWith } from '../rules/records-arbitraries';

const v1 = readFileSync(join(import.meta.dirname, '../../fixtures/training/store-v1.json'), 'utf8');
const v2 = readFileSync(join(import.meta.dirname, '../../fixtures/training/store-v2-switched.json'), 'utf8');

describe('decodeStore', () => {
  it('reads nothing as empty', () => {
    expect(decodeStore(t, undefined)).toEqual({ kind: 'empty' });
    expect(decodeStoreText(t, null)).toEqual({ kind: 'empty' });
  });

  it('round-trips any valid store through JSON', () => {
    fc.assert(
      fc.property(arbStore, (s) => {
        expect(decodeStoreText(t, JSON.stringify(s))).toEqual({ kind: 'ok', store: s, dropped: [] });
      }),
    );
  });

  it('migrates a version-1 store, keeping every person and result', () => {
    const read = decodeStoreText(t, v1);
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
    const read = decodeStoreText(t, v2);
    expect(read).toMatchObject({ kind: 'ok', migratedFrom: 2, active: null, dropped: [] });
    expect(read.kind === 'ok' && [read.store.profiles.length, read.store.attempts.length]).toEqual([2, 2]);
  });

  it('leaves a store of a newer version alone: read-only, never corrupt', () => {
    const newer = { ...storeWith(), version: 4, devices: ['pos-1'] };
    const read = decodeStore(t, newer);
    expect(read.kind).toBe('newer');
    expect(read.kind === 'newer' && read.store.profiles.map((p) => p.name)).toEqual(['小王']);
  });

  it('keeps every readable part of a damaged store and names what it left out', () => {
    const s = JSON.parse(JSON.stringify(storeWith())) as Record<string, unknown> & {
      attempts: Record<string, unknown>[];
    };
    s.attempts.push({ ...s.attempts[0]!, id: 'a2', finishedAt: 'yesterday' });
    const read = decodeStore(t, s);
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
    const read = decodeStoreText(t, raw);
    expect(read.kind === 'corrupt' && read.reason).toContain(reason);
  });
});

describe('decodeStore (every branch)', () => {
  const v3 = () => JSON.parse(JSON.stringify(storeWith())) as Record<string, any>;

  it.each([
    ['null', null],
    ['an empty string', ''],
  ])('reads %s as empty', (_, value) => {
    expect(decodeStore(t, value)).toEqual({ kind: 'empty' });
  });

  it('reads empty text as empty', () => {
    expect(decodeStoreText(t, '')).toEqual({ kind: 'empty' });
  });

  it.each([
    ['a version that is not a whole number', 4.5],
    ['a version written as text', '4'],
    ['version 0', 0],
  ])('reports %s as corrupt, not as newer', (_, version) => {
    expect(decodeStore(t, { ...v3(), version })).toEqual({ kind: 'corrupt', reason: '记录没有可识别的版本号' });
  });

  it('reads what a newer version wrote, for display only, without naming parts it does not know', () => {
    const read = decodeStore(t, { ...v3(), version: 5, attempts: [{ id: 'x' }] });
    expect(read).toMatchObject({ kind: 'newer', version: 5 });
    expect(read.kind === 'newer' && read.store.attempts).toEqual([]);
  });

  it('names the first problem of a broken version 1', () => {
    expect(decodeStore(t, { version: 1, staff: [{ name: '<b>' }], results: [] })).toEqual({
      kind: 'corrupt',
      reason: '旧版本（1）的记录不完整：staff › 第 1 项 › name：姓名里有 < > 或控制字符',
    });
  });

  it('keeps the readable parts of a damaged version 2 and nobody active', () => {
    const v2: Record<string, any> = { ...v3(), version: 2, active: 'p1', removed: undefined };
    v2['attempts'].push({ id: 'a2' });
    const read = decodeStore(t, v2);
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
    const read = decodeStore(t, s);
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
    const read = decodeStore(t, { version: 3, profiles: 'everyone', reviews: [] });
    expect(read).toEqual({
      kind: 'ok',
      store: emptyStore(),
      dropped: ['人员：不是列表'],
    });
  });
});
