import { describe, expect, it } from 'vitest';
import { SEARCH_WORDS } from '../../../src/i18n/search-words';
import {
  indexTerms,
  GAP,
  compileSynonyms,
  expandQuery,
  matchGroups,
  normalizeQuery,
  queryCues,
  queryTerms,
  vagueSymptom,
} from '../../../src/rules/read-query';
import { CUES, SYNONYMS } from './search-fixtures';

const words = SEARCH_WORDS['zh-CN'];

describe('normalizeQuery', () => {
  it.each([
    ['顾客说付了钱没到怎么办', '顾客说付了钱没到'],
    ['一直显示支付中是怎么回事？', '一直显示支付中'],
    ['只收不付是什么意思', '只收不付'],
    ['  T+1 周末  到账吗 ', 'T+1 周末 到账'],
    ['为什么少了钱', '少了钱'],
  ])('trims the filler from %s', (raw, expected) => {
    expect(normalizeQuery(raw, words)).toBe(expected);
  });

  it('keeps a query that is nothing but filler', () => {
    expect(normalizeQuery('怎么办', words)).toBe('怎么办');
  });
});

describe('queryTerms', () => {
  it.each([
    ['扫完付款码一直转圈', ['扫完', '付款', '转圈']],
    ['收款码还绑着离职店员的微信', ['收款', '绑着', '离职', '店员']],
    ['T+1 周末 到账', ['t', '1', '周末', '到账']],
  ])('finds the content words of %s', (query, expected) => {
    expect(queryTerms(query, words)).toEqual(expected);
  });

  it("takes the site's own words whole before the segmenter can split them, longest first", () => {
    expect(queryTerms('支付宝余额里有冻结金额 提现不了', words, ['余额', '支付宝余额', '冻结金额', '提现'])).toEqual([
      '支付宝余额',
      '冻结金额',
      '提现',
      '不了',
    ]);
  });

  it('drops wallet names, which nearly every page has', () => {
    expect(queryTerms('微信支付宝都崩了', words, ['崩了'])).toEqual(['崩了']);
  });

  it('keeps at most 8 words', () => {
    expect(queryTerms('冻结 结算 退款 撤销 跳码 二清 限额 播报 维护 转账', words)).toHaveLength(8);
  });
});

describe('indexTerms', () => {
  it('keeps the words the index holds whole and splits the rest as Pagefind would', () => {
    expect(indexTerms('回调超时 订单已支付', ['超时', '回调'], 'zh-CN')).toBe('回调 超时 订单 已 支付');
    // Without the list it is Pagefind's own segmentation: single characters for the words ICU does not know.
    expect(indexTerms('回调超时 订单已支付', [], 'zh-CN')).toBe('回 调 超 时 订单 已 支付');
  });

  it('takes the longest known word first, drops punctuation and lowercases, as Pagefind does', () => {
    expect(indexTerms('POS机（收款码）到账了吗？', ['收款', '收款码', 'pos'], 'zh-CN')).toBe(
      'pos 机 收款码 到 账 了 吗',
    );
    expect(indexTerms('“T+1”', [], 'zh-CN')).toBe('t + 1');
    expect(indexTerms('！！', [], 'zh-CN')).toBe('');
  });

  it('takes a Latin word only where it stands alone, never out of a longer word', () => {
    expect(indexTerms('payments pos机', ['ts', 'pos'], 'zh-CN')).toBe('payments pos 机');
    expect(indexTerms('middleman', ['mid'], 'zh-CN')).toBe('middleman');
  });
});

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

describe('vagueSymptom', () => {
  it.each([
    '付了没到账',
    '钱没进来',
    '收款有问题',
    '顾客说付了钱但是没到账',
    '客人说付了，我这边没收到',
    '顾客付了钱怎么没到账？',
  ])('knows %s names only the general symptom', (q) => {
    expect(vagueSymptom(q, words)).toBe('not_arrived');
  });

  it.each([
    '顾客付款成功我这没收到 门口的码扫出来是别人',
    '账户被冻结了没到账',
    '扣了两次',
    '一直显示支付中',
    '恐龙蛋糕',
    '',
  ])('treats %s as a normal search (it has a clue, or no symptom)', (q) => {
    expect(vagueSymptom(q, words)).toBeNull();
  });
});
