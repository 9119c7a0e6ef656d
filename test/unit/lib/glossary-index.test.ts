import { describe, expect, it } from 'vitest';
import { groupTermsByInitial, termKey } from '../../../src/lib/glossary-index';
import type { Term } from '../../../src/schemas/glossary';

const term = (id: string, name: string): Term => ({
  id,
  term: name,
  locale: 'zh-CN',
  aliases: [],
  definition: '…',
  causes: [],
  see: [],
});

describe('termKey', () => {
  it.each([
    ['结算卡', 'JIESUANKA'],
    ['长款', 'CHANGKUAN'],
    ['T+1', 'T+1'],
    ['二清', 'ERQING'],
  ])('reads %s as %s', (name, key) => {
    expect(termKey(name)).toBe(key);
  });
});

describe('groupTermsByInitial', () => {
  it('groups terms A to Z by the first letter of their pinyin, sorted within a letter', () => {
    const groups = groupTermsByInitial([
      term('t1', 'T+1'),
      term('settle', '结算'),
      term('card', '结算卡'),
      term('second', '二清'),
      term('d1', 'D+1'),
    ]);
    expect(groups.map((g) => [g.letter, g.terms.map((t) => t.term)])).toEqual([
      ['D', ['D+1']],
      ['E', ['二清']],
      ['J', ['结算', '结算卡']],
      ['T', ['T+1']],
    ]);
  });
});
