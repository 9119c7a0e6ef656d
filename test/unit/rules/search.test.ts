import { describe, expect, it } from 'vitest';
import { SEARCH_WORDS } from '../../../src/i18n/search-words';
import {
  CUE_WEIGHT,
  MAX_RUNS,
  SYNONYM_WEIGHT,
  WHOLE_QUERY_WEIGHT,
  excerptParts,
  formatSearchState,
  hasWords,
  putFirst,
  mergeRuns,
  orderHits,
  parseSearchState,
  planRuns,
  queryPairs,
} from '../../../src/rules/search';
import { CUES, SYNONYMS } from './search-fixtures';

const STAGES = ['not_paid', 'wrong_payee'];

const words = SEARCH_WORDS['zh-CN'];

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
    expect(
      excerptParts('<img src=x onerror=alert(1)>文字')
        .map((p) => p.text)
        .join(''),
    ).toBe('文字');
  });
});

describe('queryPairs', () => {
  it('survives malformed percent-encoding', () => {
    expect(queryPairs('?q=%E4%B8&type=cause')).toEqual([
      ['q', ''],
      ['type', 'cause'],
    ]);
  });
});

describe('mergeRuns', () => {
  it('ranks a page near the top of more runs above one that tops a single run', () => {
    const ranked = mergeRuns([
      { weight: 1, results: [] },
      {
        weight: 1,
        results: [
          { id: 'glossary', score: 3 },
          { id: 'cause', score: 2 },
        ],
      },
      { weight: 1, results: [{ id: 'cause', score: 2 }] },
    ]);
    expect(ranked.map((r) => [r.id, r.matched])).toEqual([
      ['cause', 2],
      ['glossary', 1],
    ]);
  });

  it('merges by place, not by score: a huge score in one run does not drown the others', () => {
    const ranked = mergeRuns([
      {
        weight: 1,
        results: [
          { id: 'long', score: 90 },
          { id: 'right', score: 1 },
        ],
      },
      {
        weight: 1,
        results: [
          { id: 'right', score: 0.5 },
          { id: 'long', score: 0.4 },
        ],
      },
      { weight: 1, results: [{ id: 'right', score: 0.2 }] },
    ]);
    expect(ranked[0]?.id).toBe('right');
  });

  it('lets a heavier run decide between pages placed alike', () => {
    const ranked = mergeRuns([
      { weight: SYNONYM_WEIGHT, results: [{ id: 'a', score: 1 }] },
      { weight: 1, results: [{ id: 'b', score: 1.5 }] },
    ]);
    expect(ranked[0]?.id).toBe('a');
  });
});

describe('orderHits', () => {
  const data = { synonyms: CUES, common: ['/causes/txn_pending_unknown/', '/causes/settlement_not_due/'] };
  const hits = [
    { url: '/causes/judicial_freeze/', score: 1 },
    { url: '/causes/risk_control_hold/', score: 1 - CUE_WEIGHT / 2 },
    { url: '/guides/freeze/', score: 0.5 },
  ];

  it('lifts the cause a discriminating word points to above a slightly better match', () => {
    const { hits: ordered, vague } = orderHits(hits, '余额冻了提现不了', data, words);
    expect(ordered.map((h) => h.url)).toEqual([
      '/causes/risk_control_hold/',
      '/causes/judicial_freeze/',
      '/guides/freeze/',
    ]);
    expect(vague).toBe(false);
  });

  it('keeps the merged order when the query has no discriminating word', () => {
    expect(orderHits(hits, '提现不了', data, words).hits).toEqual(hits);
  });

  it('puts the common causes first for a vague question, whatever the scores', () => {
    const { hits: ordered, vague } = orderHits(
      [...hits, { url: '/causes/settlement_not_due/', score: 0.1 }],
      '顾客付了钱但是没到账',
      data,
      words,
    );
    expect(vague).toBe(true);
    expect(ordered[0]?.url).toBe('/causes/settlement_not_due/');
  });
});

describe('planRuns', () => {
  it('runs the trimmed query, then the synonyms, then each content word, as the index’s words, without repeats', () => {
    const runs = planRuns('码牌被封了怎么办', SYNONYMS, words, { whole: ['码牌', '收款码'] });
    expect(runs[0]).toEqual({ q: '码牌 被 封了', weight: WHOLE_QUERY_WEIGHT });
    expect(runs.slice(1, 3)).toEqual([
      { q: '收款码', weight: SYNONYM_WEIGHT },
      { q: '冻结', weight: SYNONYM_WEIGHT },
    ]);
    expect(new Set(runs.map((r) => r.q)).size).toBe(runs.length);
  });

  it('never plans more than MAX_RUNS runs, however long the question', () => {
    const long = '收银机 顾客 密码 超时 到账 冻结 风控 退款 撤销 二清 跳码 限额 手续费 节假日 投诉'.repeat(3);
    expect(planRuns(long, SYNONYMS, words).length).toBeLessThanOrEqual(MAX_RUNS);
  });

  it('leaves the words found on nearly every page out of every run', () => {
    const everywhere = ['订单', '支付', '商', '户', '号'];
    const runs = planRuns('商户号冻结 订单已支付', SYNONYMS, words, { everywhere }).map((r) => r.q);
    expect(runs[0]).toBe('冻结 已');
    for (const word of everywhere) expect(runs.join(' ').split(' ')).not.toContain(word);
    expect(planRuns('商户号冻结 订单已支付', SYNONYMS, words).map((r) => r.q)[0]).toBe('商 户 号 冻结 订单 已 支付');
  });

  it('keeps a query made only of such words whole, so it still finds something', () => {
    expect(planRuns('订单支付', SYNONYMS, words, { everywhere: ['订单', '支付'] })[0]?.q).toBe('订单 支付');
  });
});

describe('putFirst', () => {
  it('puts the listed pages first in the listed order and keeps the rest in place', () => {
    const hits = ['/a/', '/b/', '/c/', '/d/'].map((url) => ({ url }));
    expect(putFirst(hits, ['/d/', '/x/', '/b/']).map((h) => h.url)).toEqual(['/d/', '/b/', '/a/', '/c/']);
  });
});

describe('hasWords', () => {
  it.each([
    ['', false],
    ['   ', false],
    ['😀😀', false],
    ['？！…', false],
    ['冻结', true],
    ['T+1', true],
  ])('%s → %s', (q, expected) => {
    expect(hasWords(q)).toBe(expected);
  });
});
