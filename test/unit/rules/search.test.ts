import { describe, expect, it } from 'vitest';
import { excerptParts, formatSearchState, mergeRuns, normalizeQuery, parseSearchState, queryPairs, queryTerms } from '../../../src/rules/search';

const STAGES = ['not_paid', 'wrong_payee'];

describe('normalizeQuery', () => {
  it.each([
    ['顾客说付了钱没到怎么办', '顾客说付了钱没到'],
    ['一直显示支付中是怎么回事？', '一直显示支付中'],
    ['只收不付是什么意思', '只收不付'],
    ['  T+1 周末  到账吗 ', 'T+1 周末 到账'],
    ['为什么少了钱', '少了钱'],
  ])('trims the filler from %s', (raw, expected) => {
    expect(normalizeQuery(raw)).toBe(expected);
  });

  it('keeps a query that is nothing but filler', () => {
    expect(normalizeQuery('怎么办')).toBe('怎么办');
  });
});

describe('search state in the URL', () => {
  it('round-trips the query and filters', () => {
    const state = { q: '冻结 只收不付', types: ['cause', 'guide'], stages: ['wrong_payee'] };
    expect(parseSearchState(formatSearchState(state), STAGES)).toEqual(state);
  });

  it('drops unknown filter values from a hand-edited link', () => {
    expect(parseSearchState('?q=%E9%80%80%E6%AC%BE&type=evil&type=case&stage=nowhere', STAGES)).toEqual({
      q: '退款',
      types: ['case'],
      stages: [],
    });
  });

  it('caps a very long query', () => {
    expect(parseSearchState(`?q=${'扫'.repeat(500)}`, STAGES).q).toHaveLength(100);
  });
});

describe('excerptParts', () => {
  it('splits marks from plain text and decodes entities', () => {
    expect(excerptParts('顾客 <mark>付款</mark> 后 &lt;script&gt; 仍在 <mark>支付中</mark>')).toEqual([
      { text: '顾客 ', mark: false },
      { text: '付款', mark: true },
      { text: ' 后 <script> 仍在 ', mark: false },
      { text: '支付中', mark: true },
    ]);
  });

  it('never passes other tags through as markup', () => {
    expect(excerptParts('<img src=x onerror=alert(1)>文字').map((p) => p.text).join('')).toBe('文字');
  });
});

describe('queryPairs', () => {
  it('survives malformed percent-encoding', () => {
    expect(queryPairs('?q=%E4%B8&type=cause')).toEqual([['q', ''], ['type', 'cause']]);
  });
});

describe('queryTerms', () => {
  it.each([
    ['扫完付款码一直转圈', ['扫完', '付款', '转圈']],
    ['收款码还绑着离职店员的微信', ['收款', '绑着', '离职', '店员', '微信']],
    ['T+1 周末 到账', ['t', '1', '周末', '到账']],
  ])('finds the content words of %s', (query, expected) => {
    expect(queryTerms(query)).toEqual(expected);
  });

  it('keeps at most 8 words', () => {
    expect(queryTerms('冻结 结算 退款 撤销 跳码 二清 限额 播报 维护 转账')).toHaveLength(8);
  });
});

describe('mergeRuns', () => {
  it('ranks a page that matches more of the words above one that matches a single word strongly', () => {
    const ranked = mergeRuns([
      { weight: 2, results: [] },
      { weight: 1, results: [{ id: 'glossary', score: 3 }, { id: 'cause', score: 2 }] },
      { weight: 1, results: [{ id: 'cause', score: 2 }] },
    ]);
    expect(ranked.map((r) => [r.id, r.matched])).toEqual([['cause', 2], ['glossary', 1]]);
  });

  it('weights the whole-query run', () => {
    const ranked = mergeRuns([
      { weight: 2, results: [{ id: 'a', score: 1 }] },
      { weight: 1, results: [{ id: 'b', score: 1.5 }] },
    ]);
    expect(ranked[0]?.id).toBe('a');
  });
});
