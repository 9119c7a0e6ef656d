import { describe, expect, it } from 'vitest';
import { addProfile, removeProfile, switchProfile } from '../../../src/rules/profiles';
import { mergeStores } from '../../../src/rules/records';
import { attempt, ctx, state, store } from './training-fixtures';

describe('addProfile', () => {
  it('adds a person, trimmed, and makes them the one answering in this tab', () => {
    const next = addProfile(state(store(), null), { name: ' 小王 ', staffNo: ' 017 ' }, ctx());
    expect(next.active).toBe('p-t');
    expect(next.store.profiles.at(-1)).toEqual({ id: 'p-t', name: '小王', staffNo: '017', createdAt: ctx().now });
  });

  it.each([
    ['the name is empty', '  ', ''],
    ['the name holds markup', '<b>x</b>', ''],
    ['the name is too long', 'x'.repeat(41), ''],
    ['the staff number is too long', 'x', '1'.repeat(21)],
  ])('changes nothing when %s', (_, name, staffNo) => {
    const before = state();
    expect(addProfile(before, { name, staffNo }, ctx())).toBe(before);
  });
});

describe('switchProfile', () => {
  it.each([
    ['picks a person the records have', 'p2', 'p2'],
    ['un-picks with null', null, null],
    ['picks nobody for an id the records do not have', 'p9', null],
  ])('%s', (_, id, active) => {
    expect(switchProfile(state(), { id }, ctx()).active).toBe(active);
  });

  it('changes nothing when the person is already picked', () => {
    const before = state();
    expect(switchProfile(before, { id: 'p1' }, ctx())).toBe(before);
  });
});

describe('removeProfile', () => {
  const withRecords = store([attempt({ q1: true })], { reviews: { p1: { q1: { box: 1, due: '2026-12-03' } } } });

  it.each([
    ['the person answering, who then answers as nobody', 'p1', null],
    ['someone else, leaving the person answering', 'p2', 'p1'],
  ])('removes %s', (_, id, active) => {
    const next = removeProfile(state(withRecords), { id }, ctx());
    expect(next.active).toBe(active);
    expect(next.store.profiles.map((p) => p.id)).not.toContain(id);
    expect(next.store.removed[id]).toBe(ctx().now);
  });

  it('takes their attempts and review cards with them, and a merge with an older copy does not bring them back', () => {
    const next = removeProfile(state(withRecords), { id: 'p1' }, ctx());
    expect(next.store.attempts).toEqual([]);
    expect(next.store.reviews).toEqual({});
    const merged = mergeStores(withRecords, next.store);
    expect(merged.profiles.map((p) => p.id)).toEqual(['p2']);
    expect(merged.attempts).toEqual([]);
  });

  it('changes nothing for an id the records do not have', () => {
    const before = state();
    expect(removeProfile(before, { id: 'p9' }, ctx())).toBe(before);
  });
});
