import { describe, expect, it } from 'vitest';
import {
  CUE_WEIGHT,
  GAP,
  MAX_RUNS,
  SYNONYM_WEIGHT,
  WHOLE_QUERY_WEIGHT,
  compileSynonyms,
  excerptParts,
  expandQuery,
  formatSearchState,
  hasWords,
  putFirst,
  vagueSymptom,
  matchGroups,
  mergeRuns,
  normalizeQuery,
  orderHits,
  parseSearchState,
  planRuns,
  queryCues,
  queryPairs,
  queryTerms,
} from '../../../src/rules/search';

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

describe('queryTerms', () => {
  it.each([
    ['扫完付款码一直转圈', ['扫完', '付款', '转圈']],
    ['收款码还绑着离职店员的微信', ['收款', '绑着', '离职', '店员']],
    ['T+1 周末 到账', ['t', '1', '周末', '到账']],
  ])('finds the content words of %s', (query, expected) => {
    expect(queryTerms(query)).toEqual(expected);
  });

  it("takes the site's own words whole before the segmenter can split them, longest first", () => {
    expect(queryTerms('支付宝余额里有冻结金额 提现不了', ['余额', '支付宝余额', '冻结金额', '提现'])).toEqual([
      '支付宝余额',
      '冻结金额',
      '提现',
      '不了',
    ]);
  });

  it('drops wallet names, which nearly every page has', () => {
    expect(queryTerms('微信支付宝都崩了', ['崩了'])).toEqual(['崩了']);
  });

  it('keeps at most 8 words', () => {
    expect(queryTerms('冻结 结算 退款 撤销 跳码 二清 限额 播报 维护 转账')).toHaveLength(8);
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

const SYNONYMS = compileSynonyms([
  { term: '到账', words: ['进账', '到帐'] },
  { term: '收款码', words: ['二唯码', '码牌', 'POS码'] },
  { term: '冻结', words: ['封了', '只收不付'] },
]);

describe('expandQuery', () => {
  it.each([
    ['钱一直没进账', ['到账']],
    ['二唯码被封了', ['收款码', '冻结']],
    ['pos码不对', ['收款码']],
    ['恐龙蛋糕', []],
  ])("adds the articles' words for %s", (q, expected) => {
    expect(expandQuery(q, SYNONYMS)).toEqual(expected);
  });

  it('names an article word the query already has once, so it gets its own run even if the segmenter splits it', () => {
    expect(expandQuery('到账了吗 进账', SYNONYMS)).toEqual(['到账']);
  });
});

const CUES = compileSynonyms([
  { term: '冻结', words: ['封了', '冻住'] },
  { term: '司法冻结', words: ['只收不付', '卡…冻'], causes: ['judicial_freeze'] },
  { term: '风控', words: ['交易异常', '余额…冻'], causes: ['risk_control_hold'] },
  { term: '调包', words: ['向个人转账'], causes: ['qr_code_tampered'] },
  { term: '二清', words: ['个人转账', '个人打款'], causes: ['second_clearing_agent'] },
]);

describe('matchGroups', () => {
  it.each([
    ['结算卡被冻了', ['司法冻结']],
    ['卡昨天给冻结了', ['冻结', '司法冻结']],
    ['余额里的钱被冻住了', ['冻结', '风控']],
    ['冻了我的余额', []],
    ['顾客手机提示向个人转账', ['调包']],
    ['到账显示个人转账', ['二清']],
  ])('%s names %j', (q, terms) => {
    expect(matchGroups(q, CUES).map((i) => CUES[i]![0])).toEqual(terms);
  });

  it('lets a gap word bridge at most GAP characters', () => {
    expect(matchGroups(`卡${'一'.repeat(GAP)}冻`, CUES)).toEqual([1]);
    expect(matchGroups(`卡${'一'.repeat(GAP + 1)}冻`, CUES)).toEqual([]);
  });

  it('lets a longer word that points nowhere leave the cue of a shorter word inside it alone', () => {
    const groups = compileSynonyms([
      { term: '商户资料过期', words: ['身份证过期'] },
      { term: '暂停', words: ['过期'], causes: ['merchant_status_suspended'] },
    ]);
    expect(matchGroups('法人身份证过期了', groups)).toEqual([0, 1]);
  });

  it('keeps a shorter word of the same group inside a longer one, and overlapping words of two groups', () => {
    const groups = compileSynonyms([
      { term: '结算卡', words: ['结算卡'] },
      { term: '司法冻结', words: ['卡…冻'] },
    ]);
    expect(matchGroups('结算卡被冻了', groups)).toEqual([0, 1]);
  });
});

describe('queryCues', () => {
  it('counts, for each cause, the groups of the query that point to it', () => {
    expect(queryCues('余额冻住了 说是交易异常', CUES)).toEqual(new Map([['risk_control_hold', 1]]));
    expect(queryCues('交易异常 银行卡又只收不付', CUES)).toEqual(
      new Map([
        ['judicial_freeze', 1],
        ['risk_control_hold', 1],
      ]),
    );
  });

  it('gives no cue for a word that points nowhere', () => {
    expect(queryCues('账户被封了', CUES).size).toBe(0);
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
    const { hits: ordered, vague } = orderHits(hits, '余额冻了提现不了', data);
    expect(ordered.map((h) => h.url)).toEqual([
      '/causes/risk_control_hold/',
      '/causes/judicial_freeze/',
      '/guides/freeze/',
    ]);
    expect(vague).toBe(false);
  });

  it('keeps the merged order when the query has no discriminating word', () => {
    expect(orderHits(hits, '提现不了', data).hits).toEqual(hits);
  });

  it('puts the common causes first for a vague question, whatever the scores', () => {
    const { hits: ordered, vague } = orderHits(
      [...hits, { url: '/causes/settlement_not_due/', score: 0.1 }],
      '顾客付了钱但是没到账',
      data,
    );
    expect(vague).toBe(true);
    expect(ordered[0]?.url).toBe('/causes/settlement_not_due/');
  });
});

describe('planRuns', () => {
  it('runs the trimmed query, then the synonyms, then each content word, without repeats', () => {
    const runs = planRuns('码牌被封了怎么办', SYNONYMS);
    expect(runs[0]).toEqual({ q: '码牌被封了', weight: WHOLE_QUERY_WEIGHT });
    expect(runs.slice(1, 3)).toEqual([
      { q: '收款码', weight: SYNONYM_WEIGHT },
      { q: '冻结', weight: SYNONYM_WEIGHT },
    ]);
    expect(new Set(runs.map((r) => r.q)).size).toBe(runs.length);
  });

  it('never plans more than MAX_RUNS runs, however long the question', () => {
    const long = '收银机 顾客 密码 超时 到账 冻结 风控 退款 撤销 二清 跳码 限额 手续费 节假日 投诉'.repeat(3);
    expect(planRuns(long, SYNONYMS).length).toBeLessThanOrEqual(MAX_RUNS);
  });
});

describe('vagueSymptom', () => {
  it.each([
    '付了没到账',
    '钱没进来',
    '收款有问题',
    '顾客说付了钱但是没到账',
    '客人说付了，我这边没收到',
    '顾客付了钱怎么没到账？',
  ])('knows %s names only the general symptom', (q) => {
    expect(vagueSymptom(q)).toBe('not_arrived');
  });

  it.each([
    '顾客付款成功我这没收到 门口的码扫出来是别人',
    '账户被冻结了没到账',
    '扣了两次',
    '一直显示支付中',
    '恐龙蛋糕',
    '',
  ])('treats %s as a normal search (it has a clue, or no symptom)', (q) => {
    expect(vagueSymptom(q)).toBeNull();
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
